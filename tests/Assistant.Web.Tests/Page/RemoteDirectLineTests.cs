using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Web.Tests.DirectLine;

namespace Assistant.Web.Tests.Page;

/// <summary>
/// The page pointed at another Direct Line service (as with Azure's): the page's backend gets the token there with the
/// secret and tells the page the domain. A second host's Direct Line endpoint stands in for that service.
/// </summary>
public sealed class RemoteDirectLineTests
{
    [Fact]
    public async Task Token_ComesFromTheConfiguredDirectLineService_AndWorksThere()
    {
        const string secret = "remote-secret-0123456789abcdef";
        using var remote = new WebHost(new Dictionary<string, string?> { ["Assistant:DirectLine:Secret"] = secret });
        var remoteUrl = DirectLineClient.BaseAddress(remote) + "/v3/directline";
        using var site = new WebHost(new Dictionary<string, string?>
        {
            ["Assistant:WebChat:DirectLineUrl"] = remoteUrl,
            ["Assistant:WebChat:DirectLineSecret"] = secret,
        });
        using var client = site.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/webchat/token", UriKind.Relative), new { vacancy = "harelbeke-deskundige-externe-communicatie" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(remoteUrl, body.GetProperty("domain").GetString());
        Assert.Equal("Deskundige Externe Communicatie", body.GetProperty("vacancyTitle").GetString());
        var token = body.GetProperty("token").GetString();
        var started = await new DirectLineClient(remote).JsonAsync(HttpMethod.Post, "/conversations", token, new { locale = "nl-BE" }, HttpStatusCode.Created);
        Assert.Equal(body.GetProperty("conversationId").GetString(), started.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task ServiceRefusesOrIsDown_Is502Problem()
    {
        using var remote = new WebHost(new Dictionary<string, string?> { ["Assistant:DirectLine:Secret"] = "the-right-secret-0123456789" });
        using var site = new WebHost(new Dictionary<string, string?>
        {
            ["Assistant:WebChat:DirectLineUrl"] = DirectLineClient.BaseAddress(remote) + "/v3/directline",
            ["Assistant:WebChat:DirectLineSecret"] = "a-wrong-secret-0123456789",
        });
        using var client = site.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/webchat/token", UriKind.Relative), new { });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("http://directline.example.org/v3/directline", "secret")]
    [InlineData("https://directline.example.org/v3/directline", null)]
    public void BadConfiguration_IsRefusedWithAClearMessage(string url, string? secret)
    {
        // The validation the host runs at start (ValidateDataAnnotations().ValidateOnStart()); run directly, because a host
        // that fails to start reports it through WebApplicationFactory either as this failure or as a disposed host.
        var options = new Assistant.Web.Page.WebChatOptions { DirectLineUrl = url, DirectLineSecret = secret };
        var result = new Microsoft.Extensions.Options.DataAnnotationValidateOptions<Assistant.Web.Page.WebChatOptions>(null).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Assistant:WebChat:DirectLine", result.FailureMessage, StringComparison.Ordinal);
    }
}
