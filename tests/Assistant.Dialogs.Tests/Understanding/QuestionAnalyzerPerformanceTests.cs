using System.Diagnostics;
using Assistant.Dialogs.Understanding;

namespace Assistant.Dialogs.Tests.Understanding;

/// <summary>A micro-check that analysis stays fast (the budget is 0.2 ms per question on average); not a benchmark.</summary>
public sealed class QuestionAnalyzerPerformanceTests
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

    [Fact]
    public void Analyze_ThousandQuestions_TakeWellUnderASecond()
    {
        var sut = UnderstandingTestData.SeedAnalyzer;
        foreach (var q in Questions)
        {
            sut.Analyze(q); // warm up
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            sut.Analyze(Questions[i % Questions.Length]);
        }

        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"1000 analyses took {watch.Elapsed.TotalMilliseconds:F0} ms");
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
