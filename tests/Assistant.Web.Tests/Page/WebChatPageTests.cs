using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests.Page;

/// <summary>The page at <c>/</c> and its token endpoint, over HTTP.</summary>
public sealed class WebChatPageTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Root_ServesTheDutchPage_WithWebChatAndTheAppScript()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("src=\"lib/webchat.js\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"js/app.js\"", html, StringComparison.Ordinal);
        using var script = await client.GetAsync(new Uri("/js/app.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task TokenEndpoint_IssuesADirectLineToken_ThatStartsItsConversation()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/webchat/token", UriKind.Relative), new { vacancy = "harelbeke-deskundige-externe-communicatie" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString();
        var conversationId = body.GetProperty("conversationId").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        Assert.False(string.IsNullOrEmpty(conversationId));
        Assert.Equal("harelbeke-deskundige-externe-communicatie", body.GetProperty("vacancyId").GetString());
        Assert.Equal("Deskundige Externe Communicatie", body.GetProperty("vacancyTitle").GetString());
        Assert.False(body.GetProperty("vacancyNotFound").GetBoolean());

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new { locale = "nl-NL" }) };
        start.Headers.Authorization = new("Bearer", token);
        using var started = await client.SendAsync(start);
        // The token endpoint already started the conversation with the page's vacancy (its welcome names it): 200, not 201.
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(conversationId, (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString());
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        read.Headers.Authorization = new("Bearer", token);
        using var activities = await client.SendAsync(read);
        var welcome = Assert.Single((await activities.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities").EnumerateArray());
        Assert.StartsWith("Je bekijkt de vacature Deskundige Externe Communicatie", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenEndpoint_NoVacancy_LeavesTheStartToWebChat()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/webchat/token", UriKind.Relative), new { });
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new { locale = "en-US" }) };
        start.Headers.Authorization = new("Bearer", token);
        using var started = await client.SendAsync(start);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }

    [Fact]
    public async Task TokenEndpoint_DropsAMalformedVacancy_AndRejectsBadJson()
    {
        using var client = fixture.Host.CreateClient();
        using var odd = await client.PostAsJsonAsync(new Uri("/api/webchat/token", UriKind.Relative), new { vacancy = "<script>" });
        Assert.Equal(JsonValueKind.Null, (await odd.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("vacancyId").ValueKind);

        using var bad = await client.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task TokenEndpoint_UnknownVacancy_IsReportedAndNotPassedOn()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/webchat/token", UriKind.Relative), new { vacancy = "gemeente-nergens-tuinier-1999" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("vacancyNotFound").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("vacancyId").ValueKind);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
    }
}
