using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.BotFramework.Schema;

namespace Assistant.BotFramework.Tests.Schema;

public sealed class ActivityJsonTests
{
    private const string Inbound = """
        {
          "type": "message", "id": "a1", "timestamp": "2025-06-01T10:00:00.123Z",
          "channelId": "msteams", "serviceUrl": "https://smba.example/emea/",
          "from": {"id": "29:user", "name": "Ann", "aadObjectId": "oid-1", "role": "user", "extraFrom": {"x": 1}},
          "recipient": {"id": "28:bot", "name": "Bot"},
          "conversation": {"id": "team;messageid=1", "isGroup": true, "conversationType": "channel", "tenantId": "t1", "extraConv": "keep"},
          "locale": "nl-BE", "text": "hallo",
          "entities": [{"type": "clientInfo", "locale": "nl-BE", "platform": "Web", "nested": {"a": [1, 2]}}],
          "channelData": {"tenant": {"id": "t1"}, "eventType": null, "list": [1, "two", {"three": 3}]},
          "value": {"action": "apply", "vacancy": 42, "flag": true},
          "callerId": "urn:botframework:azure",
          "unknownTop": {"deep": [1, {"deeper": "yes"}]}
        }
        """;

    [Fact]
    public void RoundTrip_UnknownFieldsAtEveryLevel_ArePreserved()
    {
        var sut = ActivityJson.Deserialize(Inbound)!;

        var written = JsonNode.Parse(ActivityJson.Serialize(sut))!;

        Assert.Equal("yes", written["unknownTop"]!["deep"]![1]!["deeper"]!.GetValue<string>());
        Assert.Equal(1, written["from"]!["extraFrom"]!["x"]!.GetValue<int>());
        Assert.Equal("keep", written["conversation"]!["extraConv"]!.GetValue<string>());
        Assert.Equal(2, written["entities"]![0]!["nested"]!["a"]![1]!.GetValue<int>());
        Assert.Equal("Web", written["entities"]![0]!["platform"]!.GetValue<string>());
    }

    [Fact]
    public void RoundTrip_ValueAndChannelData_StayRawJson()
    {
        var sut = ActivityJson.Deserialize(Inbound)!;

        var written = JsonNode.Parse(ActivityJson.Serialize(sut))!;
        var original = JsonNode.Parse(Inbound)!;

        Assert.True(JsonNode.DeepEquals(original["value"], written["value"]));
        Assert.True(JsonNode.DeepEquals(original["channelData"], written["channelData"]));
        Assert.Equal(JsonValueKind.Object, sut.Value!.Value.ValueKind);
        Assert.Equal(42, sut.Value.Value.GetProperty("vacancy").GetInt32());
    }

    [Fact]
    public void Deserialize_CallerId_IsDiscarded()
    {
        var sut = ActivityJson.Deserialize(Inbound)!;

        Assert.False(sut.ExtensionData!.ContainsKey("callerId"));
        Assert.DoesNotContain("callerId", ActivityJson.Serialize(sut), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Serialize_NullsAndEmptyStrings_AreOmitted()
    {
        var sut = new Activity { Type = ActivityTypes.Message, Text = "", Id = null, From = new ChannelAccount { Id = "u", Name = "" } };

        var json = ActivityJson.Serialize(sut);

        Assert.Equal("""{"type":"message","from":{"id":"u"}}""", json);
    }

    [Fact]
    public void Serialize_PropertyNames_AreCamelCase()
    {
        var sut = new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = "r",
            ServiceUrl = "https://x/",
            Conversation = new ConversationAccount { Id = "c", IsGroup = false, ConversationType = "personal" },
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = ActionTypes.ImBack, Title = "Ja", Value = JsonSerializer.SerializeToElement("ja"), DisplayText = "Ja" }] },
        };

        var json = ActivityJson.Serialize(sut);

        Assert.Contains("\"replyToId\":\"r\"", json, StringComparison.Ordinal);
        Assert.Contains("\"serviceUrl\":", json, StringComparison.Ordinal);
        Assert.Contains("\"isGroup\":false", json, StringComparison.Ordinal);
        Assert.Contains("\"conversationType\":\"personal\"", json, StringComparison.Ordinal);
        Assert.Contains("\"suggestedActions\":{\"actions\":[{\"type\":\"imBack\",\"title\":\"Ja\",\"value\":\"ja\",\"displayText\":\"Ja\"}]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_PropertyNamesInAnyCase_AreRead()
    {
        var sut = ActivityJson.Deserialize("""{"TYPE":"message","ServiceURL":"https://x/","From":{"ID":"u"},"TEXT":"hi"}""")!;

        Assert.Equal(ActivityTypes.Message, sut.Type);
        Assert.Equal("https://x/", sut.ServiceUrl);
        Assert.Equal("u", sut.From!.Id);
        Assert.Equal("hi", sut.Text);
    }

    [Fact]
    public void Deserialize_UnknownActivityType_ParsesAsString()
    {
        var sut = ActivityJson.Deserialize("""{"type":"somethingNew","name":"x"}""")!;

        Assert.Equal("somethingNew", sut.Type);
        Assert.Equal("""{"type":"somethingNew","name":"x"}""", ActivityJson.Serialize(sut));
    }

    [Fact]
    public void Serialize_Timestamp_IsUtcWithZ()
    {
        var sut = new Activity { Timestamp = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(2)) };

        var json = ActivityJson.Serialize(sut);

        Assert.Equal("""{"timestamp":"2025-06-01T10:00:00.0000000Z"}""", json);
    }

    [Fact]
    public void Deserialize_AdaptiveCardAttachment_KeepsContentRaw()
    {
        const string json = """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hoi"}]}}]}""";

        var sut = ActivityJson.Deserialize(json)!;

        Assert.Equal("AdaptiveCard", sut.Attachments![0].Content!.Value.GetProperty("type").GetString());
        Assert.Equal(json, ActivityJson.Serialize(sut));
    }

    [Fact]
    public void Deserialize_ConversationUpdate_ReadsMembers()
    {
        var sut = ActivityJson.Deserialize("""{"type":"conversationUpdate","membersAdded":[{"id":"bot"},{"id":"u1","name":"Ann"}],"recipient":{"id":"bot"}}""")!;

        Assert.Equal(ActivityTypes.ConversationUpdate, sut.Type);
        Assert.Equal(["bot", "u1"], sut.MembersAdded!.Select(m => m.Id));
    }
}
