using Assistant.Core.Facts;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.TestFacts;

namespace Assistant.Tools.Tests.Eligibility;

/// <summary>
/// A diploma said to be held and named by its programme alone ("een diploma kinderzorg"): a full diploma, so it meets a
/// secondary route (its field still checked) and leaves a higher level open. Invented programmes.
/// </summary>
public sealed class Elig17DiplomaProgrammeTests
{
    private static CandidateProfile Programme(string field) => new() { DiplomaField = field, DiplomaNamedByField = true };

    [Theory]
    [InlineData("haarzorg")]
    [InlineData("verkoop")]
    [InlineData("electromechanics")]
    public void Evaluate_ProgrammeDiplomaOnASecondaryRoute_IsEligible(string field)
    {
        var sut = EligibilityTool.Evaluate(Vacancy(Route(DiplomaLevel.Secondary)), Programme(field));

        Assert.Equal("eligible", sut.Verdict);
        Assert.Contains(sut.Route!.Checks, c => c is { Requirement: "diploma", Outcome: "met", Given: "secondary" });
    }

    [Theory]
    [InlineData(DiplomaLevel.Bachelor)]
    [InlineData(DiplomaLevel.Master)]
    public void Evaluate_ProgrammeDiplomaOnAHigherRoute_AsksTheLevel(DiplomaLevel level)
    {
        var sut = EligibilityTool.Evaluate(Vacancy(Route(level)), Programme("boekhouding"));

        Assert.Equal("need-info", sut.Verdict);
        Assert.Contains("diploma", sut.Missing);
    }

    [Fact]
    public void Evaluate_ProgrammeDiplomaOfAnotherFieldThanTheRoutes_IsNoYes()
    {
        var route = Route(DiplomaLevel.Secondary) with { DiplomaField = "elektriciteit of elektromechanica" };

        var sut = EligibilityTool.Evaluate(Vacancy(route), Programme("haarzorg"));

        Assert.NotEqual("eligible", sut.Verdict);
        Assert.NotEqual("conditional", sut.Verdict);
    }

    [Fact]
    public void Evaluate_FieldWithoutTheDiplomaWord_StaysUndecided()
    {
        var sut = EligibilityTool.Evaluate(Vacancy(Route(DiplomaLevel.Secondary)), new CandidateProfile { DiplomaField = "haarzorg" });

        Assert.Equal("need-info", sut.Verdict);
    }

    [Theory]
    [InlineData("technische (houtbewerking, schilderwerk of dakwerken)", "elektriciteit", "not-met")]
    [InlineData("technical (welding, plumbing or carpentry)", "bookkeeping", "not-met")]
    [InlineData("technische (houtbewerking, schilderwerk of dakwerken)", "schilderwerk", "met")]
    [InlineData("technische (houtbewerking, schilderwerk of dakwerken)", "technische", "unknown")]
    public void Evaluate_KindOfFieldWithItsMembersListed_AdmitsOnlyThoseMembers(string field, string given, string outcome)
    {
        var route = Route(DiplomaLevel.Secondary) with { DiplomaField = field };

        var sut = EligibilityTool.Evaluate(Vacancy(route), new CandidateProfile { Diploma = DiplomaLevel.Secondary, DiplomaField = given });

        Assert.Contains(sut.Route!.Checks, c => c.Requirement == "diploma-field" && c.Outcome == outcome);
    }

    [Theory]
    [InlineData("technische (bv. houtbewerking of schilderwerk)")]
    [InlineData("technische (TSO of BSO)")]
    public void Evaluate_KindOfFieldWithExamplesOrLevelsInBrackets_IsNoClosedList(string field)
    {
        var route = Route(DiplomaLevel.Secondary) with { DiplomaField = field };

        var sut = EligibilityTool.Evaluate(Vacancy(route), new CandidateProfile { Diploma = DiplomaLevel.Secondary, DiplomaField = "elektriciteit" });

        Assert.DoesNotContain(sut.Route!.Checks, c => c is { Requirement: "diploma-field", Outcome: "not-met" });
    }
}
