using System.Globalization;
using Assistant.Knowledge.Index;
using Xunit.Abstractions;

namespace Assistant.Knowledge.Tests.Index;

/// <summary>
/// Measures which compound handling retrieves better on open questions over the seed vacancies: the mean
/// reciprocal rank of the first passage holding the answer, within the vacancy (top 10) and over all (top 20).
/// The default mode of the index must be the best one.
/// </summary>
public sealed class CompoundModeMeasurementTests
{
    private readonly ITestOutputHelper _output;

    public CompoundModeMeasurementTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Measure_CompoundModes_DefaultIsBest()
    {
        var documents = IndexTestData.Seed.Vacancies.SelectMany(v => v.Documents).ToList();
        var scores = new Dictionary<CompoundMode, double>();
        foreach (var mode in Enum.GetValues<CompoundMode>())
        {
            using var sut = VacancyIndex.Build(documents, VacancyIndexOptions.Default with { Compound = mode });
            double filtered = 0, unfiltered = 0;
            foreach (var (question, vacancy, expected) in RetrievalQuestions.All)
            {
                var inVacancy = Rank(sut.Search(new SearchQuery(question, vacancy, Top: 10)), vacancy, expected);
                var overall = Rank(sut.Search(new SearchQuery(question, Top: 20)), vacancy, expected);
                filtered += inVacancy == 0 ? 0 : 1.0 / inVacancy;
                unfiltered += overall == 0 ? 0 : 1.0 / overall;
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mode,-10} rank in vacancy {inVacancy,2}, overall {overall,2}  {question}"));
            }

            var n = RetrievalQuestions.All.Count;
            scores[mode] = (filtered + unfiltered) / (2 * n);
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mode,-10} MRR in vacancy {filtered / n:F3}, overall {unfiltered / n:F3}, mean {scores[mode]:F3}"));
        }

        var best = scores.MaxBy(p => p.Value).Value;
        Assert.Equal(best, scores[VacancyIndexOptions.Default.Compound], 3);
    }

    [Fact]
    public void Search_EvalQuestionsWithVacancy_RankAnswerPassageFirst()
    {
        using var sut = VacancyIndex.Build(IndexTestData.Seed.Vacancies.SelectMany(v => v.Documents));

        foreach (var (question, vacancy, expected) in RetrievalQuestions.Eval)
        {
            var hits = sut.Search(new SearchQuery(question, vacancy));
            Assert.True(hits.Count > 0 && Normalize(hits[0].Passage).Contains(expected, StringComparison.Ordinal), $"{question}: first hit was '{(hits.Count > 0 ? hits[0].Passage : "none")}'");
        }
    }

    private static int Rank(IReadOnlyList<SearchHit> hits, string vacancy, string expected)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].VacancyId == vacancy && Normalize(hits[i].Passage).Contains(expected, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static string Normalize(string passage) => string.Join(' ', passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
