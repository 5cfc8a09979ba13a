using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Web.Tests.DirectLine;

public sealed class DirectLineTokenTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private DirectLineClient Client => new(fixture.Host);

    [Fact]
    public async Task Generate_LoopbackWithoutSecretConfigured_ReturnsTokenForANewConversation()
    {
        var body = await Client.GenerateAsync();

        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task Generate_SecretConfigured_RequiresIt()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:DirectLine:Secret"] = "dl-secret" });
        var sut = new DirectLineClient(host);

        using var without = await sut.SendAsync(HttpMethod.Post, "/tokens/generate", null);
        using var wrong = await sut.SendAsync(HttpMethod.Post, "/tokens/generate", "guess");
        var right = await sut.GenerateAsync("dl-secret");
        using var tokenAsSecret = await sut.SendAsync(HttpMethod.Post, "/tokens/generate", right.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tokenAsSecret.StatusCode);
        Assert.False(string.IsNullOrEmpty(right.GetProperty("token").GetString()));
    }

    [Fact]
    public async Task Refresh_ValidToken_ReturnsNewTokenForSameConversation()
    {
        var generated = await Client.GenerateAsync();
        var token = generated.GetProperty("token").GetString();

        var refreshed = await Client.JsonAsync(HttpMethod.Post, "/tokens/refresh", token);

        Assert.Equal(generated.GetProperty("conversationId").GetString(), refreshed.GetProperty("conversationId").GetString());
        Assert.NotEqual(token, refreshed.GetProperty("token").GetString());
        Assert.Equal(1800, refreshed.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task Token_Tampered_Is403_Missing_Is401()
    {
        var (conversation, token, _) = await Client.StartAsync();

        using var tampered = await Client.SendAsync(HttpMethod.Get, $"/conversations/{conversation}/activities", token[..^2] + "xx");
        using var missing = await Client.SendAsync(HttpMethod.Get, $"/conversations/{conversation}/activities", null);

        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
    }

    [Fact]
    public async Task Token_Expired_Is403_AndConversationLaterEnds404()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:DirectLine:Secret"] = "dl-secret" });
        var sut = new DirectLineClient(host);
        var generated = await sut.GenerateAsync("dl-secret");
        var token = generated.GetProperty("token").GetString();
        var conversation = generated.GetProperty("conversationId").GetString();
        var clock = (FakeTimeProvider)host.Services.GetRequiredService<TimeProvider>();

        clock.Advance(TimeSpan.FromMinutes(31));
        using var expired = await sut.SendAsync(HttpMethod.Post, "/tokens/refresh", token);
        using var stillThere = await sut.SendAsync(HttpMethod.Get, $"/conversations/{conversation}/activities", "dl-secret");
        clock.Advance(TimeSpan.FromMinutes(31));
        using var ended = await sut.SendAsync(HttpMethod.Get, $"/conversations/{conversation}/activities", "dl-secret");

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ended.StatusCode);
    }
}
