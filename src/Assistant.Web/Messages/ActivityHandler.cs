using System.Text.Json;
using Assistant.BotFramework.Schema;
using Assistant.Core.Answers;
using Assistant.Dialogs.Conversations;
using Assistant.Knowledge.Base;

namespace Assistant.Web.Messages;

/// <summary>Maps an inbound activity to a dialog turn (or a welcome) and the answer back to reply activities.</summary>
public sealed class ActivityHandler(ConversationEngine engine, KnowledgeBase knowledge, TimeProvider time, ILogger<ActivityHandler> logger)
{
    /// <summary>
    /// The key a conversation is stored under: the conversation id scoped by the channel, and in a shared conversation
    /// (a Teams group chat or channel thread) also by the user, so one colleague's answers never fill in another's profile.
    /// </summary>
    public static string ConversationKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = $"{activity.ChannelId ?? "unknown"}:{activity.Conversation?.Id}";
        return IsShared(activity) && (activity.From?.AadObjectId ?? activity.From?.Id) is { Length: > 0 } user ? key + "|" + user : key;
    }

    /// <summary>Whether several people share the conversation (Teams groupChat or channel, or <c>isGroup</c>).</summary>
    public static bool IsShared(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation is { } c
            && (c.IsGroup == true
                || string.Equals(c.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.ConversationType, "channel", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The text a message carries: its own text without the bot's mention, or <c>value.text</c> of an Action.Submit.</summary>
    public static string? MessageText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.RemoveMentionOf(activity.Recipient?.Id ?? "").Text;
        }

        return StringAt(activity.Value, "text");
    }

    /// <summary>Whether the activity is of a type that can get replies (others are acknowledged and ignored).</summary>
    public static bool MayReply(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
    }

    /// <summary>The replies to a message, conversationUpdate or installationUpdate; empty when the activity is ignored.</summary>
    public async Task<IReadOnlyList<Activity>> HandleAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Message when MessageText(activity) is { Length: > 0 } text:
                return [await AnswerAsync(activity, text, cancellationToken).ConfigureAwait(false)];
            case ActivityTypes.ConversationUpdate when WelcomesOn(activity):
            case ActivityTypes.InstallationUpdate when string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase):
                return await WelcomeAsync(activity, cancellationToken).ConfigureAwait(false) is { } welcome ? [welcome] : [];
            default:
                MessagesLog.Ignored(logger, activity.Type ?? "");
                return [];
        }
    }

    /// <summary>Answers <paramref name="text"/> as a message of <paramref name="activity"/>'s conversation; a failing turn gives an apology.</summary>
    public async Task<Activity> AnswerAsync(Activity activity, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = ConversationKey(activity);
        var locale = Locale(activity);
        try
        {
            var now = time.GetUtcNow();
            var input = new TurnInput(text, now, activity.ChannelId == "msteams" ? "teams" : "web", StringAt(activity.ChannelData, "vacancyId"), locale);
            var answer = await engine.HandleAsync(key, input, cancellationToken).ConfigureAwait(false);
            return ReplyBuilder.Build(activity, answer, knowledge.Current, now);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            MessagesLog.TurnFailed(logger, ex, key);
            return activity.CreateReply(FallbackTexts.Apology(locale));
        }
    }

    /// <summary>
    /// A conversationUpdate welcomes when members join a one-to-one conversation (Web Chat announces the user, Teams the
    /// bot); in a shared conversation only when the bot itself is added, not for every colleague who joins the team.
    /// </summary>
    private static bool WelcomesOn(Activity activity)
    {
        if (activity.MembersAdded is not { Count: > 0 } added)
        {
            return false;
        }

        var botId = activity.Recipient?.Id;
        return IsShared(activity) ? added.Any(m => m.Id == botId) : added.Count > 0;
    }

    /// <summary>The welcome, once per conversation (an installation arrives as installationUpdate and conversationUpdate).</summary>
    private async Task<Activity?> WelcomeAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = ConversationKey(activity);
        var locale = Locale(activity);
        try
        {
            var answer = await engine.WelcomeOnceAsync(key, locale, cancellationToken).ConfigureAwait(false);
            return answer is null ? null : ReplyBuilder.Build(activity, answer, null, time.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            MessagesLog.TurnFailed(logger, ex, key);
            return activity.CreateReply(FallbackTexts.Apology(locale));
        }
    }

    /// <summary>The activity's locale, else the clientInfo entity's.</summary>
    private static string? Locale(Activity activity) =>
        activity.Locale ?? activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))?.GetString("locale");

    /// <summary>A non-empty string property of a raw JSON object, or null.</summary>
    internal static string? StringAt(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : null;
}
