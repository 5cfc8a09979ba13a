using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A route whose own words ask a lower secondary certificate, and a candidate who holds that stage or a later one: met; an earlier
/// stage, or a sentence that names the stage only to refuse it, never a yes. Experience whose part lies inside a whole of the
/// required domain's sector counts whole. Invented lines.
/// </summary>
public sealed class Elig18LowerStageTests
{
    private static AdmissionRoute Quoted(string quote) => Route(DiplomaLevel.Secondary) with { Citation = Cite(quote) };

    private static CandidateProfile Stage(string words) => new() { LacksDiploma = DiplomaLevel.Secondary, DiplomaWords = words };

    [Theory]
    [InlineData("Je hebt minstens een getuigschrift van de tweede graad secundair onderwijs.", "tweede graad")]
    [InlineData("Minimaal vereist: het getuigschrift van de 2de graad (vroeger lager secundair onderwijs), eender welke richting.", "2de graad")]
    [InlineData("You hold at least a lower secondary certificate (second grade).", "lower secondary")]
    public void Evaluate_StageTheRouteAsks_IsMet(string quote, string words)
    {
        Assert.Equal("eligible", EligibilityTool.Evaluate(Vacancy(Quoted(quote)), Stage(words)).Verdict);
    }

    [Theory]
    [InlineData("Je hebt minstens een getuigschrift van de tweede graad secundair onderwijs.", "eerste graad")]
    [InlineData("Je hebt een diploma hoger secundair onderwijs; een getuigschrift van de tweede graad volstaat niet.", "tweede graad")]
    [InlineData("Je hebt minstens een getuigschrift van de tweede graad in een technische richting: bouw, hout of elektriciteit.", "2de graad")]
    [InlineData("At least a lower secondary certificate in the field of catering.", "lower secondary")]
    [InlineData("Minstens het getuigschrift van de tweede graad in een beroepsrichting: sanitair of elektriciteit.", "tweede graad")]
    public void Evaluate_EarlierStageOrStageRefused_IsNoYes(string quote, string words)
    {
        Assert.NotEqual("eligible", EligibilityTool.Evaluate(Vacancy(Quoted(quote)), Stage(words)).Verdict);
    }

    [Fact]
    public void Evaluate_PartInsideAWholeOfTheSector_CountsWhole()
    {
        var route = Route(DiplomaLevel.None, years: 3, kind: "domain:projectbeheer in ruimtelijke ordening of stedenbouw");
        var profile = new CandidateProfile
        {
            LacksDiploma = DiplomaLevel.Secondary,
            Experience = [new ExperienceEntry(2, "public", "als projectleider ruimtelijke ordening bij een") { Besides = "leadership" }, new ExperienceEntry(2, "leadership", "als teamverantwoordelijke")],
        };

        Assert.Equal("eligible", EligibilityTool.Evaluate(Vacancy(route), profile).Verdict);
    }
}
