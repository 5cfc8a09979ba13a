using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A nationality condition that does not bind the kind of post the candidate asks about (an exemption for contractual
/// recruitment, a condition stated for the statutory post only) is met for that post; for the other post, or when the
/// candidate names no post, the no stands. Invented lines.
/// </summary>
public sealed class Elig19PostKindTests
{
    private static VacancyFacts With(string quote) =>
        Vacancy(Route(DiplomaLevel.Bachelor)) with
        {
            Requirements = new Requirements
            {
                Routes = [Route(DiplomaLevel.Bachelor)],
                General = [new GeneralRequirement { Kind = "nationality", Value = "EEA", Citation = Cite(quote) }],
            },
        };

    private static CandidateProfile Other(string? post) => new() { Diploma = DiplomaLevel.Bachelor, Nationality = "other", PostKind = post };

    [Theory]
    [InlineData("Je hebt de nationaliteit van een EER-land. Voor contractuele aanwervingen geldt deze voorwaarde niet.")]
    [InlineData("You are a national of an EEA country. This condition does not apply to contractual recruitment.")]
    [InlineData("Enkel voor de statutaire betrekking: je hebt de nationaliteit van een EER-land.")]
    public void Evaluate_ConditionNotBindingTheContractualPostAskedAbout_IsAYes(string quote)
    {
        var result = EligibilityTool.Evaluate(With(quote), Other("contractual"));

        Assert.Equal("eligible", result.Verdict);
        Assert.Contains(result.GeneralChecks, c => c is { Requirement: "nationality", Outcome: "met", Caveat: "post-kind" });
    }

    [Theory]
    [InlineData("statutory")]
    [InlineData(null)]
    public void Evaluate_StatutoryOrNoPostNamed_StaysNo(string? post)
    {
        Assert.Equal("not-eligible", EligibilityTool.Evaluate(With("Je hebt de nationaliteit van een EER-land. Voor contractuele aanwervingen geldt deze voorwaarde niet."), Other(post)).Verdict);
    }

    [Fact]
    public void Evaluate_ConditionForEveryPost_StaysNo()
    {
        Assert.Equal("not-eligible", EligibilityTool.Evaluate(With("Je hebt de nationaliteit van een EER-land."), Other("contractual")).Verdict);
    }
}
