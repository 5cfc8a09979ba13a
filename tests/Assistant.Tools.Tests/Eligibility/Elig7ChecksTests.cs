using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// The diploma's language against a requirement on it, and routes misread from sentences that refuse a diploma: each check
/// says what it checked, a condition the candidate did not speak of stays a reminder, and no misreading carries a yes.
/// </summary>
public class Elig7ChecksTests
{
    private static readonly CandidateProfile Master = new() { Diploma = DiplomaLevel.Master };

    private static VacancyFacts With(string languageQuote, params AdmissionRoute[] routes) =>
        Vacancy(Route(DiplomaLevel.Master)) with
        {
            Requirements = new Requirements
            {
                Routes = routes.Length > 0 ? routes : [Route(DiplomaLevel.Master)],
                General = [new GeneralRequirement { Kind = "language", Citation = Cite(languageQuote) }],
            },
        };

    private const string WithProof = "Je diploma moet in het Nederlands behaald zijn, anders bewijs je je kennis met een taalcertificaat (art. 7).";
    private const string WithoutProof = "Je diploma moet behaald zijn in het Nederlands.";

    [Fact]
    public void Evaluate_DiplomaInDutch_MeetsTheRequirementAndSaysSo()
    {
        var result = EligibilityTool.Evaluate(With(WithProof), Master with { DiplomaLanguage = "nl" });

        Assert.Equal("eligible", result.Verdict);
        var check = Assert.Single(result.GeneralChecks);
        Assert.Equal(("diploma-language", "met", "nl"), (check.Requirement, check.Outcome, check.Given));
        Assert.Equal(WithProof, check.Citation.Quote);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Evaluate_DiplomaInAnotherLanguage_IsConditionalOnTheProof(string issued)
    {
        var result = EligibilityTool.Evaluate(With(WithProof), Master with { DiplomaLanguage = issued });

        Assert.Equal("conditional", result.Verdict);
        Assert.Equal("language-attest", Assert.Single(result.GeneralChecks).Caveat);
    }

    [Fact]
    public void Evaluate_DiplomaInAnotherLanguage_WhereNoProofIsNamed_IsNotEligible()
    {
        var result = EligibilityTool.Evaluate(With(WithoutProof), Master with { DiplomaLanguage = "fr" });

        Assert.Equal("not-eligible", result.Verdict);
        Assert.Equal("not-met", Assert.Single(result.GeneralChecks).Outcome);
    }

    [Fact]
    public void Evaluate_DiplomaInAnotherLanguage_AndALowerLevelOfDutchThanRequired_IsNotEligible()
    {
        var facts = With(WithProof) with
        {
            Requirements = With(WithProof).Requirements with { General = [new GeneralRequirement { Kind = "language", Value = "B2", Citation = Cite(WithProof) }] },
        };

        var result = EligibilityTool.Evaluate(facts, Master with { DiplomaLanguage = "fr", DutchLevel = "A2" });

        Assert.Equal("not-eligible", result.Verdict);
        Assert.Equal(("language", "not-met"), (Assert.Single(result.GeneralChecks).Requirement, result.GeneralChecks[0].Outcome));
    }

    [Fact]
    public void Evaluate_DiplomaLanguageNotSaid_StaysAReminder()
    {
        var result = EligibilityTool.Evaluate(With(WithoutProof), Master);

        Assert.Equal("eligible", result.Verdict);
        Assert.Empty(result.GeneralChecks);
        Assert.Contains(result.Reminders, r => r.Kind == "language");
    }

    [Theory]
    [InlineData("Andere masterdiploma's (bijvoorbeeld sociologie) worden niet aanvaard.")]
    [InlineData("Een masterdiploma in een ander domein komt niet in aanmerking.")]
    [InlineData("Met een masterdiploma alleen kan je niet deelnemen.")]
    public void Evaluate_RouteReadFromARefusingSentence_AdmitsNobody(string quote)
    {
        var refused = Route(DiplomaLevel.Master, id: "external-2") with { Citation = Cite(quote) };
        var facts = With(WithProof, Route(DiplomaLevel.Master, field: "rechten"), refused);

        var result = EligibilityTool.Evaluate(facts, Master with { DiplomaField = "sociologie" });

        Assert.NotEqual("eligible", result.Verdict);
        Assert.DoesNotContain(result.Routes, r => r.Route.Id == "external-2");
    }

    [Fact]
    public void Evaluate_RouteThatRefusesItsOwnLevel_WithConditions_CapsAYes()
    {
        var misread = Route(DiplomaLevel.Bachelor, id: "external-2", years: 1) with
        {
            Citation = Cite("Je bent houder van een masterdiploma. Met een bachelordiploma kan je niet deelnemen."),
        };
        var facts = With(WithProof, Route(DiplomaLevel.Master), misread);

        var result = EligibilityTool.Evaluate(facts, Master);

        Assert.Equal("need-info", result.Verdict);
        Assert.Contains(result.Unchecked, u => u.Citation.Quote.Contains("bachelordiploma", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_RouteThatRefusesAFieldOnly_IsKept()
    {
        var route = Route(DiplomaLevel.Bachelor) with
        {
            Citation = Cite("Je bent houder van een bachelordiploma. Een bachelor in een niet-technische richting geeft geen toegang."),
        };

        Assert.False(VerdictGuard.ContradictsOwnLevel(route));
        // Kept, not dropped: the route itself is what the answer quotes. A bachelor of an unstated field is no yes on it, since
        // the route limits the field and that limit was not read (RouteReading.FieldUnread).
        var result = EligibilityTool.Evaluate(With(WithProof, route), new CandidateProfile { Diploma = DiplomaLevel.Bachelor });
        Assert.Equal("need-info", result.Verdict);
        Assert.Contains(result.Unchecked, u => u.Citation.Quote.Contains("niet-technische", StringComparison.Ordinal));
    }
}
