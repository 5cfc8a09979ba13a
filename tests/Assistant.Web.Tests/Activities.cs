namespace Assistant.Web.Tests;

/// <summary>Inbound activities as a channel would send them.</summary>
public static class Activities
{
    public static object Message(string conversation, string? text, string? deliveryMode = "expectReplies", object? value = null, object? channelData = null, string channelId = "webchat") => new
    {
        type = "message",
        id = "act-" + Guid.NewGuid().ToString("N")[..8],
        channelId,
        serviceUrl = "http://127.0.0.1:1/",
        from = new { id = "user-1", name = "Kandidaat" },
        recipient = new { id = "bot-1", name = "Vacaturebot" },
        conversation = new { id = conversation },
        locale = "nl-BE",
        text,
        value,
        channelData,
        deliveryMode,
    };

    public static object ConversationUpdate(string conversation) => new
    {
        type = "conversationUpdate",
        id = "cu-1",
        channelId = "webchat",
        serviceUrl = "http://127.0.0.1:1/",
        from = new { id = "user-1" },
        recipient = new { id = "bot-1" },
        conversation = new { id = conversation },
        membersAdded = new[] { new { id = "bot-1" }, new { id = "user-1" } },
        deliveryMode = "expectReplies",
    };

    public static string Json(object activity) => System.Text.Json.JsonSerializer.Serialize(activity, Options);

    private static readonly System.Text.Json.JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string NewConversation() => "conv-" + Guid.NewGuid().ToString("N");
}
