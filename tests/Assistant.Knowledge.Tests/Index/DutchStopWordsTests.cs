using Assistant.Core.Text;
using Assistant.Knowledge.Index;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Knowledge.Tests.Index;

/// <summary>The index's stop words come from Core's module and stay Lucene's Dutch list.</summary>
public sealed class DutchStopWordsTests
{
    [Fact]
    public void CoresSnowballList_IsLucenesDutchDefaultStopSet()
    {
        var lucene = Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet.Select(word => word.ToString()!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(lucene.Order(StringComparer.Ordinal), StopWords.DutchSnowball.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyzer_DropsTheIndexStopWords_KeepsContentWords()
    {
        using var analyzer = new DutchTextAnalyzer();
        var tokens = new List<string>(); // "raw": the query field, analysed up to the stop filter and no further
        using (var stream = analyzer.GetTokenStream("raw", "Welke attesten moeten we x indienen voor de functie?"))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add(term.ToString());
            }

            stream.End();
        }

        Assert.Equal(["attesten", "indienen", "functie"], tokens);
    }
}
