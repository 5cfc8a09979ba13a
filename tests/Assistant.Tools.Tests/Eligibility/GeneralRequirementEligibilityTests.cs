using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>Never an unchecked yes: general requirements the candidate speaks about are checked, undecidable ones cap the verdict.</summary>
public class GeneralRequirementEligibilityTests
{
    private static readonly CandidateProfile Bachelor = new() { Diploma = DiplomaLevel.Bachelor };

    private static VacancyFacts With(params GeneralRequirement[] general) =>
        Vacancy(Route(DiplomaLevel.Bachelor)) with { Requirements = new Requirements { Routes = [Route(DiplomaLevel.Bachelor)], General = general } };

    private static GeneralRequirement General(string kind, string? value) => new() { Kind = kind, Value = value, Citation = Cite(kind + " " + value) };

    [Theory]
    [InlineData("EU", "BE", "eligible")]
    [InlineData("EU", "EU", "eligible")]
    [InlineData("EU", "EEA", "not-eligible")]
    [InlineData("EU", "other", "not-eligible")]
    [InlineData("EEA", "EEA", "eligible")]
    [InlineData("EEA+CH", "other", "not-eligible")]
    [InlineData("BE", "EU", "not-eligible")]
    [InlineData("none", "other", "eligible")]
    [InlineData("none", "unknown", "eligible")]
    public void Evaluate_StatedNationality_IsCheckedAgainstTheRequirement(string required, string given, string verdict)
    {
        var result = EligibilityTool.Evaluate(With(General("nationality", required)), Bachelor with { Nationality = given });

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(verdict == "eligible" ? "met" : "not-met", Assert.Single(result.GeneralChecks).Outcome);
        Assert.DoesNotContain(result.Reminders, r => r.Kind == "nationality");
    }

    [Fact]
    public void Evaluate_NationalityNotStated_StaysAReminderAndDoesNotBlock()
    {
        var result = EligibilityTool.Evaluate(With(General("nationality", "EU"), General("conduct", null)), Bachelor);

        Assert.Equal("eligible", result.Verdict);
        Assert.Empty(result.GeneralChecks);
        Assert.Equal(["nationality", "conduct"], result.Reminders.Select(r => r.Kind));
    }

    [Theory]
    [InlineData("B")]
    [InlineData("C")]
    public void Evaluate_NoDrivingLicence_IsNotEligibleWhatever_TheDiploma(string category)
    {
        var result = EligibilityTool.Evaluate(With(General("licence", category)), new CandidateProfile { Diploma = DiplomaLevel.Master, DrivingLicence = false });

        Assert.Equal("not-eligible", result.Verdict);
        Assert.Equal(category, Assert.Single(result.GeneralChecks).Required);
    }

    [Fact]
    public void Evaluate_LicenceOfUnstatedCategory_ForACLicenceJob_IsNeedInfoNeverYes()
    {
        var result = EligibilityTool.Evaluate(With(General("licence", "C")), Bachelor with { DrivingLicence = true });

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains("licence-category", result.Missing);
    }

    [Fact]
    public void Evaluate_LicenceForABLicenceJob_IsMet()
    {
        var result = EligibilityTool.Evaluate(With(General("licence", "B")), Bachelor with { DrivingLicence = true });

        Assert.Equal("eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_UnparsedRequirementAboutAStatedFact_CapsAYesAtNeedInfo()
    {
        var sut = With() with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.Bachelor)],
                Unparsed = [new UnparsedRequirement(["diploma"], Cite("Je diploma moet erkend zijn door de Vlaamse Gemeenschap."))],
            },
        };

        var result = EligibilityTool.Evaluate(sut, Bachelor);

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal("unchecked", result.ReferTo);
        Assert.Single(result.Unchecked);
    }

    private static VacancyFacts WithAlternative(DiplomaLevel level) => With() with
    {
        Requirements = new Requirements
        {
            Routes = [Route(level)],
            Unparsed = [new UnparsedRequirement(["diploma", "alternative"], Cite("een erkend attest van bekwaamheid tot zwemleraar (via een opleiding),"))],
        },
    };

    [Fact]
    public void Evaluate_UnreadAlternativeDiploma_DoesNotHoldBackAMetRoute()
    {
        var result = EligibilityTool.Evaluate(WithAlternative(DiplomaLevel.Bachelor), Bachelor);

        Assert.Equal("eligible", result.Verdict);
        Assert.Empty(result.Unchecked);
        Assert.Single(result.ToCheck);
    }

    [Fact]
    public void Evaluate_UnreadAlternativeDiploma_StillCapsAYesOnAnotherStatedFact()
    {
        var sut = WithAlternative(DiplomaLevel.Bachelor) with
        {
            Requirements = WithAlternative(DiplomaLevel.Bachelor).Requirements with
            {
                Unparsed = [.. WithAlternative(DiplomaLevel.Bachelor).Requirements.Unparsed, new UnparsedRequirement(["diploma"], Cite("Je diploma moet erkend zijn door de Vlaamse Gemeenschap."))],
            },
        };

        var result = EligibilityTool.Evaluate(sut, Bachelor);

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains(result.Unchecked, u => u.Citation.Quote.Contains("Vlaamse Gemeenschap", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_UnreadAlternativeDiploma_LeavesAFailedGeneralConditionANo()
    {
        var sut = WithAlternative(DiplomaLevel.Master) with
        {
            Requirements = WithAlternative(DiplomaLevel.Master).Requirements with { General = [General("nationality", "EU")] },
        };

        var result = EligibilityTool.Evaluate(sut, Bachelor with { Nationality = "other" });

        Assert.Equal("not-eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_UnparsedRequirementAboutAnUnstatedFact_IsShownToCheckButDoesNotBlock()
    {
        var sut = With() with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.Bachelor)],
                Unparsed = [new UnparsedRequirement(["licence"], Cite("Je bent bereid je rijbewijs te behalen binnen het jaar."))],
            },
        };

        var result = EligibilityTool.Evaluate(sut, Bachelor);

        Assert.Equal("eligible", result.Verdict);
        Assert.Single(result.ToCheck);
        Assert.Empty(result.Unchecked);
    }

    [Fact]
    public void Evaluate_FinalYearStudent_WhereStudentsMayApply_IsConditional()
    {
        var sut = With(General("students", null));

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, FinalYearStudent = true });

        Assert.Equal("conditional", result.Verdict);
        Assert.Equal("final-year", Assert.Single(result.Route!.Checks).Caveat);
    }

    [Fact]
    public void Evaluate_FinalYearStudent_WhereTheVacancySaysNothing_IsNeedInfoWithTheContact()
    {
        var result = EligibilityTool.Evaluate(With(), new CandidateProfile { Diploma = DiplomaLevel.Bachelor, FinalYearStudent = true });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal("final-year", result.ReferTo);
    }

    [Fact]
    public void Evaluate_FinalYearStudentOfALowerLevel_IsNotEligible()
    {
        var sut = Vacancy(Route(DiplomaLevel.Master)) with { Requirements = new Requirements { Routes = [Route(DiplomaLevel.Master)], General = [General("students", null)] } };

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, FinalYearStudent = true });

        Assert.Equal("not-eligible", result.Verdict);
    }

    [Fact]
    public void Evaluate_FinalYearStudentInTheWrongField_IsNotEligible()
    {
        var route = Route(DiplomaLevel.Bachelor) with { DiplomaField = "verpleegkunde" };
        var sut = Vacancy(route) with { Requirements = new Requirements { Routes = [route], General = [General("students", null)] } };

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaField = "rechten", FinalYearStudent = true });

        Assert.Equal("not-eligible", result.Verdict);
    }

    [Theory]
    [InlineData("C", new[] { "B" }, "not-eligible")]
    [InlineData("C", new[] { "C" }, "eligible")]
    [InlineData("C", new[] { "CE" }, "eligible")]
    [InlineData("B", new[] { "C" }, "eligible")]
    [InlineData("D", new[] { "B", "C" }, "not-eligible")]
    public void Evaluate_NamedLicenceCategories_AreCheckedAgainstTheRequiredOne(string required, string[] held, string verdict)
    {
        var result = EligibilityTool.Evaluate(With(General("licence", required)), Bachelor with { DrivingLicence = true, LicenceCategories = held });

        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Evaluate_NationalityNoTableClassifies_WhereEuIsRequired_IsNeedInfoNeverYes()
    {
        var result = EligibilityTool.Evaluate(With(General("nationality", "EU")), Bachelor with { Nationality = "unknown" });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal("unknown", Assert.Single(result.GeneralChecks).Outcome);
    }

    [Theory]
    [InlineData("onderwijs: lager onderwijs", "kleuteronderwijs", "not-eligible")]
    [InlineData("onderwijs: lager onderwijs", "lager onderwijs", "eligible")]
    [InlineData("orthopedagogie of sociaal werk", "sociaal werk", "eligible")]
    [InlineData("orthopedagogie of sociaal werk", "maatschappelijk werk", "not-eligible")]
    [InlineData("communicatie", "communicatiewetenschappen", "eligible")]
    [InlineData("rechten", "recht", "eligible")]
    [InlineData("onderwijs: lager onderwijs", "onderwijs", "need-info")]
    [InlineData("sociaal werk", "sociaal", "need-info")]
    public void Evaluate_DiplomaField_MatchesAnAcceptedFieldWordForWord(string required, string given, string verdict)
    {
        var route = Route(DiplomaLevel.Bachelor) with { DiplomaField = required };
        var sut = Vacancy(route) with { Requirements = new Requirements { Routes = [route] } };

        var result = EligibilityTool.Evaluate(sut, new CandidateProfile { Diploma = DiplomaLevel.Bachelor, DiplomaField = given });

        Assert.Equal(verdict, result.Verdict);
    }

    [Theory]
    [InlineData("brevet eerste hulp", null, null, "eligible", "met")]
    [InlineData(null, true, null, "not-eligible", "not-met")]
    [InlineData("certificaat heftruck", null, null, "need-info", "unknown")]
    [InlineData(null, true, "opleiding eerste hulp", "conditional", "condition")]
    [InlineData(null, true, "opleiding boekhouden", "need-info", "unknown")]
    public void Evaluate_RequiredCertificate_IsCheckedByName(string? held, bool? lacks, string? training, string verdict, string outcome)
    {
        var facts = With(General("certificate", "brevet Eerste Hulp"), General("certificate-trainees", "2027-04-30"));
        var profile = Bachelor with { Certificates = held is null ? [] : [held], LacksCertificate = lacks, CertificateTraining = training };

        var result = EligibilityTool.Evaluate(facts, profile);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(outcome, Assert.Single(result.GeneralChecks).Outcome);
    }

    [Fact]
    public void Evaluate_TrainingWithoutATraineesClause_IsNoYes()
    {
        var result = EligibilityTool.Evaluate(With(General("certificate", "brevet Eerste Hulp")), Bachelor with { CertificateTraining = "opleiding eerste hulp" });

        Assert.Equal("need-info", result.Verdict);
    }

    [Fact]
    public void Evaluate_CertificateOfTheRequirementsNotSpokenOf_IsAskedForBeforeAYes()
    {
        // A certificate the requirements ask of everyone is a qualification like a licence above B (session 23); one under a
        // job's own heading or to obtain after starting stays a reminder (Certificate23Tests).
        var result = EligibilityTool.Evaluate(With(General("certificate", "brevet Eerste Hulp")), Bachelor);

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains("certificate", result.Missing);
    }
}
