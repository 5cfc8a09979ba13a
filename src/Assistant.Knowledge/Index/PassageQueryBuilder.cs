using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Tartarus.Snowball.Ext;
using Assistant.Core.Text;

namespace Assistant.Knowledge.Index;

/// <summary>
/// Turns free user text into a Lucene query without a query parser, so no character can make it fail:
/// the words are analysed like the passages and OR-ed (scored by BM25), a word found in a section title
/// counts extra, a quoted phrase ("…") counts extra when it occurs as such. A verb form in -t whose stem
/// without the t occurs in the index also searches that stem ("rapporteert" → "rapporteer"); a compound whose
/// parts occur in the index also searches the parts, at half weight ("samenwerken" → samen, werken). Within one
/// vacancy, the words of its id ("zonnebeek", "communicatie") say which vacancy is meant rather than what is
/// asked, so they count less.
/// </summary>
internal sealed class PassageQueryBuilder
{
    private const int MaxWords = 48;
    private const float PartWeight = 0.5f;
    private const float VacancyNameWeight = 0.3f;

    private readonly DutchTextAnalyzer _analyzer;
    private readonly IndexReader _reader;
    private readonly CompoundMode _mode;
    private readonly VacancyIndexOptions _options;

    public PassageQueryBuilder(DutchTextAnalyzer analyzer, IndexReader reader, CompoundMode mode, VacancyIndexOptions options)
    {
        _analyzer = analyzer;
        _reader = reader;
        _mode = mode;
        _options = options;
    }

    /// <summary>The query for <paramref name="query"/>, or null when the text holds no searchable word.</summary>
    public Query? Build(SearchQuery query)
    {
        var stemmer = new DutchStemmer();
        var words = Analyze(query.Text ?? "");
        if (words.Count == 0)
        {
            return null;
        }

        var nameStems = string.IsNullOrWhiteSpace(query.VacancyId)
            ? []
            : Analyze(query.VacancyId.Replace('-', ' ').Replace('_', ' ')).Select(w => Stem(stemmer, w.Word)).ToHashSet(StringComparer.Ordinal);
        var terms = new BooleanQuery(disableCoord: true);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, _) in words.Take(MaxWords))
        {
            var stem = Stem(stemmer, word);
            if (!seen.Add(stem))
            {
                continue;
            }

            var weight = nameStems.Contains(stem) ? VacancyNameWeight : 1f;
            AddWord(terms, stem, weight);
            if (VerbFormFilter.MayBeVerbInT(word))
            {
                var variant = Stem(stemmer, word[..^1]);
                if (variant != stem && seen.Add(variant) && Exists(variant))
                {
                    AddWord(terms, variant, weight * 0.9f);
                }
            }

            foreach (var part in CompoundParts(stemmer, word))
            {
                if (seen.Add(part))
                {
                    AddWord(terms, part, weight * PartWeight);
                }
            }

            if (_mode == CompoundMode.NGram)
            {
                AddGrams(terms, word);
            }
        }

        foreach (var phrase in QuotedPhrases(query.Text ?? ""))
        {
            var phraseQuery = new PhraseQuery { Boost = 2f };
            foreach (var (word, position) in Analyze(phrase))
            {
                phraseQuery.Add(new Term(IndexFields.Text, Stem(stemmer, word)), position);
            }

            if (phraseQuery.GetTerms().Length > 1)
            {
                terms.Add(phraseQuery, Occur.SHOULD);
            }
        }

        // Without a vacancy the word clauses stay at the top level: Lucene then scores them in bulk (much faster).
        BooleanQuery result;
        if (string.IsNullOrWhiteSpace(query.VacancyId))
        {
            result = terms;
        }
        else
        {
            result = new BooleanQuery(disableCoord: true) { { terms, Occur.MUST } };
            result.Add(new TermQuery(new Term(IndexFields.VacancyKey, query.VacancyId.Trim().ToLowerInvariant())) { Boost = 0f }, Occur.MUST);
        }

        if (!query.IncludeInternal)
        {
            result.Add(new TermQuery(new Term(IndexFields.Audience, "internal")), Occur.MUST_NOT);
        }

        return result;
    }

    private void AddWord(BooleanQuery terms, string stem, float weight)
    {
        terms.Add(new TermQuery(new Term(IndexFields.Text, stem)) { Boost = weight }, Occur.SHOULD);
        terms.Add(new TermQuery(new Term(IndexFields.Title, stem)) { Boost = weight * _options.TitleBoost }, Occur.SHOULD);
    }

    private bool Exists(string stem) => _reader.DocFreq(new Term(IndexFields.Text, stem)) > 0;

    /// <summary>The stems of the two parts of <paramref name="word"/> when both occur in the index (most even split).</summary>
    private string[] CompoundParts(DutchStemmer stemmer, string word) =>
        CompoundSplitter.SplitInTwoEvenly(word, part => Exists(Stem(stemmer, part))) is { } parts
            ? [Stem(stemmer, parts.Left), Stem(stemmer, parts.Right)]
            : [];

    private void AddGrams(BooleanQuery terms, string word)
    {
        for (var i = 0; i + DutchTextAnalyzer.GramSize <= word.Length && terms.Clauses.Count < BooleanQuery.MaxClauseCount - 8; i++)
        {
            terms.Add(new TermQuery(new Term(IndexFields.Grams, word.Substring(i, DutchTextAnalyzer.GramSize))) { Boost = _options.NGramBoost }, Occur.SHOULD);
        }
    }

    /// <summary>The words of <paramref name="text"/> (folded, stop words removed, not stemmed) with their positions.</summary>
    private List<(string Word, int Position)> Analyze(string text)
    {
        var words = new List<(string, int)>();
        using var stream = _analyzer.GetTokenStream(IndexFields.RawQuery, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            words.Add((term.ToString(), position));
        }

        stream.End();
        return words;
    }

    private static string Stem(DutchStemmer stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static IEnumerable<string> QuotedPhrases(string text)
    {
        var normalized = text.Replace('“', '"').Replace('”', '"').Replace('„', '"');
        var open = -1;
        for (var i = 0; i < normalized.Length; i++)
        {
            if (normalized[i] != '"')
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
            }
            else
            {
                yield return normalized[(open + 1)..i];
                open = -1;
            }
        }
    }

}
