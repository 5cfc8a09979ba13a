using System.Net;
using System.Text.Json;

namespace Assistant.Web.Tests.Channels;

/// <summary>Teams specifics on /api/messages: tenants, welcomes per conversation type, shared conversations.</summary>
public sealed class TeamsConversationTests(WebHostFixture fixture) : IClassFixture<WebHostFixture>
{
    private const string Question = "Tot wanneer kan ik solliciteren in Harelbeke?";

    [Fact]
    public async Task TenantNotAllowed_Is403AndNothingAnswered_AllowedTenantIsAnswered()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Teams:AllowedTenants:0"] = "tenant-allowed" });

        using var refused = await host.PostActivityAsync(Activities.Json(Teams("personal", Activities.NewConversation(), "aad-1", "tenant-other", Question)));
        var allowed = await host.RepliesAsync(Teams("personal", Activities.NewConversation(), "aad-1", "TENANT-ALLOWED", Question));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("tenant", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("14 december 2025", TeamsReplies.Answer(allowed).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantAllowList_DoesNotApplyToOtherChannels()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Teams:AllowedTenants:0"] = "tenant-allowed" });

        var replies = await host.RepliesAsync(Activities.Message(Activities.NewConversation(), Question));

        Assert.Single(replies);
    }

    [Fact]
    public async Task PersonalInstall_InstallationUpdateAndConversationUpdate_WelcomeOnce()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        var first = await fixture.Host.RepliesAsync(Installation(conversation, "personal"));
        var second = await fixture.Host.RepliesAsync(BotAdded(conversation, "personal"));

        Assert.StartsWith("Welkom", Assert.Single(first).GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Channel_BotAddedWelcomes_ColleagueAddedDoesNot()
    {
        var conversation = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2";

        var botAdded = await fixture.Host.RepliesAsync(BotAdded(conversation, "channel"));
        var colleagueAdded = await fixture.Host.RepliesAsync(ColleagueAdded(conversation, "channel"));

        Assert.Single(botAdded);
        Assert.Empty(colleagueAdded);
    }

    [Fact]
    public async Task GroupChat_EachColleagueHasTheirOwnContext()
    {
        var conversation = "19:" + Guid.NewGuid().ToString("N") + "@thread.v2";
        await fixture.Host.RepliesAsync(Teams("groupChat", conversation, "aad-alice", "tenant-1", "<at>Vacaturebot</at> " + Question));

        var alice = await fixture.Host.RepliesAsync(Teams("groupChat", conversation, "aad-alice", "tenant-1", "<at>Vacaturebot</at> en wat is het salaris?"));
        var bob = await fixture.Host.RepliesAsync(Teams("groupChat", conversation, "aad-bob", "tenant-1", "<at>Vacaturebot</at> en wat is het salaris?"));

        var aliceReply = TeamsReplies.Answer(alice);
        var bobReply = TeamsReplies.Answer(bob);
        Assert.True(aliceReply.TryGetProperty("entities", out _), "Alice's follow-up is answered from her vacancy, with a citation");
        Assert.NotEqual(aliceReply.GetProperty("text").GetString(), bobReply.GetProperty("text").GetString());
        Assert.Equal(conversation, bobReply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("aad-bob", bobReply.GetProperty("recipient").GetProperty("aadObjectId").GetString());
    }

    private static object Teams(string type, string conversation, string aadUser, string tenant, string text) => new
    {
        type = "message",
        id = "1700000000" + Random.Shared.Next(100, 999),
        channelId = "msteams",
        serviceUrl = "http://127.0.0.1:1/",
        deliveryMode = "expectReplies",
        from = new { id = "29:" + aadUser, aadObjectId = aadUser },
        recipient = new { id = "28:bot", name = "Vacaturebot" },
        conversation = new { id = conversation, conversationType = type, isGroup = type != "personal", tenantId = tenant },
        channelData = new { tenant = new { id = tenant } },
        locale = "nl-BE",
        text,
        entities = new[] { new { type = "mention", mentioned = new { id = "28:bot", name = "Vacaturebot" }, text = "<at>Vacaturebot</at>" } },
    };

    private static object Installation(string conversation, string type) => new
    {
        type = "installationUpdate",
        id = "f:1",
        action = "add",
        channelId = "msteams",
        serviceUrl = "http://127.0.0.1:1/",
        deliveryMode = "expectReplies",
        from = new { id = "29:u", aadObjectId = "aad-u" },
        recipient = new { id = "28:bot" },
        conversation = new { id = conversation, conversationType = type, tenantId = "tenant-1" },
        channelData = new { tenant = new { id = "tenant-1" } },
        locale = "nl-BE",
    };

    private static object BotAdded(string conversation, string type) => Update(conversation, type, "28:bot");

    private static object ColleagueAdded(string conversation, string type) => Update(conversation, type, "29:colleague");

    private static object Update(string conversation, string type, string added) => new
    {
        type = "conversationUpdate",
        id = "f:2",
        channelId = "msteams",
        serviceUrl = "http://127.0.0.1:1/",
        deliveryMode = "expectReplies",
        from = new { id = "29:u", aadObjectId = "aad-u" },
        recipient = new { id = "28:bot" },
        conversation = new { id = conversation, conversationType = type, isGroup = type != "personal", tenantId = "tenant-1" },
        channelData = new { tenant = new { id = "tenant-1" }, eventType = "teamMemberAdded" },
        membersAdded = new[] { new { id = added } },
    };
}
