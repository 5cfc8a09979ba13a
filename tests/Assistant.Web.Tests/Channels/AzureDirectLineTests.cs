using System.Net;
using System.Text.Json;
using Assistant.BotFramework.Connector;
using Assistant.BotFramework.Tests.Auth;
using Assistant.BotFramework.Tests.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Web.Tests.Channels;

/// <summary>
/// The same bot behind Azure's Direct Line (what the page gets when Web Chat points at Azure instead of our endpoint):
/// channel "directline", signed channel tokens, replies through the connector with the bot's token.
/// </summary>
public sealed class AzureDirectLineTests(MetadataServer metadata) : IClassFixture<MetadataServer>
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "99999999-8888-7777-6666-555555555555";

    [Fact]
    public async Task SignedActivities_AreWelcomedAndAnswered_AndRepliesCarryTheBotToken()
    {
        using var connector = new ConnectorServer();
        using var host = Host();
        var serviceUrl = connector.BaseUrl + "/";
        var conversation = "DL" + Guid.NewGuid().ToString("N")[..10] + "-eu";

        using var update = await host.PostActivityAsync(Activities.Json(Activity(conversation, serviceUrl, "conversationUpdate", null)), Token(serviceUrl));
        using var message = await host.PostActivityAsync(
            Activities.Json(Activity(conversation, serviceUrl, "message", "tot wanneer kan ik solliciteren?", new { vacancyId = "harelbeke-deskundige-externe-communicatie" })),
            Token(serviceUrl));

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        var sent = connector.Requests.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.Equal($"/v3/conversations/{conversation}/activities", sent[0].RawUrl);
        Assert.Equal($"/v3/conversations/{conversation}/activities/{conversation}|0000001", sent[1].RawUrl.Replace("%7C", "|", StringComparison.Ordinal));
        Assert.All(sent, r => Assert.Equal("Bearer bot-token", r.Authorization));
        var answer = JsonDocument.Parse(sent[1].Body).RootElement;
        Assert.Equal("directline", answer.GetProperty("channelId").GetString());
        Assert.Contains("14 december 2025", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsignedActivity_Is401_AndNothingIsSent()
    {
        using var connector = new ConnectorServer();
        using var host = Host();

        using var response = await host.PostActivityAsync(Activities.Json(Activity("DLx", connector.BaseUrl + "/", "message", "hallo")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    private WebHost Host() => new(
        new Dictionary<string, string?>
        {
            ["Assistant:Bot:MicrosoftAppId"] = AppId,
            ["Assistant:Bot:MicrosoftAppTenantId"] = Tenant,
            ["Assistant:Bot:MicrosoftAppPassword"] = "secret",
            ["Assistant:Bot:ChannelOpenIdMetadataUrl"] = metadata.ChannelMetadataUrl,
            ["Assistant:Bot:EntraMetadataUrlTemplate"] = metadata.EntraTemplate,
            ["Assistant:Bot:RequireHttpsMetadata"] = "false",
        },
        services => services.AddSingleton<IConnectorTokenProvider>(new StaticToken()));

    private string Token(string serviceUrl) => "Bearer " + new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://api.botframework.com",
        Audience = AppId,
        NotBefore = WebHost.Now.AddMinutes(-5).UtcDateTime,
        Expires = WebHost.Now.AddHours(1).UtcDateTime,
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        SigningCredentials = metadata.Credentials("plain"),
    });

    private static object Activity(string conversation, string serviceUrl, string type, string? text, object? channelData = null) => new
    {
        type,
        id = type == "message" ? conversation + "|0000001" : conversation + "|0000000",
        channelId = "directline",
        serviceUrl,
        from = new { id = "dl_user-1", name = "" },
        recipient = new { id = "vacaturebot@abc", name = "Vacaturebot" },
        conversation = new { id = conversation },
        membersAdded = type == "conversationUpdate" ? new[] { new { id = "vacaturebot@abc" }, new { id = "dl_user-1" } } : null,
        locale = "nl-BE",
        text,
        channelData,
    };

    private sealed class StaticToken : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>("bot-token");
    }
}
