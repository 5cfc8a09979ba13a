using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A line that refers back to the licence already required and adds only the moment it must be held by (the closing date,
/// the start of employment) asks nothing more of a candidate whose licence check is met; a line that adds another condition
/// or names no moment still does. Invented lines.
/// </summary>
public sealed class Elig18LicenceMomentTests
{
    private static readonly RequirementCheck[] MetB = [new("licence", "met", Cite("Je hebt een rijbewijs B.")) { Required = "B" }];

    [Theory]
    [InlineData("Dit rijbewijs moet je hebben op de uiterste inschrijvingsdatum.")]
    [InlineData("Je moet dat rijbewijs bezitten op de laatste dag om te solliciteren.")]
    [InlineData("You must hold this licence on the closing date.")]
    [InlineData("Ce permis est exigé à la date limite de candidature.")]
    public void RestatesMetLicence_LicenceReferredBackWithOnlyAMoment_IsTrue(string line)
    {
        Assert.True(UnparsedLines.RestatesMetLicence(new UnparsedRequirement(["licence"], Cite(line)), MetB));
    }

    [Theory]
    [InlineData("Dit rijbewijs moet je al minstens 2 jaar hebben op de uiterste inschrijvingsdatum.")]
    [InlineData("Dit rijbewijs is onmisbaar voor de functie.")]
    public void RestatesMetLicence_LineAsksMoreOrNoMoment_IsFalse(string line)
    {
        Assert.False(UnparsedLines.RestatesMetLicence(new UnparsedRequirement(["licence"], Cite(line)), MetB));
    }

    [Fact]
    public void RestatesMetLicence_NoLicenceMet_IsFalse()
    {
        Assert.False(UnparsedLines.RestatesMetLicence(new UnparsedRequirement(["licence"], Cite("Dit rijbewijs moet je hebben op de uiterste inschrijvingsdatum.")), []));
    }
}
