using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>Analysis is deterministic and thread-safe; its latency is a benchmark (`assistant bench ask`), never a timed test.</summary>
public sealed class QuestionAnalyzerRepeatabilityTests
{
    private static readonly string[] Questions =
    [
        "Kan ik solliciteren voor deskundige externe communicatie in Harelbeke zonder bachelordiploma?",
        "Ik heb 15 jaar relevante ervaring in de privésector. Wat zou mijn brutoloon zijn als directeur interne organisatie in Lievegem?",
        "In Lievegem had ik 20/30 op het verkennend gesprek en 40/70 op de thuisopdracht, en ik was geschikt op het assessment. Ben ik geslaagd?",
        "Quel est le salaire pour le poste d'assistant médias sociaux à la Chambre ?",
        "Welke vacatures sluiten binnen 7 dagen?",
        "kzou graag solliciteren in kortrijk maar ik heb gn diploma, kan da?",
        "Hoeveel vakantiedagen krijg ik bij de provincie Antwerpen?",
        "Can I still apply for the social media assistant position today?",
    ];

    /// <summary>Repeated analysis (warm caches) gives what the first one gave; speed is measured by `assistant bench ask`, not here.</summary>
    [Fact]
    public void Analyze_ThousandRepeatedQuestions_GiveTheFirstResultEveryTime()
    {
        var sut = UnderstandingTestData.SeedAnalyzer;
        var first = Questions.Select(q => sut.Analyze(q)).Select(a => (a.Intent, a.Aspect, string.Join(",", a.VacancyIds))).ToList();

        for (var i = 0; i < 1000; i++)
        {
            var a = sut.Analyze(Questions[i % Questions.Length]);
            Assert.Equal(first[i % Questions.Length], (a.Intent, a.Aspect, string.Join(",", a.VacancyIds)));
        }
    }

    [Fact]
    public async Task Analyze_FromManyThreads_GivesTheSameResults()
    {
        var sut = UnderstandingTestData.SeedAnalyzer;
        var expected = Questions.Select(q => sut.Analyze(q)).Select(a => (a.Intent, a.Aspect, string.Join(",", a.VacancyIds))).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            Questions.Select(q => sut.Analyze(q)).Select(a => (a.Intent, a.Aspect, string.Join(",", a.VacancyIds))).ToList())));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
