using Assistant.Knowledge.Extraction;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Ways to apply listed under a lead-in ("Je kan op twee manieren solliciteren:" then "1. Afgeven aan het onthaal …",
/// "2. Per e-mail …") are the application channel, the desk's address and hours included when the item wraps after a comma.
/// </summary>
public sealed class ApplicationWaysListTests
{
    [Fact]
    public void ApplicationChannel_NumberedWaysUnderALeadIn_AreBothWays()
    {
        var found = DocumentRules.ApplicationChannel("""
            Je kan op twee manieren solliciteren:
            1. Afgeven aan het onthaal van het gemeentehuis, Dorpsplein 1,
            Testveld: maandag tot vrijdag van 9 tot 12 uur.
            2. Per e-mail naar jobs@testveld.be.
            """);

        Assert.Equal(2, found.Count);
        Assert.Contains(found, s => s.Contains("Dorpsplein 1", StringComparison.Ordinal) && s.Contains("9 tot 12 uur", StringComparison.Ordinal));
        Assert.Contains(found, s => s.Contains("jobs@testveld.be", StringComparison.Ordinal));
    }

    [Fact]
    public void ApplicationChannel_DashedWaysUnderALeadIn_AreTheWays()
    {
        var found = DocumentRules.ApplicationChannel("""
            Hoe stel je je kandidaat?
            Bezorg ons je kandidatuur op een van deze manieren:
            - binnenbrengen aan de balie van het Sociaal Huis (elke werkdag van 8.30 tot 12 uur);
            - via het online formulier op www.testveld.be/jobs.
            """);

        Assert.Contains(found, s => s.Contains("balie", StringComparison.Ordinal));
        Assert.Contains(found, s => s.Contains("online formulier", StringComparison.Ordinal));
    }

    [Fact]
    public void ApplicationChannel_ListUnderAnotherLeadIn_IsNoWayToApply()
    {
        var found = DocumentRules.ApplicationChannel("""
            Wat bieden wij?
            - een laptop en een e-mailadres van de stad;
            - een vaste werkplek aan het onthaal van het stadhuis.
            """);

        Assert.Empty(found);
    }
}
