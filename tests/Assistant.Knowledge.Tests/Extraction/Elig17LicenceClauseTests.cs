using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A licence required in one clause and another category called an asset after a semicolon: the required one is read, the
/// asset's words do not cancel it. Invented lines.
/// </summary>
public class Elig17LicenceClauseTests
{
    private static Requirements Read(string lines) =>
        TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Er is geen diplomavereiste.\n{lines}").Requirements;

    [Theory]
    [InlineData("- Je hebt een rijbewijs D op het moment van aanwerving; een rijbewijs DE is een pluspunt, maar niet vereist.", "D")]
    [InlineData("- Een C-rijbewijs is verplicht bij indiensttreding; het rijbewijs CE is een troef.", "C")]
    [InlineData("- Je beschikt over een rijbewijs BE; rijbewijs C is mooi meegenomen.", "BE")]
    public void Extract_RequiredLicenceBeforeAnAssetAfterASemicolon_IsRead(string line, string category)
    {
        Assert.Equal(category, Assert.Single(Read(line).General, g => g.Kind == "licence").Value);
    }

    [Theory]
    [InlineData("- Een rijbewijs C is een troef, maar geen vereiste.")]
    [InlineData("- Je helpt bij verhuizingen; een rijbewijs B is een pluspunt.")]
    public void Extract_LicenceOnlyAnAsset_IsNoRequirement(string line)
    {
        Assert.DoesNotContain(Read(line).General, g => g.Kind == "licence");
    }
}
