using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// Checks for what route14 made readable: a part of the experience that must be leadership ("waarvan 1 jaar als
/// leidinggevende"), a Dutch "en" after a diploma that is no French field ("master en droit"), office work as administration.
/// </summary>
public sealed class Route14ChecksTests
{
    private static AdmissionRoute Leading(decimal years, decimal leading) =>
        Route(DiplomaLevel.Bachelor, years: years, kind: "relevant") with { IncludedMinYears = leading, IncludedKind = "leadership" };

    [Fact]
    public void Evaluate_LeadershipPartNamed_IsEligible()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(3, "relevant"), new ExperienceEntry(2, "leadership")] };

        var result = RouteChecks.Evaluate(Leading(4, 1), profile);

        Assert.Equal("eligible", result.Outcome);
    }

    [Theory]
    [InlineData(5, "relevant")]
    [InlineData(6, "domain:groenbeheer")]
    public void Evaluate_EnoughYearsButNoLeadershipNamed_IsAskedNeverYes(decimal years, string kind)
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(years, kind)] };

        var result = RouteChecks.Evaluate(Leading(4, 1), profile);

        Assert.Equal("unknown", result.Outcome);
        var check = Assert.Single(result.Checks, c => c.Requirement == "experience-kind");
        Assert.Equal(("1", "leadership"), (check.Required, check.Caveat));
    }

    [Fact]
    public void Evaluate_TooFewYearsInAll_IsNotEligible()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(2, "leadership")] };

        Assert.Equal("not-eligible", RouteChecks.Evaluate(Leading(4, 1), profile).Outcome);
    }

    [Theory]
    [InlineData("domain:ploegleider")]
    [InlineData("domain:meewerkend voorman")]
    [InlineData("domain:shift leader")]
    [InlineData("domain:chef d' equipe")]
    public void Evaluate_YearsInALeadingRole_MeetTheLeadershipPart(string kind)
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(3, "relevant"), new ExperienceEntry(2, kind)] };

        Assert.Equal("eligible", RouteChecks.Evaluate(Leading(4, 1), profile).Outcome);
    }

    [Fact]
    public void Evaluate_NeverLedSaid_IsNotEligibleOnThePart()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(6, "domain:groenbeheer"), new ExperienceEntry(0, "leadership")] };

        var result = RouteChecks.Evaluate(Leading(4, 1), profile);

        Assert.Equal("not-eligible", result.Outcome);
        Assert.Contains(result.Checks, c => c is { Requirement: "experience", Outcome: "not-met", Caveat: "leadership" });
    }

    [Fact]
    public void Evaluate_NeverLedButYearsAsLeaderSaid_IsNoRefusal()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(6, "relevant"), new ExperienceEntry(0, "leadership"), new ExperienceEntry(2, "leadership")] };

        Assert.NotEqual("not-eligible", RouteChecks.Evaluate(Leading(4, 1), profile).Outcome);
    }

    [Theory]
    [InlineData("Diploma | Een diploma secundair onderwijs. Ook het vroegere A2-diploma en het getuigschrift HSO worden aanvaard.")]
    [InlineData("Je hebt een bachelordiploma en een rijbewijs B.")]
    [InlineData("Een getuigschrift of diploma en de bereidheid om bij te leren.")]
    public void FieldUnread_DutchConjunctionAfterADiploma_IsNoField(string quote)
    {
        Assert.False(RouteReading.FieldUnread(Route(DiplomaLevel.Secondary) with { Citation = Cite(quote) }));
    }

    [Fact]
    public void FieldUnread_FrenchEnBeforeAField_StaysUnread()
    {
        Assert.True(RouteReading.FieldUnread(Route(DiplomaLevel.Master) with { Citation = Cite("Vous avez un master en droit ou en criminologie.") }));
    }

    [Theory]
    [InlineData("als bediende op een boekhoudkantoor", "een administratieve functie")]
    [InlineData("as an office clerk at a garage", "administratief werk")]
    [InlineData("kantoormedewerker bij een verzekeraar", "administratie")]
    public void Share_OfficeWork_IsAdministration(string job, string domain)
    {
        Assert.True(Sectors.Share(job, domain));
    }
}
