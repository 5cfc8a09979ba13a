namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Working times asked as a condition, wherever the document says it; hours only described are none (invented sentences).</summary>
public sealed class AvailabilityRulesTests
{
    [Theory]
    [InlineData("Veelgestelde vragen\n\nKan ik alleen overdag werken?\nNee. Wie niet bereid is om nachtdiensten en weekenddiensten te doen, komt niet in aanmerking.", "night,weekend")]
    [InlineData("Profiel\n\n- Je bent bereid om in een volcontinu ploegensysteem te werken.", "shift")]
    [InlineData("Profiel\n\n- Je bent flexibel inzetbaar, ook 's avonds en op zaterdag.", "weekend,evening")]
    [InlineData("Who we are looking for\n\n- You are willing to work nights and weekends.", "night,weekend")]
    [InlineData("Profiel\n\n- Je bent beschikbaar op dinsdagavond en zaterdagvoormiddag. Dat is een vereiste.", "weekend,evening")]
    [InlineData("Profile\n\n- You are available on Sunday mornings.", "weekend")]
    public void Extract_WillingnessOrExclusion_IsAnAvailabilityCondition(string body, string kinds)
    {
        var sut = TestKnowledge.FromText("Medewerker (C1)\n\n" + body + "\n");

        var condition = Assert.Single(sut.Requirements.General, g => g.Kind == "availability");
        Assert.Equal(kinds, condition.Value);
    }

    [Theory]
    [InlineData("Functie\n\n- Je werkt in ploegen, ook 's nachts.")]
    [InlineData("Wat bieden we?\n\n- Wie bereid is om in het weekend te werken, krijgt een premie.")]
    [InlineData("Profiel\n\n- Je bent bereid om bij te leren.")]
    public void Extract_HoursDescribedOrOffered_IsNoCondition(string body)
    {
        var sut = TestKnowledge.FromText("Medewerker (C1)\n\n" + body + "\n");

        Assert.DoesNotContain(sut.Requirements.General, g => g.Kind == "availability");
    }

    [Theory]
    [InlineData("Profiel\n\n- Je verklaart je bereid om een dienstwapen te dragen.", "een dienstwapen te dragen")]
    [InlineData("Wat verwachten we?\n\nJe bent bereid om regelmatig naar het buitenland te reizen.", "regelmatig naar het buitenland te reizen")]
    [InlineData("Profile\n\n- You are willing to wear a uniform.", "wear a uniform")]
    public void Extract_AnyOtherWillingness_IsAWillingnessCondition(string body, string value)
    {
        var sut = TestKnowledge.FromText("Medewerker (C1)\n\n" + body + "\n");

        Assert.Equal(value, Assert.Single(sut.Requirements.General, g => g.Kind == "willingness").Value);
    }

    [Fact]
    public void Extract_AWillingnessThatEarnsAPremium_IsNoCondition()
    {
        var sut = TestKnowledge.FromText("Medewerker (C1)\n\nProfiel\n\n- Wie bereid is om een opleiding te volgen, krijgt een premie.\n");

        Assert.DoesNotContain(sut.Requirements.General, g => g.Kind == "willingness");
    }
}
