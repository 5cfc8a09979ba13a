using System.Text.Json;

namespace Assistant.Web.Http;

/// <summary>
/// What no inbound activity may carry, checked on every activity endpoint before anything else reads it (probe findings 3
/// and 4): text that is not well-formed Unicode (a lone surrogate escape, invalid UTF-8, nesting deeper than the readers
/// take), and control characters in the ids and names that are routed on and logged. Lists the SDK walks without null
/// checks (entities, attachments, members) lose their null entries.
/// </summary>
public static class ActivityGuard
{
    /// <summary>Nesting the body may have (the SDK's reader takes 128; activities need far fewer).</summary>
    public const int MaxDepth = 64;

    /// <summary>Why the body cannot be read as well-formed JSON text, or null when it can.</summary>
    public static string? MalformedText(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    // Unescaping and transcoding throw on a lone surrogate or invalid UTF-8.
                    _ = reader.GetString();
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return "The body is not valid JSON.";
        }
        catch (InvalidOperationException)
        {
            return "The body contains text that is not well-formed Unicode.";
        }
    }

    /// <summary>The name of the first id-like value that holds a control character (or a line or paragraph separator), or null.</summary>
    public static string? ControlCharacterIn(params (string Name, string? Value)[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var (name, value) in ids)
        {
            if (value is not null && HasControlCharacter(value))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="value"/> holds a C0/C1 control character or U+2028/U+2029.</summary>
    public static bool HasControlCharacter(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ids of an SDK activity that are routed on or logged.</summary>
    public static (string Name, string? Value)[] Ids(Microsoft.Bot.Schema.Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return
        [
            ("type", activity.Type), ("id", activity.Id), ("channelId", activity.ChannelId), ("serviceUrl", activity.ServiceUrl),
            ("conversation.id", activity.Conversation?.Id), ("conversation.tenantId", activity.Conversation?.TenantId),
            ("conversation.conversationType", activity.Conversation?.ConversationType), ("from.id", activity.From?.Id),
            ("from.aadObjectId", activity.From?.AadObjectId), ("recipient.id", activity.Recipient?.Id), ("replyToId", activity.ReplyToId),
            ("locale", activity.Locale), ("name", activity.Name), ("deliveryMode", activity.DeliveryMode),
        ];
    }

    /// <summary>The ids of a Direct Line activity that are routed on or logged.</summary>
    public static (string Name, string? Value)[] Ids(BotFramework.Schema.Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return
        [
            ("type", activity.Type), ("id", activity.Id), ("channelId", activity.ChannelId), ("from.id", activity.From?.Id),
            ("replyToId", activity.ReplyToId), ("locale", activity.Locale), ("name", activity.Name), ("deliveryMode", activity.DeliveryMode),
        ];
    }

    /// <summary>Drops null entries from the lists of an SDK activity.</summary>
    public static void DropNullEntries(Microsoft.Bot.Schema.Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Entities = WithoutNulls(activity.Entities);
        activity.Attachments = WithoutNulls(activity.Attachments);
        activity.MembersAdded = WithoutNulls(activity.MembersAdded);
        activity.MembersRemoved = WithoutNulls(activity.MembersRemoved);
        activity.ReactionsAdded = WithoutNulls(activity.ReactionsAdded);
        activity.ReactionsRemoved = WithoutNulls(activity.ReactionsRemoved);
        if (activity.SuggestedActions is { } suggested)
        {
            suggested.Actions = WithoutNulls(suggested.Actions);
        }
    }

    /// <summary>A Direct Line activity without null entries in its lists.</summary>
    public static BotFramework.Schema.Activity DropNullEntries(BotFramework.Schema.Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity with
        {
            Entities = WithoutNulls(activity.Entities),
            Attachments = WithoutNulls(activity.Attachments),
            MembersAdded = WithoutNulls(activity.MembersAdded),
            MembersRemoved = WithoutNulls(activity.MembersRemoved),
            SuggestedActions = activity.SuggestedActions is { } suggested ? suggested with { Actions = WithoutNulls(suggested.Actions), To = WithoutNulls(suggested.To) } : null,
        };
    }

    private static IList<T>? WithoutNulls<T>(IList<T>? list) where T : class =>
        list is null || !list.Any(item => item is null) ? list : [.. list.Where(item => item is not null)];
}
