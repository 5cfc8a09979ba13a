using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// An open question is answered by a passage only when the passage answers its topic (its words or their family, the
/// thing "hoeveel" counts); otherwise "the documents don't say" with the contact. The jury and extra pay for Sunday or
/// night work are topics of their own (not the selection steps, not the working hours). A vacancy can be named by its
/// selection number; "ja, ik heb …" after an eligibility answer stays in eligibility; "and where …?" asks a new thing.
/// </summary>
public sealed class TopicDecisionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "topic-decision-" + Guid.NewGuid().ToString("N"));
    private readonly Func<IAssistantSession> _sessions;

    public TopicDecisionTests()
    {
        Write("gemeente-voorbeeld-zaalwachter",
            "Zaalwachter (C1-C3)\n\nGemeente Voorbeeld zoekt een zaalwachter voor de bibliotheek.\nSelectienummer: VB26-0417\n\n"
            + "Wat doe je?\n\n- Je opent en sluit de bibliotheek.\n- De bibliotheek ontvangt jaarlijks 85 scholen.\n\n"
            + "Wie zoeken we?\n\n- Je hebt een diploma secundair onderwijs.\n\n"
            + "Wat bieden we?\n\n- Statuut: contractueel, onbepaalde duur.\n- Voor prestaties op zondag krijg je een toeslag van 50 %.\n- Gratis toegang tot de bibliotheek voor alle scholen.\n\n"
            + "Selectieprocedure\n\n- Interview (op 20 punten).\n- De jury bestaat uit het diensthoofd cultuur en een externe deskundige.\n\n"
            + "Solliciteren\n\nSolliciteren kan tot en met 14 maart 2026.\n\nContact\n\nVragen? Mail naar personeel@voorbeeld.example.");
        Write("gemeente-elders-baliemedewerker",
            "Baliemedewerker (C1-C3)\n\nGemeente Elders zoekt een baliemedewerker.\n\n"
            + "Wat doe je?\n\n- Je helpt bezoekers aan het onthaal.\n\nWie zoeken we?\n\n- Je hebt een diploma secundair onderwijs.\n\n"
            + "Wat bieden we?\n\n- 32 vakantiedagen.\n- Je werkt in een team van 5 collega's.\n\n"
            + "Selectieprocedure\n\n- Schriftelijke proef (op 50 punten).\n- Interview (op 50 punten).\n\n"
            + "Solliciteren\n\nSolliciteren kan tot en met 14 maart 2026.\n\nContact\n\nVragen? Mail naar hr@elders.example.");
        var knowledge = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(_dir);
        var factory = AssistantRuntime.CreateSessionFactory(() => knowledge, new AssistantOptions());
        _sessions = factory.Create;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("Wie zit er in de jury voor de zaalwachter in Voorbeeld?")]
    [InlineData("Who is on the selection committee for the zaalwachter in Voorbeeld?")]
    public async Task Ask_JuryTheDocumentNames_QuotesThatLine(string question)
    {
        var sut = await Says(question);
        Assert.Equal("retrieval", sut.Source);
        Assert.Contains("externe deskundige", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wie zit er in de jury voor de baliemedewerker in Elders?")]
    [InlineData("Who is on the selection panel for the baliemedewerker in Elders?")]
    [InlineData("Qui fait partie du jury pour le baliemedewerker à Elders ?")]
    public async Task Ask_JuryTheDocumentsNeverName_SaysSoWithTheContactNotTheSteps(string question)
    {
        var sut = await Says(question);
        Assert.Equal("none", sut.Source);
        Assert.Contains("hr@elders.example", sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Schriftelijke proef", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is there a Sunday supplement for the zaalwachter in Voorbeeld?")]
    [InlineData("Krijg ik een zondagstoeslag als zaalwachter in Voorbeeld?")]
    public async Task Ask_SundaySupplementTheDocumentNames_QuotesThatLine(string question)
    {
        var sut = await Says(question);
        Assert.Equal("retrieval", sut.Source);
        Assert.Contains("toeslag van 50 %", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is there a night supplement for the baliemedewerker in Elders?")]
    [InlineData("Y a-t-il une prime de dimanche pour le baliemedewerker à Elders ?")]
    public async Task Ask_SupplementTheDocumentsNeverName_SaysSoWithTheContact(string question)
    {
        var sut = await Says(question);
        Assert.Equal("none", sut.Source);
        Assert.Contains("hr@elders.example", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_StatutoryInAnotherWordOfItsFamily_QuotesTheStatuteLine()
    {
        var sut = await Says("Wordt de zaalwachter in Voorbeeld statutair benoemd?");
        Assert.Equal("retrieval", sut.Source);
        Assert.Contains("contractueel", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_HowManyOfAThing_QuotesThePassageThatCountsIt()
    {
        var sut = await Says("Hoeveel scholen komen er in de bibliotheek van de zaalwachter in Voorbeeld?");
        Assert.Equal("retrieval", sut.Source);
        Assert.Contains("85 scholen", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is there a team building day for the baliemedewerker in Elders?")]
    [InlineData("Organiseert Elders een personeelsfeest voor de baliemedewerker?")]
    public async Task Ask_ThingNoPassageAnswers_SaysSoWithTheContact(string question)
    {
        var sut = await Says(question);
        Assert.Equal("none", sut.Source);
        Assert.Contains("hr@elders.example", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_VacancyBySelectionNumber_AnswersForThatVacancy()
    {
        var sut = await Says("Welke documenten moet ik opladen voor selectie VB26-0417?");
        Assert.Equal(["gemeente-voorbeeld-zaalwachter"], sut.VacancyIds);
    }

    [Fact]
    public async Task FollowUp_YesWithAStatementAfterEligibility_StaysEligibility()
    {
        var session = _sessions();
        await session.SendAsync(new TurnInput("Ik heb geen diploma. Kom ik in aanmerking als zaalwachter in Voorbeeld?", Now, "web"));
        var sut = await session.SendAsync(new TurnInput("ja, ik heb wel een diploma secundair onderwijs", Now, "web"));
        Assert.Equal("eligibility", sut.Intent);
        Assert.Equal(["gemeente-voorbeeld-zaalwachter"], sut.VacancyIds);
    }

    [Fact]
    public async Task FollowUp_WhereQuestionAfterSalary_IsNotTheSalaryAgain()
    {
        var session = _sessions();
        await session.SendAsync(new TurnInput("What is the salary of the zaalwachter in Voorbeeld?", Now, "web"));
        var sut = await session.SendAsync(new TurnInput("And where is the office?", Now, "web"));
        Assert.NotEqual("salary", sut.Intent);
    }

    private void Write(string id, string text)
    {
        var dir = Path.Combine(_dir, "vacancies", id);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "vacancy.txt"), text);
    }

    private async Task<Answer> Says(string text) => await _sessions().SendAsync(new TurnInput(text, Now, "web"));
}
