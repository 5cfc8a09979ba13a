using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

public class RouteChecksTests
{
    private static readonly InternalCondition NotLowerThanB = new()
    {
        Contract = "indefinite",
        MinSeniorityMonths = 12,
        SeniorityKind = "service",
        Level = "B",
        LevelComparison = "min",
    };

    private static CandidateProfile Master(params ExperienceEntry[] experience) => new() { Diploma = DiplomaLevel.Master, Experience = experience };

    [Fact]
    public void Evaluate_ExperienceTooShort_IsNotEligibleNamingRequiredAndGivenYears()
    {
        var sut = Route(DiplomaLevel.Bachelor, years: 2, kind: "relevant");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(1, "relevant")] });

        Assert.Equal("not-eligible", result.Outcome);
        var check = Assert.Single(result.Checks, c => c.Requirement == "experience");
        Assert.Equal(("not-met", "2", "1"), (check.Outcome, check.Required, check.Given));
    }

    [Fact]
    public void Evaluate_FractionalYears_AreWrittenWithoutTrailingZeros()
    {
        var sut = Route(DiplomaLevel.None, years: 1.5m, kind: "relevant");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Experience = [new ExperienceEntry(0.5m, "relevant")] });

        var check = Assert.Single(result.Checks, c => c.Requirement == "experience");
        Assert.Equal(("1.5", "0.5"), (check.Required, check.Given));
    }

    [Fact]
    public void Evaluate_ZeroYearsStated_IsNotEligibleForAnExperienceRoute()
    {
        var sut = Route(DiplomaLevel.Bachelor, years: 1, kind: "relevant");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(0, "any")] });

        Assert.Equal("not-eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_NoExperienceStated_IsUnknown()
    {
        var sut = Route(DiplomaLevel.Bachelor, years: 1, kind: "relevant");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.Equal("unknown", result.Outcome);
        Assert.Equal("eligible", result.Potential);
        Assert.Contains(result.Checks, c => c is { Requirement: "experience", Outcome: "unknown", Required: "1" });
    }

    [Fact]
    public void Evaluate_LeadershipRouteWithOtherExperience_AsksForTheExperienceKind()
    {
        var sut = Route(DiplomaLevel.Master, years: 2, kind: "leadership");

        var result = RouteChecks.Evaluate(sut, Master(new ExperienceEntry(5, "relevant")));

        Assert.Equal("unknown", result.Outcome);
        var check = Assert.Single(result.Checks, c => c.Outcome == "unknown");
        Assert.Equal(("experience-kind", "leadership"), (check.Requirement, check.Caveat));
    }

    [Fact]
    public void Evaluate_LeadershipRouteWithLeadershipExperience_IsEligible()
    {
        var sut = Route(DiplomaLevel.Master, years: 2, kind: "leadership");

        var result = RouteChecks.Evaluate(sut, Master(new ExperienceEntry(6, "any"), new ExperienceEntry(3, "leadership")));

        Assert.Equal("eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_LeadershipRouteWithTooLittleExperienceOfAnyKind_IsNotEligible()
    {
        var sut = Route(DiplomaLevel.Master, years: 2, kind: "leadership");

        var result = RouteChecks.Evaluate(sut, Master(new ExperienceEntry(1, "any")));

        Assert.Equal("not-eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_RelevantRouteWithExperienceOfUnnamedKind_IsMetWithRelevanceCaveat()
    {
        var sut = Route(DiplomaLevel.None, years: 1, kind: "relevant", test: "niveau- en capaciteitstest");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Secondary, Experience = [new ExperienceEntry(2, "any", "als managementassistent")] });

        Assert.Equal("conditional", result.Outcome);
        Assert.Contains(result.Checks, c => c is { Requirement: "experience", Outcome: "met", Caveat: "relevance" });
    }

    [Theory]
    [InlineData("relevant")]
    [InlineData("leadership")]
    [InlineData("domain:communicatie")]
    public void Evaluate_RelevantRouteWithNamedKind_IsMetWithoutCaveat(string kind)
    {
        var sut = Route(DiplomaLevel.Bachelor, years: 2, kind: "relevant");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(3, kind)] });

        Assert.Equal("eligible", result.Outcome);
        Assert.Null(Assert.Single(result.Checks, c => c.Requirement == "experience").Caveat);
    }

    [Fact]
    public void Evaluate_DomainRouteWithMatchingDomain_IsEligible()
    {
        var sut = Route(DiplomaLevel.Bachelor, years: 2, kind: "domain:sociale media-omgeving");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(2, "domain:sociale media")] });

        Assert.Equal("eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_DomainRouteWithExperienceInAnotherSector_FailsTheRoute()
    {
        var sut = Route(DiplomaLevel.Bachelor, years: 2, kind: "domain:sociale media-omgeving");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(5, "domain:welzijnssector")] });

        Assert.Equal("not-eligible", result.Outcome);
        Assert.Contains(result.Checks, c => c is { Requirement: "experience", Outcome: "not-met" });
    }

    [Fact]
    public void Evaluate_DomainRouteWithExperienceInAnUnclassifiedDomain_AsksForTheExperienceKind()
    {
        var sut = Route(DiplomaLevel.Bachelor, years: 2, kind: "domain:sociale media-omgeving");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(5, "domain:zeilschool")] });

        Assert.Equal("unknown", result.Outcome);
        Assert.Contains(result.Checks, c => c is { Requirement: "experience-kind", Outcome: "unknown" });
    }

    [Fact]
    public void Evaluate_DomainRouteWithExperienceOfUnnamedKind_IsMetWithRelevanceCaveat()
    {
        var sut = Route(DiplomaLevel.Bachelor, years: 2, kind: "domain:sociale media-omgeving");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(3, "any", "als webredacteur")] });

        Assert.Equal("eligible", result.Outcome);
        Assert.Contains(result.Checks, c => c is { Requirement: "experience", Outcome: "met", Caveat: "relevance" });
    }

    [Theory]
    [InlineData("communicatie", "met")]
    [InlineData("communicatiewetenschappen", "met")]
    [InlineData("Communicatie", "met")]
    [InlineData("rechten", "not-met")]
    [InlineData("IT", "not-met")]
    public void Evaluate_FieldRoute_ComparesTheField(string field, string outcome)
    {
        var sut = Route(DiplomaLevel.Bachelor, field: "communicatie");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Master, DiplomaField = field });

        Assert.Equal(outcome, Assert.Single(result.Checks, c => c.Requirement == "diploma-field").Outcome);
    }

    [Fact]
    public void Evaluate_FieldWithDecomposedAccents_IsComparedWithoutThem()
    {
        var sut = Route(DiplomaLevel.Bachelor, field: "ge\u0301o");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaField = "Geo" });

        Assert.Equal("eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_NoneRouteWithTest_IsConditionalEvenWithoutProfile()
    {
        var sut = Route(DiplomaLevel.None, test: "redeneertest");

        var result = RouteChecks.Evaluate(sut, new CandidateProfile());

        Assert.Equal("conditional", result.Outcome);
        Assert.Equal(["diploma", "test"], result.Checks.Select(c => c.Requirement));
    }

    [Theory]
    [InlineData("A", "eligible")]
    [InlineData("B", "eligible")]
    [InlineData("C", "not-eligible")]
    [InlineData("D", "not-eligible")]
    public void Evaluate_NotLowerThanB_AcceptsAAndB(string level, string outcome)
    {
        var sut = InternalRoute(NotLowerThanB);

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Internal = new InternalStatus(true, "indefinite", 24, level) });

        Assert.Equal(outcome, result.Outcome);
    }

    [Theory]
    [InlineData("b", "eligible")]
    [InlineData("B1", "eligible")]
    [InlineData("c", "not-eligible")]
    public void Evaluate_LevelWrittenInLowerCaseOrAsGrade_ComparesTheLevelLetter(string level, string outcome)
    {
        var sut = InternalRoute(NotLowerThanB);

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Internal = new InternalStatus(true, "indefinite", 24, level) });

        Assert.Equal(outcome, result.Outcome);
    }

    [Theory]
    [InlineData("C", "eligible")]
    [InlineData("B", "not-eligible")]
    public void Evaluate_ExactLevel_AcceptsOnlyThatLevel(string level, string outcome)
    {
        var sut = InternalRoute(NotLowerThanB with { Level = "C", LevelComparison = "exact", SeniorityKind = "level" });

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Internal = new InternalStatus(true, "indefinite", 12, level) });

        Assert.Equal(outcome, result.Outcome);
    }

    [Fact]
    public void Evaluate_FixedContractForIndefiniteRoute_IsNotEligible()
    {
        var sut = InternalRoute(NotLowerThanB);

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Internal = new InternalStatus(true, "fixed", 24, "B") });

        Assert.Equal("not-eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_SeniorityTooShort_IsNotEligible()
    {
        var sut = InternalRoute(NotLowerThanB);

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Internal = new InternalStatus(true, "indefinite", 11, "B") });

        Assert.Equal("not-eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_InternalWithoutDetails_IsUnknown()
    {
        var sut = InternalRoute(NotLowerThanB);

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Internal = new InternalStatus(true) });

        // Known to be internal, nothing else said: the first condition to ask about is the seniority.
        Assert.Equal("unknown", result.Outcome);
        Assert.Equal(["internal-seniority"], result.Checks.Select(c => c.Requirement));
    }

    [Fact]
    public void Evaluate_NothingSaidAboutBeingInternal_AsksWhetherInternal()
    {
        var sut = InternalRoute(NotLowerThanB);

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Master });

        Assert.Equal(["internal"], result.Checks.Select(c => c.Requirement));
    }

    [Theory]
    [InlineData(null, 12, "B")]
    [InlineData("indefinite", null, "B")]
    [InlineData("indefinite", 12, null)]
    public void Evaluate_InternalWithOneConditionUnsaid_IsUnknown(string? contract, int? months, string? level)
    {
        var sut = InternalRoute(NotLowerThanB);

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Internal = new InternalStatus(true, contract, months, level) });

        Assert.Equal("unknown", result.Outcome);
    }

    [Fact]
    public void Evaluate_InternalRouteWithDiploma_ChecksTheDiplomaToo()
    {
        var sut = InternalRoute(NotLowerThanB) with { Diploma = DiplomaLevel.Bachelor };

        var result = RouteChecks.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Secondary, Internal = new InternalStatus(true, "indefinite", 24, "B") });

        Assert.Equal("not-eligible", result.Outcome);
        Assert.Contains(result.Checks, c => c is { Requirement: "diploma", Outcome: "not-met" });
    }

    [Theory]
    [InlineData("GIS-software", "met QGIS", true)]
    [InlineData("GIS-software", "ArcGIS bij een studiebureau", true)]
    [InlineData("ICT", "als ICT-helpdeskmedewerker", true)]
    [InlineData("GIS-software", "als bioloog", false)]
    [InlineData("boekhouding", "met QGIS", false)]
    public void NamesAcronym_RequiredDomainAcronym_MatchesProductNamesEndingInIt(string required, string given, bool expected)
    {
        Assert.Equal(expected, RouteChecks.NamesAcronym(required, given));
    }
    private static AdmissionRoute CertificateRoute() => Route(DiplomaLevel.None) with
    {
        Alternative = [new RouteCondition("proof", "attest of brevet opvoeder", Cite("Je hebt een attest of brevet opvoeder,"))],
    };

    [Fact]
    public void Evaluate_CertificateOfTheTradeHeld_IsEligible()
    {
        var result = RouteChecks.Evaluate(CertificateRoute(), new CandidateProfile { Certificates = ["brevet opvoeder"] });

        Assert.Equal("eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_CertificateOfAnotherTrade_IsNotEligible()
    {
        var result = RouteChecks.Evaluate(CertificateRoute(), new CandidateProfile { Certificates = ["brevet eerste hulp"] });

        Assert.Equal("not-eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_CertificateRouteNothingSaid_IsUnknown()
    {
        var result = RouteChecks.Evaluate(CertificateRoute(), new CandidateProfile());

        Assert.Equal("unknown", result.Outcome);
    }

    [Theory]
    [InlineData("event")]
    [InlineData("eventmanagement")]
    [InlineData("projectmanagement")]
    public void Evaluate_FieldWrittenWithAHyphenEllipsis_AcceptsEachPart(string given)
    {
        var route = Route(DiplomaLevel.Graduate, field: "event- en projectmanagement of cultuurmanagement");

        var sut = RouteChecks.Evaluate(route, new CandidateProfile { Diploma = DiplomaLevel.Graduate, Graduate = true, DiplomaField = given });

        Assert.Equal("met", Assert.Single(sut.Checks, c => c.Requirement == "diploma-field").Outcome);
    }

    [Fact]
    public void Evaluate_FieldWrittenWithAHyphenEllipsis_StillRejectsAnotherField()
    {
        var route = Route(DiplomaLevel.Graduate, field: "land- of tuinbouw");

        var sut = RouteChecks.Evaluate(route, new CandidateProfile { Diploma = DiplomaLevel.Graduate, Graduate = true, DiplomaField = "boekhouding" });

        Assert.Equal("not-met", Assert.Single(sut.Checks, c => c.Requirement == "diploma-field").Outcome);
    }
}
