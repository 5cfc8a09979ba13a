using System.Text.Json;
using Assistant.Web.Messages;
using Newtonsoft.Json.Linq;
using Sdk = Microsoft.Bot.Schema;

namespace Assistant.Web.Tests.Messages;

/// <summary>The bridge between the Direct Line server's JSON types and the SDK's activity, and the SDK's wire JSON.</summary>
public sealed class BotJsonTests
{
    private const string DirectLineJson = """
        {"type":"message","id":"c1|0000001","timestamp":"2025-12-01T10:00:00Z","channelId":"directline","serviceUrl":"http://127.0.0.1:5000/v3/directline/",
         "from":{"id":"dl_u","role":"user"},"recipient":{"id":"bot","role":"bot"},"conversation":{"id":"c1"},"locale":"fr-BE","text":"bonjour",
         "channelData":{"clientActivityID":"abc","vacancyId":"v-1"},"futureField":{"nested":[1,2]}}
        """;

    [Fact]
    public void FromDirectLine_KeepsAddressingTextChannelDataAndUnknownFields()
    {
        var sdk = BotJson.FromDirectLine(Assistant.BotFramework.Schema.ActivityJson.Deserialize(DirectLineJson)!);

        Assert.Equal("message", sdk.Type);
        Assert.Equal("c1|0000001", sdk.Id);
        Assert.Equal("dl_u", sdk.From.Id);
        Assert.Equal("c1", sdk.Conversation.Id);
        Assert.Equal("fr-BE", sdk.Locale);
        Assert.Equal("v-1", ConversationKeys.StringAt(sdk.ChannelData, "vacancyId"));
        Assert.Equal(2, sdk.Properties["futureField"]!["nested"]!.Count());
    }

    [Fact]
    public void ToDirectLine_OfAReply_WritesNoNullsOrEmptyStrings()
    {
        var reply = ReplyBuilder.Text("Het antwoord");
        reply.From = new Sdk.ChannelAccount("bot");
        reply.Conversation = new Sdk.ConversationAccount(id: "c1");

        var json = Assistant.BotFramework.Schema.ActivityJson.Serialize(BotJson.ToDirectLine(reply));

        using var doc = JsonDocument.Parse(json);
        Assert.Equal("Het antwoord", doc.RootElement.GetProperty("text").GetString());
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OmitsNulls()
    {
        var json = BotJson.Write(new Sdk.Activity { Type = "typing" });

        Assert.Equal("typing", JObject.Parse(json)["type"]!.Value<string>());
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_EmptyText_IsNoTextAtAll() => Assert.Null(ReplyBuilder.Text("").Text);
}
