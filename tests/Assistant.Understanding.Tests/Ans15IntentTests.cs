namespace Assistant.Understanding.Tests;

/// <summary>
/// Who holds a named role of the vacancy (coordinator, recruiter) is a contact question; a French verb a few letters from
/// an English key word ("passer les épreuves") is no score; "how many X per month" is no pay question; a bike the employer
/// lends, reaching the workplace by train and the language of the tests are topics the documents may or may not state.
/// </summary>
public sealed class Ans15IntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("wie is de coördinator van de dienst?")]
    [InlineData("wie is de recruiter voor deze job?")]
    [InlineData("Who is the HR coordinator for this vacancy?")]
    [InlineData("Qui est la personne de contact pour ce poste ?")]
    [InlineData("Who handles the applications for this job?")]
    [InlineData("Wie behandelt de sollicitaties?")]
    [InlineData("Qui s'occupe du recrutement ?")]
    public void Analyze_WhoHoldsAContactRole_IsContact(string text) =>
        Assert.Equal("contact", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Est-ce que je peux passer les épreuves en français ?")]
    [InlineData("Je peux passer l'entretien en anglais ?")]
    [InlineData("On passe l'examen écrit où ?")]
    public void Analyze_FrenchVerbPasser_IsNoScoring(string text) =>
        Assert.NotEqual("scoring", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Combien de constats faut-il faire par mois ?")]
    [InlineData("Combien de rondes par mois comme gardien ?")]
    public void Analyze_HowManyThingsPerMonth_IsNoSalary(string text) =>
        Assert.NotEqual("salary", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Combien d'euros par mois pour ce poste ?")]
    [InlineData("Combien je touche par mois ?")]
    public void Analyze_HowMuchPerMonth_StaysSalary(string text) =>
        Assert.Equal("salary", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Do the guards get a service bike?", "company-bike")]
    [InlineData("Krijg ik een dienstfiets?", "company-bike")]
    [InlineData("Est-ce qu'on reçoit un vélo de service ?", "company-bike")]
    [InlineData("Is de werkplek bereikbaar met de trein?", "access")]
    [InlineData("Le bureau, c'est accessible en train ?", "access")]
    [InlineData("Can I get there by train?", "access")]
    [InlineData("Kan ik de proeven in het Frans afleggen?", "test-language")]
    [InlineData("Can I do the interview in English?", "test-language")]
    [InlineData("Dans quelle langue se passent les épreuves ?", "test-language")]
    public void Analyze_ConcreteThing_IsItsTopic(string text, string topic) =>
        Assert.Equal(topic, _sut.Analyze(text).Topic);

    [Theory]
    [InlineData("Do they get a bike allowance?")]
    [InlineData("Krijg ik een fietsvergoeding?")]
    public void Analyze_BikeAllowance_IsNoLentBike(string text) =>
        Assert.NotEqual("company-bike", _sut.Analyze(text).Topic);
}
