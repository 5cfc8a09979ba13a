namespace Assistant.Understanding.Tests;

/// <summary>
/// Pay asked in the question's head outweighs a benefit or document word elsewhere in the sentence (in a job title, "zonder
/// premies"); the amounts of a scale named by their own words ("jaarbedrag", "at index 100", "montant annuel") are salary.
/// </summary>
public sealed class Salary9IntentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Quel est le salaire pour le poste de coordinateur des primes vélo à la commune ?")]
    [InlineData("Wat is dan mijn beginloon als boekhouder, zonder de ploegpremies?")]
    [InlineData("What's the max pay for the bike allowance officer?")]
    [InlineData("J'ai 5 ans d'expérience dans le privé. Quel serait mon salaire annuel comme comptable ?")]
    public void Analyze_PayAskedInTheHead_IsSalary(string text) =>
        Assert.Equal("salary", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("What is the highest yearly amount of scale A2 at index 100 for the accountant?")]
    [InlineData("Hoeveel is het jaarbedrag aan index 100 voor boekhouder?")]
    [InlineData("Quel est le montant annuel à l'index 100 pour le comptable ?")]
    public void Analyze_ScaleAmountsByTheirOwnWords_IsSalary(string text) =>
        Assert.Equal("salary", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Krijg ik een fietsvergoeding als boekhouder?")]
    [InlineData("Does the employer pay for a course for the accountant?")]
    public void Analyze_BenefitQuestions_StayBenefits(string text) =>
        Assert.Equal("benefits", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Do they pay the moving costs if I come from abroad for the accountant job?")]
    [InlineData("Will the municipality pay for my evening classes if I work there as accountant?")]
    [InlineData("Would they pay the exam fees for the accountant's certificate?")]
    public void Analyze_PayingACost_IsNoSalaryQuestion(string text) =>
        Assert.NotEqual("salary", _sut.Analyze(text).Intent);

    [Theory]
    [InlineData("Does the accountant job pay well?")]
    [InlineData("What's the pay for the accountant?")]
    [InlineData("How much do they pay the accountant?")]
    public void Analyze_PayAsTheWage_StaysSalary(string text) =>
        Assert.Equal("salary", _sut.Analyze(text).Intent);
}
