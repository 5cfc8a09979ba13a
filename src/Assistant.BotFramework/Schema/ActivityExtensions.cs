using System.Text.Json;
using System.Text.RegularExpressions;

namespace Assistant.BotFramework.Schema;

/// <summary>Helpers for answering activities.</summary>
public static partial class ActivityExtensions
{
    /// <summary>
    /// A message answering <paramref name="activity"/>: from/recipient swapped, conversation (id,
    /// name, isGroup), channelId, serviceUrl and locale copied, replyToId = the incoming id
    /// (except for a conversationUpdate on Direct Line / Web Chat), and no id of its own.
    /// </summary>
    public static Activity CreateReply(this Activity activity, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var replyToId = activity.Type == ActivityTypes.ConversationUpdate
            && (activity.ChannelId is "directline" or "webchat")
            ? null
            : activity.Id;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = Copy(activity.Recipient),
            Recipient = Copy(activity.From),
            Conversation = activity.Conversation is null
                ? null
                : new ConversationAccount
                {
                    Id = activity.Conversation.Id,
                    Name = activity.Conversation.Name,
                    IsGroup = activity.Conversation.IsGroup,
                    ConversationType = activity.Conversation.ConversationType,
                    TenantId = activity.Conversation.TenantId,
                },
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
            ReplyToId = replyToId,
        };
    }

    /// <summary>
    /// A copy of <paramref name="activity"/> whose text no longer contains the mention(s) of
    /// <paramref name="botId"/> (<c>&lt;at&gt;Name&lt;/at&gt;</c>), trimmed.
    /// </summary>
    public static Activity RemoveMentionOf(this Activity activity, string botId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Text) || activity.Entities is null || string.IsNullOrEmpty(botId))
        {
            return activity;
        }

        var text = activity.Text;
        foreach (var entity in activity.Entities.Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase)))
        {
            if (entity.GetObject("mentioned") is not { } mentioned
                || !mentioned.TryGetProperty("id", out var id)
                || id.ValueKind != JsonValueKind.String
                || !string.Equals(id.GetString(), botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (entity.GetString("text") is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }

            if (mentioned.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
            {
                text = text.Replace($"<at>{name.GetString()}</at>", " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return activity with { Text = Whitespace().Replace(text, " ").Trim() };
    }

    private static ChannelAccount? Copy(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount { Id = account.Id, Name = account.Name, AadObjectId = account.AadObjectId, Role = account.Role };

    [GeneratedRegex("[ ]{2,}")]
    private static partial Regex Whitespace();
}
