using System.Text.Json;
using Assistant.Core.Facts;
using Assistant.Core.Json;

namespace Assistant.Core.Tests.Json;

public sealed class FactsJsonTests
{
    [Fact]
    public void Serialize_Deadline_UsesContractFormats()
    {
        var sut = new Deadline(new DateOnly(2025, 10, 26), new TimeOnly(23, 59), true, false, new Citation("kamer", "vacancy.txt", "Hoe reageren?", "…", 1, 2));
        var json = JsonSerializer.Serialize(sut, FactsJson.Compact);
        Assert.Contains("\"date\":\"2025-10-26\"", json, StringComparison.Ordinal);
        Assert.Contains("\"time\":\"23:59\"", json, StringComparison.Ordinal);
        Assert.Contains("\"inclusive\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"citation\":{\"vacancyId\":\"kamer\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_VacancyFacts_KeepsEnumsAsCamelCaseStrings()
    {
        var facts = new VacancyFacts
        {
            Id = "x",
            Requirements = new Requirements { Routes = [new AdmissionRoute { Id = "r", Diploma = DiplomaLevel.Bachelor, Citation = new Citation("x", "d", "s", "q", 0, 1) }] },
            Salary = new Salary { Period = SalaryPeriod.Year },
        };
        var json = JsonSerializer.Serialize(facts, FactsJson.Compact);
        Assert.Contains("\"diploma\":\"bachelor\"", json, StringComparison.Ordinal);
        Assert.Contains("\"period\":\"year\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<VacancyFacts>(json, FactsJson.Options)!;
        Assert.Equal(DiplomaLevel.Bachelor, back.Requirements.Routes[0].Diploma);
    }
}
