using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>Questions about a concrete thing (telework, childcare, a canteen, a course, night work) in nl, en and fr.</summary>
public sealed class TopicAnswersTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "topics-" + Guid.NewGuid().ToString("N"));
    private readonly IAssistantSession _session;

    public TopicAnswersTests()
    {
        var vacancy = Path.Combine(_dir, "vacancies", "gemeente-voorbeeld-archivaris");
        Directory.CreateDirectory(vacancy);
        File.WriteAllText(Path.Combine(vacancy, "vacancy.txt"),
            "Archivaris (B1-B3)\n\nGemeente Voorbeeld zoekt een archivaris.\n\nWat doe je?\n\n- Je ordent en beschrijft het stadsarchief.\n- Je helpt bezoekers in de leeszaal.\n\nWie zoeken we?\n\n- Je hebt een bachelordiploma (opleiding informatiebeheer).\n\n"
            + "Wat bieden we?\n\n- 32 vakantiedagen\n- Je kan plaats- en tijdsonafhankelijk werken, tot 2 dagen per week.\n- Je werkt van maandag tot vrijdag, nooit in het weekend.\n\n"
            + "Solliciteren\n\nSolliciteren kan tot en met 14 maart 2026.\n\nContact\n\nVragen? Mail naar personeel@voorbeeld.example.");
        var knowledge = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(_dir);
        _session = AssistantRuntime.CreateSessionFactory(() => knowledge, new AssistantOptions()).Create();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("Kan ik thuiswerken als archivaris in Voorbeeld?")]
    [InlineData("Can I work from home as an archivist in Voorbeeld?")]
    [InlineData("Le télétravail est-il possible pour l'archivaris à Voorbeeld ?")]
    public async Task Ask_ThingTheDocumentNamesWithAnotherWord_QuotesThatLine(string question)
    {
        var sut = await Says(question);
        Assert.Contains("plaats- en tijdsonafhankelijk werken", sut.Text, StringComparison.Ordinal);
        Assert.Contains(sut.Intent, new[] { "benefits", "general" });
    }

    [Fact]
    public async Task Ask_NightWork_QuotesTheLineAboutWorkingHours()
    {
        var sut = await Says("Moet ik 's nachts werken als archivaris in Voorbeeld?");
        Assert.Equal("retrieval", sut.Source);
        Assert.Contains("maandag tot vrijdag", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What are the tasks of the archivist in Voorbeeld?")]
    [InlineData("Quelles sont les tâches de l'archivaris à Voorbeeld ?")]
    public async Task Ask_TheTasks_QuotesTheTaskSection(string question)
    {
        var sut = await Says(question);
        Assert.Equal("retrieval", sut.Source);
        Assert.Contains("stadsarchief", sut.Text, StringComparison.Ordinal);
        Assert.Contains("leeszaal", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is er een kantine voor de archivaris in Voorbeeld?")]
    [InlineData("Is there a crèche for staff of the archivist job in Voorbeeld?")]
    [InlineData("Y a-t-il une crèche pour le personnel, archivaris à Voorbeeld ?")]
    [InlineData("Betaalt de gemeente Voorbeeld een opleiding voor de archivaris?")]
    [InlineData("Does Voorbeeld pay for a course for the archivist?")]
    public async Task Ask_ThingTheDocumentsNeverMention_SaysSoWithTheContact(string question)
    {
        var sut = await Says(question);
        Assert.Equal("none", sut.Source);
        Assert.Contains("personeel@voorbeeld.example", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_BenefitKindTheVacancyDoesNotList_IsUnansweredWithTheContact()
    {
        var sut = await Says("Krijg ik maaltijdcheques als archivaris in Voorbeeld?");
        Assert.Equal(("unknown", "none"), (sut.Intent, sut.Source));
        Assert.Contains("personeel@voorbeeld.example", sut.Text, StringComparison.Ordinal);
    }

    private async Task<Answer> Says(string text) => await _session.SendAsync(new TurnInput(text, Now, "web"));
}
