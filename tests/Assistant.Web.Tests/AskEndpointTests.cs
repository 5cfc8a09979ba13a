using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests;

public sealed class AskEndpointTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private const string Question = "Tot wanneer kan ik solliciteren in Harelbeke?";

    [Fact]
    public async Task Get_Question_ReturnsAnswerContract()
    {
        using var client = fixture.Host.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/ask?q=" + Uri.EscapeDataString(Question) + "&now=2025-12-01T10:00:00Z");

        AssertContract(body);
        Assert.Contains("14 december 2025", body.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_Question_ReturnsAnswerContract()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question = Question, vacancy = "harelbeke-deskundige-externe-communicatie", now = "2025-12-01T10:00:00Z", channel = "web" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        AssertContract(body);
        Assert.Contains("harelbeke-deskundige-externe-communicatie", body.GetProperty("vacancyIds").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Get_EmptyQuestion_Is400Problem()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/api/ask?q=%20");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_MalformedJson_Is400()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsync("/api/ask", new StringContent("{nope", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_KeyRequiredAndNoKey_Is403_WithKey_Is200()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Staff:AllowLoopback"] = "false", ["Assistant:Staff:AccessKey"] = "staff-secret" });
        using var client = host.CreateClient();
        var url = "/api/ask?q=" + Uri.EscapeDataString(Question);

        using var without = await client.GetAsync(url);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, url);
        wrong.Headers.Add("X-Access-Key", "guess");
        using var wrongResponse = await client.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Get, url);
        right.Headers.Add("X-Access-Key", "staff-secret");
        using var rightResponse = await client.SendAsync(right);

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightResponse.StatusCode);
    }

    private static void AssertContract(JsonElement body)
    {
        foreach (var name in new[] { "text", "language", "intent", "vacancyIds", "source", "verdict", "citations", "suggestedActions", "facts" })
        {
            Assert.True(body.TryGetProperty(name, out _), $"missing '{name}'");
        }
    }
}
