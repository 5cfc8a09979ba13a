using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.DirectLine;

/// <summary>Raw Direct Line 3.0 calls against a <see cref="WebHost"/>.</summary>
public sealed class DirectLineClient(WebHost host)
{
    public const string Question = "Tot wanneer kan ik solliciteren in Harelbeke?";

    /// <summary>The host's real address, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public static string BaseAddress(WebHost host) =>
        host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(method, "/v3/directline" + path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, string? bearer, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await SendAsync(method, path, bearer, body);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>generate (loopback, no secret configured): <c>{conversationId, token, expires_in}</c>.</summary>
    public Task<JsonElement> GenerateAsync(string? secret = null, object? body = null) => JsonAsync(HttpMethod.Post, "/tokens/generate", secret, body ?? new { user = new { id = "dl_test-user" } });

    /// <summary>generate + start: the token of the started conversation and the start response.</summary>
    public async Task<(string ConversationId, string Token, JsonElement Start)> StartAsync()
    {
        var generated = await GenerateAsync();
        var start = await JsonAsync(HttpMethod.Post, "/conversations", generated.GetProperty("token").GetString(), new { locale = "nl-BE" }, HttpStatusCode.Created);
        return (start.GetProperty("conversationId").GetString()!, start.GetProperty("token").GetString()!, start);
    }

    public Task<JsonElement> PollAsync(string conversationId, string token, string watermark = "") =>
        JsonAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark={watermark}", token);

    /// <summary>Posts <see cref="Question"/> and returns the whole conversation (welcome, echo, replies).</summary>
    public async Task<JsonElement> PostAndPollAsync(string conversationId, string token)
    {
        await JsonAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, Message(Question, "c-" + Guid.NewGuid().ToString("N")[..6]));
        return await PollAsync(conversationId, token);
    }

    public static object Message(string text, string clientActivityId) => new
    {
        type = "message",
        from = new { id = "dl_test-user", name = "Kandidaat", role = "user" },
        text,
        locale = "nl-BE",
        channelData = new { clientActivityID = clientActivityId },
    };
}
