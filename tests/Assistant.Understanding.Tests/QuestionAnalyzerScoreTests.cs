using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>Reported scores with their steps, and the quantities questions carry (horizon in days, today).</summary>
public sealed class QuestionAnalyzerScoreTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Fact]
    public void Analyze_PointsOnAStep_ReadsPointsMaximumAndStep()
    {
        var sut = _sut.Analyze("Ik haalde 22 op 40 op de schriftelijke proef. Ben ik geslaagd?");

        var score = Assert.Single(sut.Scores);
        Assert.Equal((22m, 40m, "schriftelijke proef"), (score.Points!.Value, score.OutOf!.Value, score.StepHint));
        Assert.Equal("scoring", sut.Intent);
    }

    [Fact]
    public void Analyze_SeveralScoresAndAQualitativeResult_ReadsEachWithItsStep()
    {
        var sut = _sut.Analyze("Ik had 20/30 op het verkennend gesprek en 40/70 op de thuisopdracht, en ik was geschikt op het assessment.").Scores;

        Assert.Equal(3, sut.Count);
        Assert.Equal((20m, 30m, "verkennend gesprek"), (sut[0].Points!.Value, sut[0].OutOf!.Value, sut[0].StepHint));
        Assert.Equal((40m, 70m, "thuisopdracht"), (sut[1].Points!.Value, sut[1].OutOf!.Value, sut[1].StepHint));
        Assert.Equal(("geschikt", "assessment"), (sut[2].Qualitative, sut[2].StepHint));
    }

    [Theory]
    [InlineData("Op de schriftelijke proef haalde ik 22/40.", 22, 40, "schriftelijke proef")]
    [InlineData("I got 62 out of 100 on the written test.", 62, 100, "written test")]
    [InlineData("J'ai eu 45 sur 100 à l'épreuve écrite.", 45, 100, "épreuve écrite")]
    [InlineData("Ik behaalde 15 van de 20 voor het mondeling.", 15, 20, "mondeling")]
    [InlineData("I scored 55% on the language test.", 55, 100, "language test")]
    public void Analyze_ScoreForms_AreRead(string text, int points, int outOf, string step)
    {
        var sut = Assert.Single(_sut.Analyze(text).Scores);

        Assert.Equal(((decimal)points, (decimal)outOf, step), (sut.Points!.Value, sut.OutOf!.Value, sut.StepHint));
    }

    [Theory]
    [InlineData("Ik was niet geschikt op het assessment.")]
    [InlineData("Het assessment was ongeschikt.")]
    public void Analyze_NegativeQualitativeResult_IsNietGeschikt(string text)
    {
        Assert.Equal("niet geschikt", Assert.Single(_sut.Analyze(text).Scores).Qualitative);
    }

    [Theory]
    [InlineData("Ben ik geschikt voor deze job?")]
    [InlineData("De deadline is 14/12/2025.")]
    [InlineData("Kan ik solliciteren tot 1/12?")]
    [InlineData("Ik heb 3 op 5 dagen telewerk.")]
    public void Analyze_NoResult_HasNoScores(string text)
    {
        Assert.Empty(_sut.Analyze(text).Scores);
    }

    [Theory]
    [InlineData("Welke vacatures sluiten binnen 7 dagen?", 7)]
    [InlineData("Welke vacatures sluiten binnen twee weken?", 14)]
    [InlineData("Welke vacatures sluiten deze week?", 7)]
    [InlineData("Which vacancies close within the next 10 days?", 10)]
    [InlineData("Quelles offres ferment dans les 5 prochains jours ?", 5)]
    public void Analyze_Horizon_IsReadInDays(string text, int days)
    {
        var sut = _sut.Analyze(text);

        Assert.Equal(days, sut.WithinDays);
        Assert.True(sut.AllVacancies);
        Assert.Equal(("vacancies", "closing-within"), (sut.Intent, sut.Aspect));
    }

    [Theory]
    [InlineData("Kan ik vandaag nog solliciteren?", "nl")]
    [InlineData("Can I still apply today?", "en")]
    [InlineData("Puis-je encore postuler aujourd'hui ?", "fr")]
    public void Analyze_Today_IsFlaggedAsStillOpenDeadline(string text, string language)
    {
        var sut = _sut.Analyze(text);

        Assert.True(sut.Today);
        Assert.Equal((language, "deadline", "still-open"), (sut.Language, sut.Intent, sut.Aspect));
    }
}

/// <summary>Reported results in other forms: a second percentage without a verb, a pass or fail stated for a step.</summary>
public sealed class QuestionAnalyzerResultTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Fact]
    public void Analyze_PercentageJoinedToAFraction_IsASecondScore()
    {
        var sut = _sut.Analyze("J'ai obtenu 13/20 au test de jugement et 55% à l'entretien. Suis-je lauréat ?").Scores;

        Assert.Equal(2, sut.Count);
        Assert.Equal((55m, true), (sut[1].Points!.Value, sut[1].IsPercent));
    }

    [Fact]
    public void Analyze_TwoPercentages_ReadsBothAsPercentages()
    {
        var sut = _sut.Analyze("I scored 70% on the practical test and 45% in the interview. Did I pass?").Scores;

        Assert.Equal([(70m, "practical test"), (45m, "interview")], sut.Select(s => (s.Points!.Value, s.StepHint!)));
        Assert.All(sut, s => Assert.True(s.IsPercent));
    }

    [Theory]
    [InlineData("Ik ben geslaagd voor de taaltest. Mag ik naar het interview?", "geslaagd", "taaltest")]
    [InlineData("I failed the language test, can I go on?", "niet geslaagd", "language test")]
    [InlineData("Ik ben niet geslaagd voor de capaciteitstest.", "niet geslaagd", "capaciteitstest")]
    public void Analyze_ResultStatedForAStep_IsAQualitativeScore(string text, string result, string step)
    {
        var sut = Assert.Single(_sut.Analyze(text).Scores);

        Assert.Equal((result, step), (sut.Qualitative, sut.StepHint));
    }

    [Fact]
    public void Analyze_QuestionWhetherPassed_IsNoScore()
    {
        Assert.Empty(_sut.Analyze("Ben ik geslaagd voor de taaltest?").Scores);
    }

    [Theory]
    [InlineData("Hoeveel verdien ik per maand als leraar voor die 14/22?")]
    [InlineData("Wat is mijn loon? Het is toch 3/4?")]
    [InlineData("How much would I earn for 30/36 hours?")]
    [InlineData("What is the gross pay for 24/38 in Kortrijk?")]
    [InlineData("Et pour un 19/38, ça fait combien brut par an ?")]
    public void Analyze_WorkFractionInAQuestionAboutPay_IsNoScore(string text)
    {
        var sut = _sut.Analyze(text);

        Assert.Empty(sut.Scores);
        Assert.Equal("salary", sut.Intent);
    }

    [Theory]
    [InlineData("And for the 18/36, per month?")]
    [InlineData("Et pour le 18/36, c'est combien par mois ?")]
    public void Analyze_FollowUpWithAWorkFractionAndAPeriod_IsNoScore(string text)
    {
        Assert.Empty(_sut.Analyze(text).Scores);
    }

    [Fact]
    public void Analyze_ScoreOutOfTwentyWithATestWord_IsStillAScore()
    {
        var sut = Assert.Single(_sut.Analyze("Ik had 14/20 op de schriftelijke proef, hoeveel uur duurt het mondeling?").Scores);
        Assert.Equal((14m, 20m), (sut.Points!.Value, sut.OutOf!.Value));
    }
    [Fact]
    public void Analyze_BarePointsOnNamedStepsWithASharedMaximum_ReadsEachScoreOutOfThatMaximum()
    {
        var sut = _sut.Analyze("Ik had 48 op de schriftelijke en 66 op de mondelinge proef (allebei op 80). Geslaagd?").Scores;

        Assert.Equal(2, sut.Count);
        Assert.Equal((48m, 80m, "schriftelijke"), (sut[0].Points!.Value, sut[0].OutOf!.Value, sut[0].StepHint));
        Assert.Equal((66m, 80m, "mondelinge proef"), (sut[1].Points!.Value, sut[1].OutOf!.Value, sut[1].StepHint));
    }

    [Fact]
    public void Analyze_BarePointsOnAStepWithoutMaximum_LeavesTheMaximumToTheStep()
    {
        var sut = Assert.Single(_sut.Analyze("I got 33 on the oral test, did I pass?").Scores);

        Assert.Equal((33m, (decimal?)null, "oral test"), (sut.Points!.Value, sut.OutOf, sut.StepHint));
    }

    [Theory]
    [InlineData("Ik haalde zevenentwintig op veertig op de schriftelijke proef.", 27, 40)]
    [InlineData("I scored twelve out of twenty on the written test.", 12, 20)]
    [InlineData("J'ai eu quinze sur vingt à l'épreuve écrite.", 15, 20)]
    public void Analyze_PointsInWords_AreRead(string text, int points, int outOf)
    {
        var sut = Assert.Single(_sut.Analyze(text).Scores);

        Assert.Equal(((decimal)points, (decimal)outOf), (sut.Points!.Value, sut.OutOf!.Value));
    }

    [Theory]
    [InlineData("Ik heb 5 jaar ervaring op de dienst personeel.")]
    [InlineData("Hoeveel kandidaten gaan door naar de mondelinge proef?")]
    public void Analyze_NumbersThatAreNoScore_GiveNoScore(string text)
    {
        Assert.Empty(_sut.Analyze(text).Scores);
    }
    [Theory]
    [InlineData("Ik had 26/40 schriftelijk en 38/60 mondeling. Geslaagd?", "schriftelijk", "mondeling")]
    [InlineData("26/40 op de schriftelijke proef en 38/60 op de mondelinge. Geslaagd?", "schriftelijke proef", "mondelinge")]
    public void Analyze_StepRightAfterTheScoreOrAnAdjectiveAlone_NamesTheStep(string text, string first, string second)
    {
        var sut = _sut.Analyze(text).Scores;

        Assert.Equal((first, second), (sut[0].StepHint, sut[1].StepHint));
    }
}
