using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

public class EligibilityToolTests
{
    private static readonly VacancyFacts BachelorOrTest = Vacancy(
        Route(DiplomaLevel.Bachelor, "external-1", equivalent: true),
        Route(DiplomaLevel.None, "external-2", test: "niveau- en capaciteitstest"))
        with
    {
        SelectionSteps =
        [
            Step(1, "Screening", "screening"),
            Step(2, "Niveau- en capaciteitstest", "capacity-test"),
            Step(3, "Schriftelijke proef", "written", 40),
        ],
    };

    [Fact]
    public void Evaluate_MasterForBachelorRoute_IsEligible()
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Master });

        Assert.Equal("eligible", result.Verdict);
        Assert.Equal("met", Assert.Single(result.Route!.Checks).Outcome);
    }

    [Theory]
    [InlineData(DiplomaLevel.Secondary, DiplomaLevel.None)]
    [InlineData(DiplomaLevel.Bachelor, DiplomaLevel.Secondary)]
    [InlineData(DiplomaLevel.Master, DiplomaLevel.Master)]
    public void Evaluate_DiplomaAtOrAboveRequirement_IsEligible(DiplomaLevel given, DiplomaLevel required)
    {
        var sut = Vacancy(Route(required));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = given });

        Assert.Equal("eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_LowerDiploma_IsNotEligibleNamingBothLevels()
    {
        var sut = Vacancy(Route(DiplomaLevel.Master, equivalent: true));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.Equal("not-eligible", result.Verdict);
        var check = Assert.Single(result.Route!.Checks);
        Assert.Equal(("diploma", "not-met", "master", "bachelor"), (check.Requirement, check.Outcome, check.Required, check.Given));
    }

    [Fact]
    public void Evaluate_LacksBachelorWithTestRoute_IsConditionalThroughTheTest()
    {
        var result = EligibilityTool.Evaluate(BachelorOrTest, new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor });

        Assert.Equal("conditional", result.Verdict);
        Assert.Equal("external-2", result.Route!.Route.Id);
        Assert.Contains(result.Route.Checks, c => c is { Requirement: "test", Outcome: "condition", Required: "niveau- en capaciteitstest" });
        Assert.Equal("Niveau- en capaciteitstest", Assert.Single(result.NextSteps).Name);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Evaluate_LacksBachelor_FailsBachelorAndMasterRoutes()
    {
        var sut = Vacancy(
            Route(DiplomaLevel.Bachelor, "external-1"),
            Route(DiplomaLevel.Master, "external-2"),
            Route(DiplomaLevel.None, "external-3", test: "redeneertest"));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor });

        Assert.Equal("conditional", result.Verdict);
        Assert.Equal(["not-eligible", "not-eligible", "conditional"], result.Routes.Select(r => r.Outcome));
        Assert.Equal("no-bachelor", result.Routes[0].Checks[0].Given);
    }

    [Fact]
    public void Evaluate_LacksBachelorWithoutAlternative_IsNotEligible()
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor, equivalent: true));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor });

        Assert.Equal("not-eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_LacksMasterForBachelorRoute_AsksForTheDiploma()
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { LacksDiploma = DiplomaLevel.Master });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal(["diploma"], result.Missing);
    }

    [Fact]
    public void Evaluate_GraduateWhereEquivalentsAccepted_NeedsInfoReferringToGraduate()
    {
        var result = EligibilityTool.Evaluate(BachelorOrTest, new CandidateProfile { Diploma = DiplomaLevel.Graduate, Graduate = true });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal("graduate", result.ReferTo);
        Assert.Equal("external-1", result.Route!.Route.Id);
        Assert.Contains("diploma", result.Missing);
    }

    [Fact]
    public void Evaluate_GraduateNamedWithoutLevel_NeedsInfoReferringToGraduate()
    {
        var result = EligibilityTool.Evaluate(BachelorOrTest, new CandidateProfile { Graduate = true });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal("graduate", result.ReferTo);
    }

    [Fact]
    public void Evaluate_GraduateWhereOnlyBachelorAccepted_IsNotEligible()
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor, equivalent: false));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Graduate });

        Assert.Equal("not-eligible", result.Verdict);
        Assert.Equal("graduate", result.Route!.Checks[0].Given);
    }

    [Fact]
    public void Evaluate_GraduateNamedForStrictBachelorRoute_IsNotEligibleLikeTheGraduateLevel()
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor, equivalent: false));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Graduate = true });

        Assert.Equal("not-eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_GraduateForSecondaryRoute_IsEligible()
    {
        var sut = Vacancy(Route(DiplomaLevel.Secondary));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Graduate = true });

        Assert.Equal("eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_ForeignDiplomaWithoutLevel_NeedsInfoReferringToForeignDiploma()
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { ForeignDiploma = true });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal("foreign-diploma", result.ReferTo);
        Assert.Equal(["diploma"], result.Missing);
    }

    [Fact]
    public void Evaluate_ForeignMaster_IsConditionalOnTheEquivalence()
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Master, ForeignDiploma = true });

        Assert.Equal("conditional", result.Verdict);
        Assert.Contains(result.Route!.Checks, c => c.Caveat == "foreign-diploma" && c.Outcome == "condition");
    }

    [Fact]
    public void Evaluate_ForeignSecondaryForABachelorRoute_IsNotEligibleWhateverTheEquivalence()
    {
        var result = EligibilityTool.Evaluate(Vacancy(Route(DiplomaLevel.Bachelor)), new CandidateProfile { Diploma = DiplomaLevel.Secondary, ForeignDiploma = true });

        Assert.Equal("not-eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_ForeignBachelorWithTestRoute_IsConditionalOnTheEquivalenceNotOnTheTest()
    {
        var result = EligibilityTool.Evaluate(BachelorOrTest, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, ForeignDiploma = true });

        Assert.Equal("conditional", result.Verdict);
        Assert.Contains(result.Route!.Checks, c => c.Caveat == "foreign-diploma");
    }

    [Fact]
    public void Evaluate_NoProfile_NeedsInfoListingDiploma()
    {
        var result = EligibilityTool.Evaluate(BachelorOrTest, new CandidateProfile());

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains("diploma", result.Missing);
        Assert.Null(result.ReferTo);
    }

    [Fact]
    public void Evaluate_NoRoutes_NeedsInfoAboutTheRequirements()
    {
        var result = EligibilityTool.Evaluate(Vacancy(), new CandidateProfile { Diploma = DiplomaLevel.Master });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal(["requirements"], result.Missing);
        Assert.Equal("no-requirements", result.ReferTo);
    }

    [Fact]
    public void Evaluate_PreferenceAdded_DoesNotChangeTheVerdict()
    {
        var without = Vacancy(Route(DiplomaLevel.Bachelor));
        var sut = without with
        {
            Requirements = without.Requirements with { Preferences = [new Preference("bij voorkeur 2 jaar ervaring en een master", Cite("bij voorkeur"))] },
        };
        var profile = new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(0, "any")] };

        var result = EligibilityTool.Evaluate(sut, profile);

        Assert.Equal(EligibilityTool.Evaluate(without, profile).Verdict, result.Verdict);
        Assert.Equal("eligible", result.Verdict);
        Assert.Single(result.Preferences);
    }

    [Fact]
    public void Evaluate_GeneralRequirements_AreListedAsRemindersWithoutTheExamLine()
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor)) with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.Bachelor)],
                General =
                [
                    new GeneralRequirement { Kind = "nationality", Value = "EU", Citation = Cite() },
                    new GeneralRequirement { Kind = "conduct", Value = "595", MaxAgeMonths = 3, Citation = Cite() },
                    new GeneralRequirement { Kind = "exam", Citation = Cite() },
                    new GeneralRequirement { Kind = "foreign-diploma", Value = "equivalence", Citation = Cite() },
                ],
            },
        };

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.Equal("eligible", result.Verdict);
        Assert.Equal(["nationality", "conduct"], result.Reminders.Select(r => r.Kind));
    }

    [Fact]
    public void Evaluate_ReferenceDate_IsPassedOn()
    {
        var reference = new DateFact(new DateOnly(2025, 10, 26), false, Cite());
        var sut = Vacancy(Route(DiplomaLevel.Bachelor)) with
        {
            Requirements = new Requirements { Routes = [Route(DiplomaLevel.Bachelor)], ReferenceDate = reference, JudgedAtDeadline = true },
        };

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.Equal(reference, result.ReferenceDate);
    }

    [Theory]
    [InlineData("Je hebt een diploma secundair onderwijs in een studierichting binnen zorg of welzijn.", "zorg of welzijn", "verzorging", "eligible")]
    [InlineData("Je hebt een diploma secundair onderwijs in een studierichting binnen zorg of welzijn.", "zorg of welzijn", "boekhouden-informatica", "not-eligible")]
    [InlineData("Je hebt een diploma secundair onderwijs in een studierichting binnen zorg of welzijn.", "zorg of welzijn", "moderne talen", "need-info")]
    [InlineData("Je hebt een diploma in een sociale of pedagogische richting.", "sociale of pedagogische", "orthopedagogie", "eligible")]
    [InlineData("Je hebt een diploma in een sociale of pedagogische richting.", "sociale of pedagogische", "elektromechanica", "not-eligible")]
    public void Evaluate_SectorStyleField_JudgedBySector(string quote, string field, string given, string verdict)
    {
        var sut = Vacancy(Route(DiplomaLevel.Secondary, "external-1", field: field) with { Citation = Cite(quote) });

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Secondary, DiplomaField = given });

        Assert.Equal(verdict, result.Verdict);
    }

    [Theory]
    [InlineData("domain:restauratie van monumenten", "eligible")]
    [InlineData("domain:museum", "eligible")]
    [InlineData("domain:boekhouding", "not-eligible")]
    public void Evaluate_HeritageExperience_JudgedBySector(string given, string verdict)
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor, "external-1", years: 3, kind: "domain:erfgoedsector"));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, Experience = [new ExperienceEntry(4, given)] });

        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Evaluate_FieldRouteWithOtherField_FallsBackToGenericRouteWithExperience()
    {
        var sut = Vacancy(
            Route(DiplomaLevel.Bachelor, "external-1", field: "communicatie"),
            Route(DiplomaLevel.Bachelor, "external-2", years: 2, kind: "domain:sociale media-omgeving"));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile
        {
            Diploma = DiplomaLevel.Bachelor,
            DiplomaField = "rechten",
            Experience = [new ExperienceEntry(3, "domain:sociale media")],
        });

        Assert.Equal("eligible", result.Verdict);
        Assert.Equal("external-2", result.Route!.Route.Id);
        Assert.Contains(result.Routes[0].Checks, c => c is { Requirement: "diploma-field", Outcome: "not-met", Required: "communicatie", Given: "rechten" });
    }

    [Fact]
    public void Evaluate_OtherFieldAndTooLittleExperience_IsNotEligible()
    {
        var sut = Vacancy(
            Route(DiplomaLevel.Bachelor, "external-1", field: "communicatie"),
            Route(DiplomaLevel.Bachelor, "external-2", years: 2, kind: "domain:sociale media-omgeving"));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile
        {
            Diploma = DiplomaLevel.Bachelor,
            DiplomaField = "rechten",
            Experience = [new ExperienceEntry(1, "domain:sociale media")],
        });

        Assert.Equal("not-eligible", result.Verdict);
        Assert.All(result.Routes, r => Assert.Equal("not-eligible", r.Outcome));
    }

    [Fact]
    public void Evaluate_FieldRouteWithoutField_AsksForTheField()
    {
        var sut = Vacancy(Route(DiplomaLevel.Bachelor, field: "communicatie"));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal(["diploma-field"], result.Missing);
    }

    [Fact]
    public void Evaluate_InternalRouteForExternalCandidate_IsIgnored()
    {
        var sut = Vacancy(
            Route(DiplomaLevel.Bachelor),
            InternalRoute(new InternalCondition { Contract = "indefinite", MinSeniorityMonths = 12, Level = "B", LevelComparison = "min" }));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor });

        Assert.Equal("not-eligible", result.Verdict);
        Assert.DoesNotContain(result.Routes, r => r.Route.Audience == RouteAudience.Internal);
    }

    [Fact]
    public void Evaluate_InternalRouteWhenInternalStatusSaysNotInternal_IsIgnored()
    {
        var sut = Vacancy(
            Route(DiplomaLevel.Bachelor),
            InternalRoute(new InternalCondition { Contract = "indefinite" }));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor, Internal = new InternalStatus(false, "indefinite") });

        Assert.Single(result.Routes);
    }

    [Fact]
    public void Evaluate_InternalCandidateMeetingInternalRoute_IsEligibleWithoutDiploma()
    {
        var sut = Vacancy(
            Route(DiplomaLevel.Bachelor),
            InternalRoute(new InternalCondition { Contract = "indefinite", MinSeniorityMonths = 12, SeniorityKind = "service", Level = "B", LevelComparison = "min" }));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Internal = new InternalStatus(true, "indefinite", 12, "B") });

        Assert.Equal("eligible", result.Verdict);
        Assert.Equal("internal-1", result.Route!.Route.Id);
    }

    [Fact]
    public void Evaluate_GraduaatWhenTheVacancyHasAGraduaatRoute_IsJudgedByThatRouteNotAsEquivalentOfABachelor()
    {
        var facts = Vacancy(Route(DiplomaLevel.Bachelor, equivalent: true), Route(DiplomaLevel.Graduate, id: "external-2", years: 3, kind: "relevant"));

        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { Graduate = true, Experience = [new ExperienceEntry(1, "relevant")] });

        Assert.Equal("not-eligible", sut.Verdict);
        Assert.Null(sut.ReferTo);
    }

    [Fact]
    public void Evaluate_GraduaatWithoutAGraduaatRoute_StillRefersToTheContact()
    {
        var facts = Vacancy(Route(DiplomaLevel.Bachelor, equivalent: true));

        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { Graduate = true });

        Assert.Equal(("need-info", "graduate"), (sut.Verdict, sut.ReferTo));
    }

    [Fact]
    public void Evaluate_RouteWithAProofToObtain_IsConditional()
    {
        var route = Route(DiplomaLevel.None, years: 2, kind: "relevant") with { Alternative = [new RouteCondition("proof", "EVC-attest verzorgende", Cite("EVC"))] };

        var facts = Vacancy(route) with { SelectionSteps = [Step(1, "Capaciteitstest", "capacity-test")] };

        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { Experience = [new ExperienceEntry(3, "relevant")] });

        Assert.Equal("conditional", sut.Verdict);
        Assert.Equal("proof", Assert.Single(sut.Route!.Checks, c => c.Outcome == "condition").Requirement);
        Assert.Empty(sut.NextSteps);
    }

    [Fact]
    public void Evaluate_ProofRouteTheCandidateHoldsForTheNamedTrade_IsEligible()
    {
        var route = Route(DiplomaLevel.None) with
        {
            Alternative = [new RouteCondition("proof", "EVC-certificaat", Cite("een EVC-certificaat / ervaringsbewijs als lasser of als monteur"))],
        };

        var holder = EligibilityTool.Evaluate(Vacancy(route), new CandidateProfile { Certificates = ["evc certificaat als monteur"] });
        var otherTrade = EligibilityTool.Evaluate(Vacancy(route), new CandidateProfile { Certificates = ["evc certificaat als kok"] });
        var none = EligibilityTool.Evaluate(Vacancy(route), new CandidateProfile { Certificates = ["brevet redder"] });

        var silent = EligibilityTool.Evaluate(Vacancy(route), new CandidateProfile { Experience = [new ExperienceEntry(1, "any")] });

        // A proof listed as a way in is held when applying: one for another trade, or none named, is no way in; nothing said asks.
        Assert.Equal("eligible", holder.Verdict);
        Assert.Equal("not-eligible", otherTrade.Verdict);
        Assert.Equal("not-eligible", none.Verdict);
        Assert.Equal(("need-info", "certificate"), (silent.Verdict, silent.Missing.Single()));
    }

    [Fact]
    public void Evaluate_NoNationalityRequirement_IsNoReminder()
    {
        var facts = Vacancy(Route(DiplomaLevel.None)) with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.None)],
                General = [new GeneralRequirement { Kind = "nationality", Value = "none", Citation = Cite("Er geldt geen nationaliteitsvereiste.") }],
            },
        };

        var sut = EligibilityTool.Evaluate(facts, new CandidateProfile { Diploma = DiplomaLevel.Secondary });

        Assert.Empty(sut.Reminders);
    }
}
