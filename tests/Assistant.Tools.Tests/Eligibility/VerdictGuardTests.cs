using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>The one guard on a yes: what the candidate's facts touch must have been evaluated; invented documents only.</summary>
public class VerdictGuardTests
{
    private static readonly CandidateProfile Bachelor = new() { Diploma = DiplomaLevel.Bachelor };

    private static VacancyFacts With(IReadOnlyList<GeneralRequirement>? general = null, IReadOnlyList<UnparsedRequirement>? unparsed = null, params AdmissionRoute[] routes) =>
        Vacancy(routes) with { Requirements = new Requirements { Routes = routes, General = general ?? [], Unparsed = unparsed ?? [] } };

    private static GeneralRequirement General(string kind, string? value) => new() { Kind = kind, Value = value, Citation = Cite(kind + " " + value) };

    [Fact]
    public void Evaluate_UnreadSentenceAboutTheStatedDiploma_CapsTheYesAndIsListedAsUnchecked()
    {
        var unread = new UnparsedRequirement(["diploma"], Cite("Een getuigschrift van het vierde leerjaar volstaat niet."));
        var result = EligibilityTool.Evaluate(With(unparsed: [unread], routes: Route(DiplomaLevel.Secondary)), Bachelor);

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal("unchecked", result.ReferTo);
        Assert.Contains(result.UncheckedLines, c => c.Quote.StartsWith("Een getuigschrift", StringComparison.Ordinal));
        Assert.Contains(result.CheckedLines, c => c.Requirement == "diploma" && c.Outcome == "met");
    }

    [Fact]
    public void Evaluate_UnreadSentenceAboutAFactNotGiven_KeepsTheYesAndShowsItToCheck()
    {
        var unread = new UnparsedRequirement(["experience"], Cite("Stages tellen niet mee."));
        var result = EligibilityTool.Evaluate(With(unparsed: [unread], routes: Route(DiplomaLevel.Bachelor)), Bachelor);

        Assert.Equal("eligible", result.Verdict);
        Assert.Single(result.ToCheck);
        Assert.Contains(result.UncheckedLines, c => c.Quote == "Stages tellen niet mee.");
    }

    [Fact]
    public void Evaluate_NothingStatedWhereALicenceIsRequired_AsksForTheLicenceInsteadOfSayingYes()
    {
        var result = EligibilityTool.Evaluate(With([General("licence", "C")], routes: Route(DiplomaLevel.None)), new CandidateProfile());

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal(["licence"], result.Missing);
    }

    [Theory]
    [InlineData("licence", "C", "licence")]
    [InlineData("licence", "CE", "licence")]
    [InlineData("licence", "D", "licence")]
    [InlineData("licence-code", "95", "licence-code")]
    public void Evaluate_ProfessionalDrivingQualificationNotSpokenOf_IsAskedBeforeAnyYes(string kind, string value, string asked)
    {
        // The candidate spoke of something else only (their nationality); the job rests on a heavy licence or a code on it.
        var result = EligibilityTool.Evaluate(With([General(kind, value)], routes: Route(DiplomaLevel.None)), new CandidateProfile { Nationality = "BE" });

        Assert.Equal("need-info", result.Verdict);
        Assert.Equal([asked], result.Missing);
    }

    [Fact]
    public void Evaluate_ProfessionalLicenceNamedAndHeld_IsAYes()
    {
        var facts = With([General("licence", "C"), General("licence-code", "95")], routes: Route(DiplomaLevel.None));

        var result = EligibilityTool.Evaluate(facts, new CandidateProfile { Nationality = "BE", DrivingLicence = true, LicenceCategories = ["CE"], LicenceCodes = ["95"] });

        Assert.Equal("eligible", result.Verdict);
    }

    [Theory]
    [InlineData("licence", "B")]
    [InlineData("conduct", null)]
    [InlineData("nationality", "EU")]
    public void Evaluate_GeneralConditionNotSpokenOf_StaysAReminderBesideTheYes(string kind, string? value)
    {
        var result = EligibilityTool.Evaluate(With([General(kind, value)], routes: Route(DiplomaLevel.Bachelor)), Bachelor);

        Assert.Equal("eligible", result.Verdict);
        Assert.Contains(result.Reminders, r => r.Kind == kind);
    }

    [Fact]
    public void Evaluate_NothingStatedAndNothingToState_IsStillAYesForANoDiplomaRoute()
    {
        var result = EligibilityTool.Evaluate(With([General("conduct", null)], routes: Route(DiplomaLevel.None)), new CandidateProfile());

        Assert.Equal("eligible", result.Verdict);
    }

    [Theory]
    [InlineData("BE", null, "eligible")]
    [InlineData("EU", null, "eligible")]
    [InlineData("other", true, "eligible")]
    [InlineData("other", false, "not-eligible")]
    [InlineData("other", null, "need-info")]
    public void Evaluate_WorkPermitForCandidatesFromOutsideTheEea_IsCheckedOnlyForThem(string nationality, bool? permit, string verdict)
    {
        var facts = With([General("nationality", "none"), General("work-permit", "non-EEA")], routes: Route(DiplomaLevel.Bachelor));

        var result = EligibilityTool.Evaluate(facts, Bachelor with { Nationality = nationality, WorkPermit = permit });

        Assert.Equal(verdict, result.Verdict);
    }

    [Theory]
    [InlineData(17, "not-eligible")]
    [InlineData(18, "eligible")]
    [InlineData(null, "eligible")]
    public void Evaluate_MinimumAge_IsDecidedByTheStatedAgeAndStaysAReminderWhenNoneIsStated(int? age, string verdict)
    {
        var facts = With([General("min-age", "18")], routes: Route(DiplomaLevel.Bachelor));

        var result = EligibilityTool.Evaluate(facts, Bachelor with { Age = age });

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(age is null ? 0 : 1, result.GeneralChecks.Count(c => c.Requirement == "min-age"));
    }

    [Fact]
    public void Apply_FailedGeneralCheck_IsNotEligibleWhateverTheRoute()
    {
        var failed = new RequirementCheck("licence", "not-met", Cite("rijbewijs C"));

        var (verdict, missing, _) = VerdictGuard.Apply("eligible", [], null, [failed], []);

        Assert.Equal("not-eligible", verdict);
        Assert.Empty(missing);
    }
}

/// <summary>Experience of a named domain decided by the candidate's own words when both fall in known sectors.</summary>
public class DomainExperienceMismatchTests
{
    [Fact]
    public void Evaluate_EnoughYearsInAnotherSector_FailsTheDomainRoute()
    {
        var route = Route(DiplomaLevel.None, years: 2, kind: "domain:schuldbemiddeling of boekhouding");

        var result = RouteChecks.Evaluate(route, new CandidateProfile { Experience = [new ExperienceEntry(6, "domain:kelner", "als kelner in een restaurant")] });

        Assert.Equal("not-eligible", result.Outcome);
    }

    [Fact]
    public void Evaluate_YearsInAnUnclassifiedJob_StayUnknown()
    {
        var route = Route(DiplomaLevel.None, years: 2, kind: "domain:schuldbemiddeling");

        var result = RouteChecks.Evaluate(route, new CandidateProfile { Experience = [new ExperienceEntry(6, "domain:zeilinstructeur", "als zeilinstructeur")] });

        Assert.Equal("unknown", result.Outcome);
    }

    [Fact]
    public void Evaluate_YearsInAListedDomain_MeetTheRoute()
    {
        var route = Route(DiplomaLevel.None, years: 2, kind: "domain:podium-, licht- of geluidstechnicus");

        var result = RouteChecks.Evaluate(route, new CandidateProfile { Experience = [new ExperienceEntry(3, "domain:geluidstechnicus", "als geluidstechnicus")] });

        Assert.Equal("eligible", result.Outcome);
    }
}
