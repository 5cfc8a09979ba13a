namespace Assistant.Dialogs.Tests.Answering;

/// <summary>Whole turns through understanding, tools and composition, over the seed vacancies.</summary>
public sealed class AnswerRouterTests
{
    [Fact]
    public async Task Eligibility_WithoutDiplomaWhereATestRouteExists_IsConditionalAndNamesTheTestAndItsDate()
    {
        var sut = await new Conversation().Says("Mag ik meedoen in Harelbeke als ik geen bachelor heb?");
        Assert.Equal(("eligibility", "conditional", "rules"), (sut.Intent, sut.Verdict, sut.Source));
        Assert.Contains("capaciteitstest", sut.Text, StringComparison.Ordinal);
        Assert.Contains("15 december 2025", sut.Text, StringComparison.Ordinal);
        Assert.NotEmpty(sut.Citations);
    }

    [Fact]
    public async Task Eligibility_NothingKnown_AsksForTheDiplomaWithButtons()
    {
        var sut = await new Conversation().Says("Kom ik in aanmerking voor de job van directeur interne organisatie?");
        Assert.Equal("need-info", sut.Verdict);
        Assert.Contains("diploma", sut.Text, StringComparison.Ordinal);
        Assert.Contains(sut.SuggestedActions, a => a.Title == "Master");
    }

    [Fact]
    public async Task Deadline_AfterTheLastDay_SaysClosedWithTheDate()
    {
        var sut = await new Conversation().Says("Tot wanneer kan ik solliciteren bij de Kamer?");
        Assert.Contains("afgesloten", sut.Text, StringComparison.Ordinal);
        Assert.Contains("26 oktober 2025", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadline_OnTheLastEvening_SaysTodayUntilTheTime()
    {
        var sut = await new Conversation(new DateTimeOffset(2025, 10, 26, 21, 0, 0, TimeSpan.FromHours(1))).Says("Kan ik vandaag nog solliciteren voor assistent sociale media?");
        Assert.Contains("23:59", sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("afgesloten", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_PrivateExperienceAboveTheCap_CountsTheCapAndGivesThePublishedAmount()
    {
        var sut = await new Conversation().Says("Wat verdien ik in Lievegem met 20 jaar ervaring in de privé?");
        Assert.Equal("salary", sut.Intent);
        Assert.Contains("5.354,00", sut.Text, StringComparison.Ordinal);
        Assert.Contains("10 jaar", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_YearlyAmountsInEnglish_AreYearlyWithAMonthlyEquivalent()
    {
        var sut = await new Conversation().Says("What is the salary for the social media assistant at the Chamber?");
        Assert.Equal("en", sut.Language);
        Assert.Contains("per year", sut.Text, StringComparison.Ordinal);
        Assert.Contains("€57,548.29", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scoring_BelowTheEachStepMark_FailsAndNamesTheMinimum()
    {
        var sut = await new Conversation().Says("Ik had 20 op 40 voor de schriftelijke proef in Harelbeke, is dat genoeg?");
        Assert.Equal(("scoring", "fail"), (sut.Intent, sut.Verdict));
        Assert.Contains("60%", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scoring_NoScoreGiven_GivesTheNamedStepsMinimumAndNoVerdict()
    {
        var sut = await new Conversation().Says("Hoeveel punten moet ik halen op de mondelinge proef in Harelbeke?");
        Assert.Equal(("scoring", (string?)null), (sut.Intent, sut.Verdict));
        Assert.Contains("36/60", sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Schriftelijke proef", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenQuestion_NotInTheDocuments_IsSourceNoneWithTheContact()
    {
        var sut = await new Conversation().Says("Is er een kinderopvang voor personeel bij de provincie Antwerpen?");
        Assert.Equal("none", sut.Source);
        Assert.Contains("@provincieantwerpen.be", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenQuestion_CoveredByAPassage_QuotesIt()
    {
        var sut = await new Conversation(channel: "teams").Says("Welke kanalen van sociale media beheert de Kamer?");
        Assert.Equal("retrieval", sut.Source);
        Assert.Contains("Instagram", sut.Text, StringComparison.Ordinal);
        Assert.Single(sut.Citations);
    }

    [Fact]
    public async Task FollowUp_ShortQuestionAboutAnotherVacancy_ReusesTheLastIntent()
    {
        var conversation = new Conversation();
        await conversation.Says("Wat is het salaris in Kortrijk?");
        var sut = await conversation.Says("En bij de provincie Antwerpen?");
        Assert.Equal("salary", sut.Intent);
        Assert.Contains("3.059,65", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageContext_NoVacancyNamed_AnswersForThePageVacancy()
    {
        var sut = await new Conversation(page: "harelbeke-deskundige-externe-communicatie").Says("Tot wanneer kan ik solliciteren?");
        Assert.Equal(["harelbeke-deskundige-externe-communicatie"], sut.VacancyIds);
        Assert.Contains("14 december 2025", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_Deadline_AnswersInFrench()
    {
        var sut = await new Conversation().Says("Jusqu'à quand puis-je postuler à Harelbeke ?");
        Assert.Equal(("fr", "deadline"), (sut.Language, sut.Intent));
        Assert.Contains("14 décembre 2025", sut.Text, StringComparison.Ordinal);
    }
}
