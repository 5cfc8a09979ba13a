using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.SeedKnowledge;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>The seed vacancies' admission rules, as extracted by the real pipeline, against candidates' profiles.</summary>
public class SeedEligibilityTests
{
    private static readonly CandidateProfile NoBachelor = new() { LacksDiploma = DiplomaLevel.Bachelor };

    [Fact]
    public void Evaluate_HarelbekeWithoutBachelor_IsConditionalThroughTheCapacityTest()
    {
        var result = EligibilityTool.Evaluate(Seed("harelbeke"), NoBachelor);

        Assert.Equal("conditional", result.Verdict);
        Assert.Contains(result.Route!.Checks, c => c.Requirement == "test" && c.Required!.Contains("capaciteitstest", StringComparison.OrdinalIgnoreCase));
        var step = Assert.Single(result.NextSteps);
        Assert.Equal("capacity-test", step.Kind);
        Assert.Equal(new DateOnly(2025, 12, 15), step.Dates[0].Date);
    }

    [Fact]
    public void Evaluate_HarelbekeWithBachelor_IsEligible()
    {
        var result = EligibilityTool.Evaluate(Seed("harelbeke"), new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.Equal("eligible", result.Verdict);
        Assert.Empty(result.NextSteps);
    }

    [Fact]
    public void Evaluate_HarelbekeWithGraduate_ReferTheCandidateToHr()
    {
        var result = EligibilityTool.Evaluate(Seed("harelbeke"), new CandidateProfile { Diploma = DiplomaLevel.Graduate, Graduate = true });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal("graduate", result.ReferTo);
    }

    [Fact]
    public void Evaluate_LievegemWithBachelor_IsNotEligibleBecauseAMasterIsRequired()
    {
        var result = EligibilityTool.Evaluate(Seed("lievegem"), new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.Equal("not-eligible", result.Verdict);
        Assert.Contains(result.Route!.Checks, c => c is { Requirement: "diploma", Outcome: "not-met", Required: "master", Given: "bachelor" });
    }

    [Fact]
    public void Evaluate_LievegemWithoutDiploma_IsNotEligible()
    {
        var result = EligibilityTool.Evaluate(Seed("lievegem"), NoBachelor);

        Assert.Equal("not-eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_LievegemMasterWithRelevantExperience_AsksWhetherItWasLeadership()
    {
        var result = EligibilityTool.Evaluate(Seed("lievegem"), new CandidateProfile { Diploma = DiplomaLevel.Master, Experience = [new ExperienceEntry(5, "relevant")] });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal(["experience-kind"], result.Missing);
    }

    [Fact]
    public void Evaluate_LievegemEligible_RemindsOfTheGeneralRequirements()
    {
        var result = EligibilityTool.Evaluate(Seed("lievegem"), new CandidateProfile { Diploma = DiplomaLevel.Master, Experience = [new ExperienceEntry(3, "leadership")] });

        Assert.Equal("eligible", result.Verdict);
        Assert.Contains(result.Reminders, r => r.Kind == "conduct");
        Assert.Contains(result.Reminders, r => r.Kind == "nationality");
        Assert.DoesNotContain(result.Reminders, r => r.Kind == "exam");
    }

    [Fact]
    public void Evaluate_KamerHasTwoDiplomaRoutes_FieldOrExperienceInSocialMedia()
    {
        var routes = Seed("kamer").Requirements.Routes;

        Assert.Equal(2, routes.Count);
        Assert.All(routes, r => Assert.Equal(DiplomaLevel.Bachelor, r.Diploma));
        Assert.Contains(routes, r => r.DiplomaField == "communicatie" && r.MinExperienceYears is null);
        Assert.Contains(routes, r => r.DiplomaField is null && r.MinExperienceYears == 2 && r.ExperienceKind!.Contains("sociale media", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_KamerLawBachelorWithOneYearSocialMedia_IsNotEligible()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaField = "rechten", Experience = [new ExperienceEntry(1, "domain:sociale media")] };

        var result = EligibilityTool.Evaluate(Seed("kamer"), profile);

        Assert.Equal("not-eligible", result.Verdict);
        Assert.All(result.Routes, r => Assert.Equal("not-eligible", r.Outcome));
        Assert.Contains(result.Routes.SelectMany(r => r.Checks), c => c is { Requirement: "experience", Outcome: "not-met", Required: "2", Given: "1" });
    }

    [Fact]
    public void Evaluate_KamerCommunicationBachelorWithoutExperience_IsEligible()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaField = "communicatie", Experience = [new ExperienceEntry(0, "any")] };

        var result = EligibilityTool.Evaluate(Seed("kamer"), profile);

        Assert.Equal("eligible", result.Verdict);
        Assert.Equal("communicatie", result.Route!.Route.DiplomaField);
        Assert.Equal(new DateOnly(2025, 10, 26), result.ReferenceDate!.Date);
        Assert.NotEmpty(result.Preferences);
    }

    [Fact]
    public void Evaluate_KamerLawBachelorWithThreeYearsSocialMedia_IsEligibleThroughTheSecondRoute()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaField = "rechten", Experience = [new ExperienceEntry(3, "domain:sociale media")] };

        var result = EligibilityTool.Evaluate(Seed("kamer"), profile);

        Assert.Equal("eligible", result.Verdict);
        Assert.Null(result.Route!.Route.DiplomaField);
    }

    [Fact]
    public void Evaluate_AntwerpenWithoutBachelorWithThreeYearsRelevant_IsConditionalThroughTheReasoningTest()
    {
        var profile = NoBachelor with { Experience = [new ExperienceEntry(3, "relevant", "in communicatie")] };

        var result = EligibilityTool.Evaluate(Seed("provincie-antwerpen"), profile);

        Assert.Equal("conditional", result.Verdict);
        Assert.Contains(result.NextSteps, s => s.Name.Contains("Redeneertest", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Evaluate_AntwerpenBachelorWithOneYear_IsNotEligible()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(1, "relevant")] };

        var result = EligibilityTool.Evaluate(Seed("provincie-antwerpen"), profile);

        Assert.Equal("not-eligible", result.Verdict);
        Assert.Contains(result.Route!.Checks, c => c is { Requirement: "experience", Outcome: "not-met", Required: "2", Given: "1" });
    }

    [Fact]
    public void Evaluate_KortrijkSecondaryWithTwoYears_IsConditionalThroughTheTest()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Secondary, Experience = [new ExperienceEntry(2, "any", "als managementassistent")] };

        var result = EligibilityTool.Evaluate(Seed("kortrijk"), profile);

        Assert.Equal("conditional", result.Verdict);
        Assert.Contains(result.Route!.Checks, c => c.Requirement == "test" && c.Required!.Contains("capaciteitstest", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Evaluate_KortrijkBachelorWithoutExperience_IsNotEligible()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(0, "any")] };

        var result = EligibilityTool.Evaluate(Seed("kortrijk"), profile);

        Assert.Equal("not-eligible", result.Verdict);
        Assert.Contains(result.Route!.Checks, c => c is { Requirement: "experience", Outcome: "not-met", Required: "1", Given: "0" });
    }

    [Fact]
    public void Evaluate_KortrijkInternalAtLevelB_IsEligibleThroughAnInternalRoute()
    {
        var profile = new CandidateProfile { Internal = new InternalStatus(true, "indefinite", 12, "B") };

        var result = EligibilityTool.Evaluate(Seed("kortrijk"), profile);

        Assert.Equal("eligible", result.Verdict);
        Assert.Equal(RouteAudience.Internal, result.Route!.Route.Audience);
    }

    [Fact]
    public void Evaluate_KortrijkInternalAtLevelCWithFixedContract_IsNotEligibleInternally()
    {
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Secondary, Experience = [new ExperienceEntry(0, "any")], Internal = new InternalStatus(true, "fixed", 24, "C") };

        var result = EligibilityTool.Evaluate(Seed("kortrijk"), profile);

        Assert.Equal("not-eligible", result.Verdict);
        Assert.All(result.Routes, r => Assert.Equal("not-eligible", r.Outcome));
    }

    [Fact]
    public void Evaluate_KortrijkExternalCandidate_SeesNoInternalRoutes()
    {
        var result = EligibilityTool.Evaluate(Seed("kortrijk"), new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.All(result.Routes, r => Assert.Equal(RouteAudience.External, r.Route.Audience));
    }

    [Fact]
    public void Evaluate_KortrijkWithoutInformation_NeedsTheDiploma()
    {
        var result = EligibilityTool.Evaluate(Seed("kortrijk"), new CandidateProfile());

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains("diploma", result.Missing);
    }
}
