namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Requirement-section sentences that state no requirement of their own must not stand as unread requirements that cap
/// an eligibility verdict: when a diploma must be held (a final-year student's matter) and what happens to whoever lacks an asset.
/// </summary>
public class NeedInfoLineTests
{
    private static Assistant.Core.Facts.Requirements Read(string lines) =>
        TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Je hebt een bachelordiploma in om het even welke richting.\n{lines}").Requirements;

    [Theory]
    [InlineData("Je moet je diploma wel behaald hebben vóór je benoeming.")]
    [InlineData("Het diploma moet behaald zijn voor de aanstelling.")]
    [InlineData("Je diploma moet in orde zijn vóór je eerste werkdag.")]
    public void Extract_WhenTheDiplomaMustBeHeld_TouchesOnlyFinalYear(string line)
    {
        var r = Read(line);

        Assert.DoesNotContain(r.Unparsed, u => u.Touches.Contains("diploma"));
        Assert.Contains(r.Unparsed, u => u.Touches.SequenceEqual(["final-year"]));
    }

    [Fact]
    public void Extract_DiplomaBeforeSomethingElse_StillTouchesTheDiploma()
    {
        var r = Read("Je diploma moet behaald zijn voor een erkende opleidingsinstelling van de Vlaamse Gemeenschap.");

        Assert.Contains(r.Unparsed, u => u.Touches.Contains("diploma"));
    }

    [Theory]
    [InlineData("Een lasattest is een pluspunt. Heb je er geen, dan volg je de opleiding tijdens je eerste maanden.")]
    [InlineData("Een EHBO-brevet is een troef. Zo niet, dan krijg je die opleiding van ons.")]
    public void Extract_WhatHappensToWhoeverLacksAnAsset_IsNoUnreadRequirement(string line)
    {
        Assert.Empty(Read(line).Unparsed);
    }

    [Fact]
    public void Extract_LackingARequiredThing_AfterARequirementLine_StaysUnread()
    {
        // Only an asset's follow-up is exempt: after a requirement, "zo niet" may still impose something.
        var r = Read("Je hebt een lasattest. Heb je er geen, dan moet je een opleiding van 40 uur gevolgd hebben.");

        Assert.Contains(r.Unparsed, u => u.Citation.Quote.StartsWith("Heb je er geen", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_UnreadDiplomaInAListOfExamples_IsAnAlternative()
    {
        var r = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\nJe hebt een diploma dat toegang geeft tot het beroep, bijvoorbeeld:\n\n- een bachelor in de sportwetenschappen,\n- een erkend bekwaamheidsattest tot redder-zwemleraar via een opleiding.\n").Requirements;

        Assert.Contains(r.Unparsed, u => u.Touches.Contains("diploma") && u.Touches.Contains("alternative"));
    }

    [Fact]
    public void Extract_UnreadDiplomaInACumulativeList_IsNoAlternative()
    {
        var r = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\nJe beschikt over:\n\n- een bachelor in de sportwetenschappen,\n- een erkend bekwaamheidsattest tot redder-zwemleraar via een opleiding.\n").Requirements;

        Assert.Contains(r.Unparsed, u => u.Touches.Contains("diploma"));
        Assert.DoesNotContain(r.Unparsed, u => u.Touches.Contains("alternative"));
    }
}
