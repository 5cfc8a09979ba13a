using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>
/// Benefits and contact questions in words the document does not use: "voordelen" for a list headed "Wat wij bieden", "wie
/// weet meer over …" for the contact person.
/// </summary>
public sealed class LookupWordingTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "lookup-wording-" + Guid.NewGuid().ToString("N"));
    private readonly IAssistantSession _session;

    public LookupWordingTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "vacancies", "gemeente-voorbeeld-podiumtechnicus"));
        File.WriteAllText(Path.Combine(_dir, "vacancies", "gemeente-voorbeeld-podiumtechnicus", "vacancy.txt"),
            "Podiumtechnicus (D1-D3)\n\nGemeente Voorbeeld zoekt een podiumtechnicus voor het cultuurcentrum.\n\n"
            + "Wat wij bieden\n\n- Maaltijdcheques van € 7 per gewerkte dag\n- Twee gratis tickets per voorstelling\n- Fietsvergoeding\n- Een tweetaligheidspremie van € 110 bruto per maand\n- Permanentievergoeding: € 40 per week van wachtdienst\n\n"
            + "Solliciteren\n\nLaad op via het online formulier:\n- je cv;\n- attesten van je werkgever(s) waaruit je ervaring als technicus blijkt;\n"
            + "- een uittreksel uit het strafregister, niet ouder dan 3 maanden.\n\n"
            + "Contact\n\nVragen over de job? Wout Peeters, hoofdtechnicus, tel. 050 12 34 56.\n"
            + "Vragen over de procedure? Nele Maes, personeelsdienst, tel. 050 12 34 00, jobs@voorbeeld.example\n"
            + "Gemeente Voorbeeld - ondernemingsnummer 0207.123.456");
        var knowledge = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(_dir);
        _session = AssistantRuntime.CreateSessionFactory(() => knowledge, new AssistantOptions()).Create();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("wat zijn de voordelen als podiumtechnicus in voorbeeld")]
    [InlineData("welke extralegale voordelen krijg je als podiumtechnicus in Voorbeeld?")]
    [InlineData("Wat zijn de arbeidsvoorwaarden voor de podiumtechnicus in Voorbeeld?")]
    public async Task BenefitsAskedInGeneralWords_ListsTheOffer(string question)
    {
        var sut = await _session.SendAsync(new TurnInput(question, Now, "web"));
        Assert.Equal("benefits", sut.Intent);
        Assert.Contains("tickets", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wie weet meer over de technische kant van de job als podiumtechnicus in voorbeeld?")]
    [InlineData("Qui est la personne de contact pour des questions sur le travail de podiumtechnicus à Voorbeeld ?")]
    [InlineData("Who knows more about the job itself of the podiumtechnicus in Voorbeeld?")]
    public async Task ContentContactAsked_GivesThePersonByName(string question)
    {
        var sut = await _session.SendAsync(new TurnInput(question, Now, "web"));
        Assert.Equal("contact", sut.Intent);
        Assert.Contains("Wout Peeters", sut.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0207", sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("welke documenten moet ik opladen voor podiumtechnicus in Voorbeeld?", "waaruit je ervaring als technicus blijkt")]
    [InlineData("What documents do I upload for the podiumtechnicus job in Voorbeeld?", "niet ouder dan 3 maanden")]
    public async Task DocumentWithACondition_ShowsWhatItMustProve(string question, string condition)
    {
        var sut = await _session.SendAsync(new TurnInput(question, Now, "web"));
        Assert.Equal("documents", sut.Intent);
        Assert.Contains(condition, sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hoeveel is de tweetaligheidspremie voor de podiumtechnicus in Voorbeeld?", "110")]
    [InlineData("il y a une prime pour la permanence pour le podiumtechnicus à Voorbeeld ?", "40")]
    [InlineData("What is the standby allowance (permanentievergoeding) for the podiumtechnicus in Voorbeeld?", "40")]
    public async Task PremiumNamedByItsWord_IsAnsweredAsABenefit(string question, string amount)
    {
        var sut = await _session.SendAsync(new TurnInput(question, Now, "web"));
        Assert.Equal("benefits", sut.Intent);
        Assert.Contains(amount, sut.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("krijg je maaltijdcheques als podiumtechnicus in Voorbeeld? en wat nog?")]
    [InlineData("quels avantages pour le podiumtechnicus à Voorbeeld ? les chèques-repas c'est combien ?")]
    [InlineData("How much are the meal vouchers for the podiumtechnicus in Voorbeeld, and what other benefits are there?")]
    public async Task OneBenefitAndTheOthersAsked_ListsThemAll(string question)
    {
        var sut = await _session.SendAsync(new TurnInput(question, Now, "web"));
        Assert.Equal("benefits", sut.Intent);
        Assert.Contains("7", sut.Text, StringComparison.Ordinal);
        Assert.Contains("tickets", sut.Text, StringComparison.Ordinal);
    }
}
