using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests.Staff;

/// <summary><c>GET /api/staff/search</c> on the seed knowledge at the test clock (1 December 2025, 10:00 UTC).</summary>
public sealed class StaffSearchEndpointTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private const string Harelbeke = "harelbeke-deskundige-externe-communicatie";

    [Fact]
    public async Task Search_SeedVacancyName_ReturnsItsFactCardsWithQuotes()
    {
        var body = await SearchAsync("harelbeke");

        Assert.Equal(Harelbeke, body.GetProperty("selectedVacancyId").GetString());
        Assert.Equal(Harelbeke, body.GetProperty("vacancies")[0].GetProperty("id").GetString());
        var facts = body.GetProperty("facts");
        var deadline = facts.GetProperty("deadline");
        Assert.Equal("open", deadline.GetProperty("status").GetString());
        Assert.Equal("2025-12-14", deadline.GetProperty("lastDay").GetString());
        Assert.Equal(13, deadline.GetProperty("daysLeft").GetInt32());
        Assert.Contains("tot en met 14 december 2025", Quote(deadline), StringComparison.Ordinal);
        var route = facts.GetProperty("diploma").GetProperty("routes")[0];
        Assert.Equal("bachelor", route.GetProperty("diploma").GetString());
        Assert.Contains("bachelordiploma", Quote(route), StringComparison.Ordinal);
        var salary = facts.GetProperty("salary");
        Assert.Equal(3123.31m, salary.GetProperty("min").GetDecimal());
        Assert.Equal("month", salary.GetProperty("period").GetString());
        Assert.Contains("3.123", Quote(salary), StringComparison.Ordinal);
        var test = facts.GetProperty("nextTest");
        Assert.True(test.GetProperty("upcoming").GetBoolean());
        Assert.Equal("2025-12-15", test.GetProperty("next").GetProperty("date").GetString());
        Assert.Contains("15 december 2025", Quote(test), StringComparison.Ordinal);
        Assert.True(test.GetProperty("later").GetArrayLength() > 0);
        var contact = facts.GetProperty("contact");
        Assert.Equal("personeel@harelbeke.be", contact.GetProperty("email").GetString());
        Assert.Contains("personeel@harelbeke.be", Quote(contact), StringComparison.Ordinal);
        Assert.All(body.GetProperty("passages").EnumerateArray(), p => Assert.Equal(Harelbeke, p.GetProperty("vacancyId").GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("answer").ValueKind);
    }

    [Fact]
    public async Task Search_PrefixWhileTyping_FindsTheVacancy()
    {
        var body = await SearchAsync("harelb");

        Assert.Equal(Harelbeke, body.GetProperty("selectedVacancyId").GetString());
    }

    [Fact]
    public async Task Search_Question_IncludesTheAssistantsAnswerAndFocus()
    {
        var body = await SearchAsync("tot wanneer kan ik solliciteren in harelbeke");

        Assert.Equal(Harelbeke, body.GetProperty("selectedVacancyId").GetString());
        Assert.Equal("deadline", body.GetProperty("focus").GetString());
        var answer = body.GetProperty("answer");
        Assert.Equal("deadline", answer.GetProperty("intent").GetString());
        Assert.Contains("14 december 2025", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(answer.GetProperty("citations").EnumerateArray());
    }

    [Fact]
    public async Task Search_SelectedVacancy_ShowsThatOneAndAnswersAboutIt()
    {
        const string Provincie = "provincie-antwerpen-communicatiemedewerker-lokale-besturen";
        var body = await SearchAsync("tot wanneer solliciteren", Provincie);

        Assert.Equal(Provincie, body.GetProperty("selectedVacancyId").GetString());
        Assert.Equal("2026-02-01", body.GetProperty("facts").GetProperty("deadline").GetProperty("lastDay").GetString());
        Assert.Contains("1 februari 2026", body.GetProperty("answer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("03 240 54 53", body.GetProperty("facts").GetProperty("contact").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Search_NothingMatches_ReturnsNoVacancyAndNoCards()
    {
        var body = await SearchAsync("zzqxv");

        Assert.Equal(0, body.GetProperty("vacancies").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("facts").ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20")]
    public async Task Search_EmptyQuery_Is400Problem(string q)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/api/staff/search?q=" + q);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_OverlongQuery_Is400Problem()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/api/staff/search?q=" + new string('a', 301));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Search_UnknownVacancyId_Is404Problem()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/api/staff/search?q=deadline&vacancy=no-such-vacancy");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("no vacancy", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static string Quote(JsonElement fact) => fact.GetProperty("citation").GetProperty("quote").GetString() ?? "";

    private async Task<JsonElement> SearchAsync(string q, string? vacancy = null)
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync("/api/staff/search?q=" + Uri.EscapeDataString(q) + (vacancy is null ? "" : "&vacancy=" + vacancy));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Server-Timing"));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
