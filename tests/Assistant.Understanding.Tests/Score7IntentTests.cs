namespace Assistant.Understanding.Tests;

/// <summary>
/// A score reported with "kreeg"/"received" and followed by a question about the next step is scoring, also when that
/// next step is a "jurygesprek" (a step name, not a question about who sits on the jury).
/// </summary>
public sealed class Score7IntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Mijn thuisopdracht kreeg 18 op 40. Mag ik nog naar het jurygesprek?")]
    [InlineData("Ik kreeg 25 op 50 voor de case, mag ik naar het jurygesprek?")]
    [InlineData("Voor de opdracht heb ik 12/20 gekregen. Kan ik nog door naar het jurygesprek?")]
    public void Analyze_ScoreThenTheNextStep_IsScoring(string text) =>
        Assert.Equal("scoring", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Wie zit er in de jury?")]
    [InlineData("Wie zetelt in de selectiecommissie?")]
    public void Analyze_WhoIsOnTheJury_StaysTheJuryTopic(string text) =>
        Assert.NotEqual("scoring", _sut.Analyze(text).Intent);
}

/// <summary>Asking whether to add a document to the application is a documents question, however the document is called.</summary>
public sealed class Score7DocumentIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Moet ik mijn laatste evaluatieverslag toevoegen aan mijn kandidatuur?")]
    [InlineData("Moet ik mijn rijbewijs meesturen met mijn sollicitatie?")]
    [InlineData("Should I attach my evaluation report to my application?")]
    public void Analyze_AddSomethingToTheApplication_IsDocuments(string text) =>
        Assert.Equal("documents", _sut.Analyze(text).Intent);
}

/// <summary>Any kind of reserve ("werfreserve", "bevorderingsreserve", "laureatenlijst") is the reserve aspect of procedure; a shift allowance line answers the supplement topic.</summary>
public sealed class Score7ReserveAndSupplementTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("hoe lang blijft de werfreserve geldig?")]
    [InlineData("Hoe lang is de bevorderingsreserve geldig?")]
    [InlineData("Hoe lang blijft de laureatenlijst geldig?")]
    public void Analyze_AnyReserve_IsTheReserveAspect(string text)
    {
        var a = _sut.Analyze(text);

        Assert.Equal(("procedure", "reserve"), (a.Intent, a.Aspect));
    }

    [Theory]
    [InlineData("Een ploegentoelage: + 26% voor nachtprestaties.")]
    [InlineData("Nachttoelage van 35 procent.")]
    [InlineData("Toelage voor zondagswerk: 56%.")]
    public void SupplementDocument_NamesAnAllowance(string line) =>
        Assert.Matches(Assistant.Understanding.Classification.TopicCues.Get("supplement").Document, Assistant.Understanding.Text.TextFolding.Fold(line));
}

/// <summary>An allowance per kilometre driven, however it is written ("km-vergoeding", "mileage", "indemnités kilométriques"), is the commute benefit.</summary>
public sealed class MileageAllowanceTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("krijg ik een km-vergoeding als ik met mijn eigen auto naar de werven rij?")]
    [InlineData("is er een km vergoeding voor verplaatsingen met de eigen wagen?")]
    [InlineData("Do I get a mileage allowance when I use my own car?")]
    [InlineData("Y a-t-il des indemnités kilométriques si j'utilise ma voiture ?")]
    [InlineData("Hoeveel is de vergoeding per gereden kilometer?")]
    public void Analyze_MileageAllowance_IsTheCommuteBenefit(string text)
    {
        var a = _sut.Analyze(text);

        Assert.Equal(("benefits", "commute"), (a.Intent, a.Aspect));
    }
}

/// <summary>A phone one gets with the job ("a company phone", "un téléphone de service") is a benefit, not a request for a number.</summary>
public sealed class WorkPhoneIsNoContactTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Do I get a company phone for the gardener job?")]
    [InlineData("Is there a work phone with this job?")]
    [InlineData("Est-ce qu'on reçoit un téléphone de service pour ce poste ?")]
    public void Analyze_PhoneThatComesWithTheJob_IsNotContact(string text) =>
        Assert.NotEqual("contact", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("What is the phone number for questions about the gardener job?")]
    [InlineData("Can I phone someone about this job?")]
    [InlineData("À quel numéro de téléphone puis-je appeler ?")]
    public void Analyze_PhoneNumberAsked_IsContact(string text) =>
        Assert.Equal("contact", _sut.Analyze(text).Intent);
}
