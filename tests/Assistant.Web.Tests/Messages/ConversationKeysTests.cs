using Assistant.Web.Messages;
using Newtonsoft.Json.Linq;
using Microsoft.Bot.Schema;

namespace Assistant.Web.Tests.Messages;

public sealed class ConversationKeysTests
{
    private static Activity Teams(string conversationType, object? channelData = null, string? conversationTenant = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        From = new ChannelAccount("29:user") { AadObjectId = "aad-1" },
        Conversation = new ConversationAccount(id: "19:thread", conversationType: conversationType, tenantId: conversationTenant),
        ChannelData = channelData is null ? null : JObject.FromObject(channelData),
    };

    [Fact]
    public void Of_PersonalChat_IsTheConversation() => Assert.Equal("msteams:19:thread", ConversationKeys.Of(Teams("personal")));

    [Fact]
    public void Of_ChannelThread_IsPerColleague() => Assert.Equal("msteams:19:thread|aad-1", ConversationKeys.Of(Teams("channel")));

    [Fact]
    public void TenantId_FromTeamsChannelData_ElseFromTheConversation()
    {
        Assert.Equal("t-data", ConversationKeys.TenantId(Teams("personal", new { tenant = new { id = "t-data" } }, "t-conv")));
        Assert.Equal("t-conv", ConversationKeys.TenantId(Teams("personal", null, "t-conv")));
        Assert.Equal("t-conv", ConversationKeys.TenantId(Teams("personal", new { tenant = "not an object" }, "t-conv")));
    }

    [Fact]
    public void Locale_ActivityLocale_ElseClientInfoEntity()
    {
        var activity = Teams("personal");
        activity.Entities = [new Entity("clientInfo") { Properties = new JObject { ["locale"] = "en-GB" } }];

        Assert.Equal("en-GB", ConversationKeys.Locale(activity));
        activity.Locale = "nl-BE";
        Assert.Equal("nl-BE", ConversationKeys.Locale(activity));
    }
}
