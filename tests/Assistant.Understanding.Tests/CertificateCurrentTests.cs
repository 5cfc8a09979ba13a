using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>Whether a certificate the candidate holds is kept current, in their words (nl/en/fr, invented).</summary>
public sealed class CertificateCurrentTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb mijn brevet hoger redder sinds 2018 maar nooit bijscholing gevolgd, kan ik solliciteren?", false)]
    [InlineData("mijn reddersbrevet is verlopen, mag ik meedoen?", false)]
    [InlineData("I have a lifeguard certificate but it expired last year. Can I apply?", false)]
    [InlineData("J'ai mon brevet de sauveteur mais pas de recyclage depuis 2020.", false)]
    [InlineData("Ik heb mijn brevet hoger redder en volgde de bijscholing van dit jaar.", true)]
    [InlineData("I hold a lifeguard certificate, still valid, refresher completed in March.", true)]
    [InlineData("Ik heb een brevet hoger redder. Kan ik solliciteren?", null)]
    public void Analyze_HeldCertificate_CurrentOrLapsed(string text, bool? expected)
    {
        var profile = _sut.Analyze(text).Profile;

        Assert.NotEmpty(profile.Certificates);
        Assert.Equal(expected, profile.CertificateCurrent);
    }
}
