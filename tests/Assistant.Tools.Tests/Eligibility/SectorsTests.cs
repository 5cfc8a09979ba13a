using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>Experience in a required domain recognised from the job the candidate names, in any of the three languages.</summary>
public sealed class SectorsTests
{
    [Theory]
    [InlineData("als onthaalmoeder", "kinderopvang")]
    [InlineData("as a bookkeeper", "boekhouding")]
    [InlineData("comme informaticien", "ICT-beheer")]
    [InlineData("netwerkbeheerder bij een school", "ICT")]
    [InlineData("als leiding bij de chiro", "werken met kinderen")]
    [InlineData("begeleider op een vakantiekamp voor kleuters", "kinderopvang of jeugdwerk")]
    [InlineData("as a scout leader", "working with children")]
    [InlineData("in risicomanagement bij een chemisch bedrijf", "crisisbeheer of civiele veiligheid")]
    [InlineData("as a plumber for a building contractor", "installateur van sanitair en verwarming")]
    [InlineData("comme chauffagiste", "onderhoud van centrale verwarming")]
    [InlineData("als loodgieter", "sanitaire installaties")]
    [InlineData("dans la gestion de crise à la province", "noodplanning")]
    [InlineData("as a volunteer firefighter", "rampenplanning of crisisbeheer")]
    [InlineData("HR-consultant bij een sociaal secretariaat", "personeelsbeleid of personeelsadministratie")]
    [InlineData("as a recruiter at an interim office", "personeelswerk")]
    [InlineData("ploegleider bij een boomkwekerij", "groenbeheer, bosbeheer of terreinonderhoud")]
    [InlineData("comme ouvrier forestier", "bosbeheer")]
    [InlineData("bij een studiebureau waar ik inspraaktrajecten begeleidde", "projectwerking of participatietrajecten")]
    [InlineData("in het opbouwwerk", "burgerparticipatie")]
    public void Share_JobInTheSectorOfTheDomain_IsTrue(string job, string domain)
    {
        Assert.True(Sectors.Share(job, domain));
    }

    [Theory]
    [InlineData("als boekhouder", "kinderopvang")]
    [InlineData("as a truck driver", "ICT-beheer")]
    [InlineData("", "kinderopvang")]
    [InlineData("in marketing", "noodplanning of crisisbeheer")]
    public void Share_JobOutsideTheSector_IsFalse(string job, string domain)
    {
        Assert.False(Sectors.Share(job, domain));
    }

    [Fact]
    public void Evaluate_YearsInTheSectorOfTheRequiredDomain_MeetTheExperienceWithTheRelevanceCaveat()
    {
        var route = Route(DiplomaLevel.None, years: 2, kind: "domain:kinderopvang");

        var sut = RouteChecks.Evaluate(route, new CandidateProfile { Experience = [new ExperienceEntry(4, "domain:onthaalmoeder", "als onthaalmoeder")] });

        Assert.Equal("eligible", sut.Outcome);
        Assert.Equal("relevance", Assert.Single(sut.Checks, c => c.Requirement == "experience").Caveat);
    }

    [Fact]
    public void Evaluate_YearsAllInAnotherSector_FailTheRoute()
    {
        // The candidate named the kind of their experience: a bookkeeper's years are not childcare, so the engine decides
        // instead of asking for the kind again.
        var route = Route(DiplomaLevel.None, years: 2, kind: "domain:kinderopvang");

        var sut = RouteChecks.Evaluate(route, new CandidateProfile { Experience = [new ExperienceEntry(4, "domain:boekhouder", "als boekhouder")] });

        Assert.Equal("not-eligible", sut.Outcome);
        Assert.Equal("experience", sut.Checks.Single(c => c.Outcome == "not-met").Requirement);
    }
}
