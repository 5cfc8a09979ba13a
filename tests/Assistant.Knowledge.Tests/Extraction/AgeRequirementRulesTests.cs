using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Age conditions read by their parts: bound, range, day counted on, and the job they are for.</summary>
public class AgeRequirementRulesTests
{
    private static IReadOnlyList<GeneralRequirement> Ages(string requirements) =>
        [.. TestKnowledge.FromText($"Vacature jobstudenten\n\nVoorwaarden\n\n- Je hebt geen diploma nodig.\n{requirements}").Requirements.General.Where(g => g.Kind is "min-age" or "max-age")];

    [Theory]
    [InlineData("- Je bent tussen 16 en 25 jaar oud.", "16", "25")]
    [InlineData("- Je leeftijd ligt tussen 15 en 21 jaar.", "15", "21")]
    [InlineData("- Leeftijd: van 17 tot 26 jaar.", "17", "26")]
    public void Find_Range_GivesBothBounds(string line, string min, string max)
    {
        var ages = Ages(line);

        Assert.Contains(ages, g => g.Kind == "min-age" && g.Value == min);
        Assert.Contains(ages, g => g.Kind == "max-age" && g.Value == max);
    }

    [Theory]
    [InlineData("- Je bent jonger dan 26 jaar.", "25")]
    [InlineData("- Maximumleeftijd: 24 jaar.", "24")]
    public void Find_UpperBound_IsAMaximumAge(string line, string max)
    {
        Assert.Contains(Ages(line), g => g.Kind == "max-age" && g.Value == max);
    }

    [Theory]
    [InlineData("\nJe komt niet in aanmerking als ...\n- je op de dag van indiensttreding jonger bent dan 21 jaar;\n- je geen rijbewijs B hebt.", "min-age", "21")]
    [InlineData("- Kandidaten die jonger zijn dan 19 jaar op de sluitingsdatum komen niet in aanmerking.", "min-age", "19")]
    [InlineData("- Uitgesloten: wie ouder is dan 55 jaar bij de aanwerving.", "max-age", "55")]
    [InlineData("\nYou are not eligible if:\n- you are younger than 18 years on the closing date.", "min-age", "18")]
    public void Find_AgeThatExcludes_IsTheOppositeBound(string lines, string kind, string years)
    {
        var age = Assert.Single(Ages(lines));

        Assert.Equal((kind, years), (age.Kind, age.Value));
    }

    [Fact]
    public void Find_LeadLineWithAgesPerJob_GivesOneConditionPerJobOnTheLeadDate()
    {
        var ages = Ages("\nLeeftijd op 1 augustus 2031:\n- afwas en keuken: minimum 15 jaar\n- strandwacht: minimum 18 jaar");

        Assert.Contains(ages, g => g.Value == "15" && g.Job == "afwas en keuken" && g.OnDate == "2031-08-01");
        Assert.Contains(ages, g => g.Value == "18" && g.Job == "strandwacht" && g.OnDate == "2031-08-01");
    }

    [Fact]
    public void Find_AgeOnTheFirstWorkday_KeepsThatDay()
    {
        var age = Assert.Single(Ages("- Je bent 16 jaar of ouder op je eerste werkdag."));

        Assert.Equal(("min-age", "16", "first-workday"), (age.Kind, age.Value, age.OnDate));
    }

    [Theory]
    [InlineData("- Je werkt met jongeren tussen 14 en 18 jaar.")]
    [InlineData("- Je hebt minstens 18 jaar ervaring.")]
    [InlineData("- Je begeleidt kinderen vanaf 15 jaar.")]
    public void Find_AgesOfOthersOrYearsOfExperience_AreNoCondition(string line)
    {
        Assert.Empty(Ages(line));
    }

    [Fact]
    public void Find_AgesPerJob_AreListedForLint()
    {
        var facts = TestKnowledge.FromText("Vacature jobstudenten\n\nVoorwaarden\n\nLeeftijd op 1 juli 2031:\n- onthaal: minimum 16 jaar\n- nachtwacht: minimum 21 jaar");

        Assert.Contains(facts.Notes, n => n.Field == "requirements.general.age" && n.Severity == "inferred" && n.Message.Contains("nachtwacht", StringComparison.Ordinal));
    }
}
