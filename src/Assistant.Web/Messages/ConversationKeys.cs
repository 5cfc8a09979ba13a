using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Assistant.Web.Messages;

/// <summary>How an activity of the Bot Framework channel maps to a stored conversation, a Teams tenant and a locale.</summary>
public static class ConversationKeys
{
    /// <summary>
    /// The key a conversation is stored under: the conversation id scoped by the channel, and in a shared conversation
    /// (a Teams group chat or channel thread) also by the user, so one colleague's answers never fill in another's profile.
    /// </summary>
    public static string Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = $"{activity.ChannelId ?? "unknown"}:{activity.Conversation?.Id}";
        return IsShared(activity) && (activity.From?.AadObjectId ?? activity.From?.Id) is { Length: > 0 } user ? key + "|" + user : key;
    }

    /// <summary>Whether several people share the conversation (Teams groupChat or channel, or <c>isGroup</c>).</summary>
    public static bool IsShared(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation is { } c
            && (c.IsGroup == true
                || string.Equals(c.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.ConversationType, "channel", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The Teams tenant of an activity: <c>channelData.tenant.id</c> (the SDK's Teams helper), else <c>conversation.tenantId</c>.</summary>
    public static string? TenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        TenantInfo? tenant = null;
        try
        {
            tenant = activity.GetChannelData<TeamsChannelData>()?.Tenant;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // channelData that is not Teams-shaped: no tenant there.
        }

        return tenant?.Id is { Length: > 0 } id ? id : activity.Conversation?.TenantId;
    }

    /// <summary>The activity's locale, else the clientInfo entity's.</summary>
    public static string? Locale(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Locale is { Length: > 0 } locale)
        {
            return locale;
        }

        var clientInfo = activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
        return StringAt(clientInfo?.Properties, "locale");
    }

    /// <summary>A non-empty string property of a raw JSON object (channelData, value), or null.</summary>
    public static string? StringAt(object? json, string name) =>
        json is Newtonsoft.Json.Linq.JObject o && o.TryGetValue(name, out var v) && v.Type == Newtonsoft.Json.Linq.JTokenType.String && (string?)v is { Length: > 0 } s
            ? s
            : null;
}
