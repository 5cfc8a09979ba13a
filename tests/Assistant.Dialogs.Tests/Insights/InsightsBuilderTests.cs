using Assistant.Core.Conversations;
using Assistant.Dialogs.Insights;

namespace Assistant.Dialogs.Tests.Insights;

public sealed class InsightsBuilderTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Build_Turns_CountsPerDayAndIntentAndFlagsUnanswered()
    {
        var records = new InsightsRecords(
        [
            .. Turn("c1", "t1", Day1, "Tot wanneer kan ik solliciteren?", "deadline", "rules", "gemeente-a-tuinier"),
            .. Turn("c1", "t2", Day1.AddMinutes(2), "Mag ik mijn kat meebrengen?", "unknown", "none", "gemeente-a-tuinier"),
            .. Turn("c2", "t3", Day1.AddDays(1), "Kan mijn kat mee naar kantoor?", "unknown", "none", "gemeente-a-tuinier"),
            .. Turn("c3", "t4", Day1.AddDays(1), "Wat is het loon?", "salary", "rules", null),
        ], []);

        var sut = InsightsBuilder.Build(records, Day1.AddDays(-1), Day1.AddDays(2), null);

        Assert.Equal((4, 2), (sut.Questions, sut.Unanswered));
        Assert.Equal("unknown", sut.Intents[0]);
        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 4)], sut.Days.Select(d => d.Date));
        Assert.Equal([2, 2, 0], sut.Days.Select(d => d.Total));
        Assert.Equal(1, sut.Days[1].PerIntent["salary"]);
        var vacancy = Assert.Single(sut.Vacancies);
        Assert.Equal(("gemeente-a-tuinier", 3, 2), (vacancy.VacancyId, vacancy.Questions, vacancy.Unanswered));
        var cluster = Assert.Single(vacancy.Clusters);
        Assert.Equal(2, cluster.Count);
        Assert.Equal(["Mag ik mijn kat meebrengen?", "Kan mijn kat mee naar kantoor?"], cluster.Examples);
    }

    [Fact]
    public void Build_ThumbsDownOnAnAnsweredQuestion_IsClusteredWithItsVacancy()
    {
        var records = new InsightsRecords(
            [.. Turn("c1", "t1", Day1, "Hoeveel verlof krijg ik?", "benefits", "retrieval", "gemeente-a-tuinier")],
            [new TurnFeedback("t1", FeedbackVotes.Down, Day1.AddMinutes(1), "benefits", "retrieval", "gemeente-a-tuinier")]);

        var sut = InsightsBuilder.Build(records, Day1.AddDays(-1), Day1, null);

        Assert.Equal((0, 1, 0), (sut.Unanswered, sut.Down, sut.Up));
        var cluster = Assert.Single(Assert.Single(sut.Vacancies).Clusters);
        Assert.Equal((1, 0, 1), (cluster.Count, cluster.Unanswered, cluster.Down));
    }

    [Fact]
    public void Build_LinesWithoutTurnIds_PairsEachQuestionWithTheNextAnswer()
    {
        var records = new InsightsRecords(
        [
            new TranscriptEntry("c1", Day1, TranscriptRoles.Assistant, "Welkom!", "smalltalk"),
            new TranscriptEntry("c1", Day1, TranscriptRoles.User, "Is er een bedrijfswagen?", null),
            new TranscriptEntry("c1", Day1, TranscriptRoles.Assistant, "Dat staat niet in de vacature.", "unknown") { Source = "none" },
        ], []);

        var sut = InsightsBuilder.Build(records, Day1.AddDays(-1), Day1, null);

        Assert.Equal((1, 1), (sut.Questions, sut.Unanswered));
        Assert.Null(Assert.Single(sut.Vacancies).VacancyId);
    }

    [Fact]
    public void Build_NothingStored_IsAnEmptyReportWithEveryDay()
    {
        var sut = InsightsBuilder.Build(InsightsRecords.Empty, Day1.AddDays(-6), Day1, null);

        Assert.Equal(0, sut.Questions);
        Assert.Equal(7, sut.Days.Count);
        Assert.Empty(sut.Vacancies);
    }

    private static TranscriptEntry[] Turn(string conversation, string turn, DateTimeOffset at, string question, string intent, string source, string? vacancy) =>
    [
        new(conversation, at, TranscriptRoles.User, question, null) { TurnId = turn },
        new(conversation, at, TranscriptRoles.Assistant, "Antwoord.", intent) { TurnId = turn, Source = source, VacancyId = vacancy },
    ];
}
