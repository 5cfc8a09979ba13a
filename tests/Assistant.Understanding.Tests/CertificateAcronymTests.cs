using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>A certificate the candidate names by its acronym alone is one they hold; a diploma acronym, a lack or a question is not.</summary>
public sealed class CertificateAcronymTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik ben 31, heb het BHV sinds vorig jaar en rijbewijs B. Kan ik solliciteren?", "bhv")]
    [InlineData("I'm Belgian and I hold the IPAF since 2024, can I apply?", "ipaf")]
    [InlineData("Geen diploma, wel mijn VCA en 4 jaar ervaring als monteur.", "vca")]
    public void Analyze_AcronymAfterAWordOfHolding_IsHeld(string text, string held)
    {
        Assert.Contains(held, _sut.Analyze(text).Profile.Certificates);
    }

    [Theory]
    [InlineData("Ik heb een diploma TSO elektriciteit, kan ik meedoen?")]
    [InlineData("Ik heb geen VCA, is dat erg?")]
    [InlineData("Heb ik het BHV nodig voor deze job?")]
    [InlineData("IK HEB EEN DIPLOMA EN HET BHV, KAN IK MEEDOEN?")]
    public void Analyze_DiplomaLackQuestionOrShouting_IsNoHeldCertificate(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Certificates);
    }
}
