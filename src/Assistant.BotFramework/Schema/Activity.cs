using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity on System.Text.Json (serialise with <see cref="ActivityJson.Options"/>).
/// Fields this type does not model land in <see cref="ExtensionData"/> and survive a round trip;
/// <c>value</c> and <c>channelData</c> stay raw JSON. An inbound <c>callerId</c> is discarded.
/// </summary>
public sealed record Activity : IJsonOnDeserialized
{
    /// <summary>Activity type, see <see cref="ActivityTypes"/> (unknown types are kept as-is).</summary>
    public string? Type { get; init; }

    /// <summary>Id set by the channel, never by the bot.</summary>
    public string? Id { get; init; }

    /// <summary>When the channel received the activity (UTC, written with <c>Z</c>).</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The sender's local time, with its offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Channel id, e.g. <c>msteams</c>, <c>webchat</c>, <c>directline</c>.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Base URL of the channel's connector for replies.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The addressee (the bot for inbound activities).</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>Id of the activity this one answers.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>BCP-47 locale of the sender.</summary>
    public string? Locale { get; init; }

    /// <summary>Mentions, client info and other metadata.</summary>
    public IList<Entity>? Entities { get; init; }

    /// <summary>Channel-specific payload, raw JSON.</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>message: the text.</summary>
    public string? Text { get; init; }

    /// <summary>message: see <see cref="TextFormats"/>.</summary>
    public string? TextFormat { get; init; }

    /// <summary>message: SSML or text to speak.</summary>
    public string? Speak { get; init; }

    /// <summary>message: <c>acceptingInput</c>, <c>ignoringInput</c> or <c>expectingInput</c>.</summary>
    public string? InputHint { get; init; }

    /// <summary>message: short summary shown when attachments cannot be rendered.</summary>
    public string? Summary { get; init; }

    /// <summary>message: cards and files.</summary>
    public IList<Attachment>? Attachments { get; init; }

    /// <summary>message: <c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>message: quick replies.</summary>
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>conversationUpdate: members who joined.</summary>
    public IList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>conversationUpdate: members who left.</summary>
    public IList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>installationUpdate: <c>add</c> or <c>remove</c>.</summary>
    public string? Action { get; init; }

    /// <summary>invoke/event: operation name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary>invoke/event/card submit payload, raw JSON.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Type of <see cref="Value"/>.</summary>
    public string? ValueType { get; init; }

    /// <summary>endOfConversation: see <see cref="EndOfConversationCodes"/>.</summary>
    public string? Code { get; init; }

    /// <summary>See <see cref="DeliveryModes"/>.</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>Fields this type does not model, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized()
    {
        // callerId is set by the bot runtime, never trusted from the wire.
        if (ExtensionData is null)
        {
            return;
        }

        foreach (var key in ExtensionData.Keys.Where(k => string.Equals(k, "callerId", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            ExtensionData.Remove(key);
        }
    }
}
