using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// A licence the document names only to say it is not asked (a bare label followed by "niet nodig", a FAQ question answered
/// "Nee", a licence called handy "maar we vragen het niet") is no general requirement; a licence required beside an asset stays.
/// Invented lines.
/// </summary>
public class Elig18LicenceWaivedTests
{
    private static Requirements Read(string lines) =>
        TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Er is geen diplomavereiste.\n{lines}").Requirements;

    [Theory]
    [InlineData("Rijbewijs. Een rijbewijs B is niet nodig om deel te nemen; wie het niet heeft, haalt het in het eerste jaar.")]
    [InlineData("Rijbewijs: een rijbewijs B komt van pas voor de huisbezoeken, maar wordt niet gevraagd.")]
    [InlineData("Een rijbewijs is handig voor de verplaatsingen tussen de sites, maar we vragen het niet.")]
    [InlineData("Heb ik een rijbewijs nodig?\nNee. Je werkt alleen op de campus.")]
    [InlineData("Moet ik een rijbewijs hebben?\nNee, de verplaatsingen gebeuren met het openbaar vervoer.")]
    public void Extract_LicenceNamedOnlyAsNotAsked_IsNoRequirement(string lines)
    {
        Assert.DoesNotContain(Read(lines).General, g => g.Kind == "licence");
    }

    [Theory]
    [InlineData("Rijbewijs. Je hebt een rijbewijs B.", "B")]
    [InlineData("Je hebt een rijbewijs C. Een rijbewijs CE is handig.", "C")]
    public void Extract_LicenceRequiredBesideAnAsset_IsRead(string lines, string category)
    {
        Assert.Equal(category, Assert.Single(Read(lines).General, g => g.Kind == "licence").Value);
    }
}
