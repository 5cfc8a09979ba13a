namespace Assistant.Understanding.Tests;

/// <summary>
/// A reserve or selection named as what the candidate applies for ("kan ik meedoen voor de werfreserve …", "can I join the
/// reserve for …", "the deadline for the … reserve") is not a procedure question; asking about the reserve itself still is.
/// </summary>
public sealed class ProcedureWordIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Kan ik meedoen voor de werfreserve jurist omgeving?")]
    [InlineData("Ik heb een master rechten. Kan ik in de wervingsreserve voor jurist omgeving?")]
    [InlineData("I'm Dutch and I have a master's degree. Can I join the reserve for the environmental lawyer?")]
    [InlineData("J'ai un bachelier en droit. Puis-je m'inscrire pour la réserve de juriste environnement ?")]
    [InlineData("Ik zit in het laatste jaar bachelor. Mag ik al deelnemen aan de selectie voor maatschappelijk werker in Brugge?")]
    public void Analyze_JoiningAReserveOrSelection_IsEligibility(string text) =>
        Assert.Equal("eligibility", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("What's the deadline for the environmental lawyer reserve?")]
    [InlineData("Wat is de uiterste datum voor de selectie van jurist omgeving?")]
    public void Analyze_DeadlineOfANamedReserve_IsDeadline(string text) =>
        Assert.Equal("deadline", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Ik had 27 op 50 en 31 op 50 voor jurist omgeving. Zit ik in de reserve?")]
    [InlineData("I got 28/50 and 33/50 for the environmental lawyer job. Am I in the reserve?")]
    public void Analyze_InTheReserveAfterReportedScores_IsScoring(string text) =>
        Assert.Equal("scoring", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Hoe lang blijft de werfreserve voor jurist omgeving geldig?")]
    [InlineData("How long is the recruitment reserve for the environmental lawyer valid?")]
    [InlineData("Uit welke stappen bestaat de selectie voor jurist omgeving?")]
    [InlineData("Kom ik in de wervingsreserve als ik slaag voor jurist omgeving?")]
    public void Analyze_QuestionAboutTheReserveOrSelection_StaysProcedure(string text) =>
        Assert.Equal("procedure", _sut.Analyze(text).Intent);
}

/// <summary>A benefit word that only qualifies a job named in English or French ("the bike sharing coordinator") is part of its name.</summary>
public sealed class JobNamePhraseIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Quel est le salaire pour le poste de gestionnaire de dossiers primes vélo à Gent ?", "salary")]
    [InlineData("What is the salary of the bike sharing coordinator in Ghent?", "salary")]
    [InlineData("What's the deadline for the bicycle parking officer job in Ghent?", "deadline")]
    public void Analyze_BenefitWordInsideTheJobName_DoesNotMakeABenefitQuestion(string text, string intent) =>
        Assert.Equal(intent, _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Is there a bike allowance for the mobility officer in Ghent?")]
    [InlineData("Y a-t-il une indemnité vélo pour le conseiller mobilité à Gand ?")]
    public void Analyze_BenefitAskedForAJob_StaysBenefits(string text) =>
        Assert.Equal("benefits", _sut.Analyze(text).Intent);
}

/// <summary>A job title that contains a word of another intent ("attaché" holds "attach") does not make a documents question.</summary>
public sealed class TitleWordIntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("What are the selection steps for the attaché in Hasselt?", "procedure")]
    [InlineData("Quel serait mon salaire annuel comme attaché à Hasselt ?", "salary")]
    [InlineData("Which files do I have to attach for the lawyer job in Hasselt?", "documents")]
    public void Analyze_AttacheInTheTitle_IsNoDocumentsCue(string text, string intent) =>
        Assert.Equal(intent, _sut.Analyze(text).Intent);
}
