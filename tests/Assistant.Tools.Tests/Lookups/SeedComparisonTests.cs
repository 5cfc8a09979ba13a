using Assistant.Core.Facts;
using Assistant.Tools.Lookups;
using Assistant.Tools.Profile;
using static Assistant.Tools.Tests.SeedKnowledge;

namespace Assistant.Tools.Tests.Lookups;

/// <summary>Questions across the five seed vacancies, as extracted by the real pipeline.</summary>
public class SeedComparisonTests
{
    private static readonly string[] Keys = ["harelbeke", "provincie-antwerpen", "kamer", "lievegem", "kortrijk"];

    private static string Key(VacancySummary s) => Keys.Single(k => s.Facts.Id.StartsWith(k, StringComparison.Ordinal));

    [Fact]
    public void Open_OnTheEvalClock_ListsHarelbekeAndAntwerpenThenKortrijk()
    {
        var result = ComparisonTool.Open(All, LoadedAt);

        Assert.Equal(["harelbeke", "provincie-antwerpen", "kortrijk"], result.Select(Key));
    }

    [Fact]
    public void Admissible_WithoutBachelor_KeepsHarelbekeFirstAndDropsMasterAndBachelorOnlyVacancies()
    {
        var result = ComparisonTool.Admissible(All, new CandidateProfile { LacksDiploma = DiplomaLevel.Bachelor }, LoadedAt);

        Assert.Equal("harelbeke", Key(result[0]));
        Assert.Equal("conditional", result[0].Eligibility!.Verdict);
        Assert.DoesNotContain(result, s => Key(s) is "kamer" or "lievegem");
        Assert.Equal(3, result.Count);
    }

    [Fact]
    public void ByStartSalary_AllSeeds_ComparesTheKamerPerMonth()
    {
        var result = ComparisonTool.ByStartSalary(All, LoadedAt);

        Assert.Equal("kamer", Key(result[0]));
        Assert.Equal(4795.69m, result[0].StartSalary);
        Assert.Equal("lievegem", Key(result[1]));
    }

    [Fact]
    public void ByStartSalary_ScaleB1B3_IsHarelbekeThenKortrijk()
    {
        var result = ComparisonTool.ByStartSalary(All, LoadedAt, "B1-B3");

        Assert.Equal(["harelbeke", "kortrijk"], result.Select(Key));
    }

    [Fact]
    public void ContactFor_AntwerpenSalary_IsTheHrContact()
    {
        var result = LookupTool.ContactFor(Seed("provincie-antwerpen"), "salary");

        Assert.Equal("Birgit Baats", result!.Name);
    }

    [Fact]
    public void Benefits_KortrijkMealVouchers_AreSevenFifty()
    {
        var result = LookupTool.Benefits(Seed("kortrijk"), "meal-vouchers");

        Assert.Equal(7.5m, Assert.Single(result).Amount);
    }
}
