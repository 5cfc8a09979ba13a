using Assistant.BotFramework.Connector;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Core.Diagnostics;
using Assistant.Dialogs.Cards;
using Assistant.Dialogs.Conversations;
using Assistant.Knowledge.Base;
using Assistant.Web.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Messages;

/// <summary>
/// The bot of both channels (the SDK's <see cref="TeamsActivityHandler"/>): a message, an Action.Submit or an
/// Action.Execute invoke is handed to the <see cref="ConversationEngine"/>; members joining or an installation get the
/// welcome once. The SDK routes activities and invokes (an unsupported invoke is 501, a malformed
/// <c>adaptiveCard/action</c> 400); the answer becomes a reply through <see cref="ReplyBuilder"/>, and a slow turn
/// shows a typing indicator (not with expectReplies, whose replies are the response body).
/// </summary>
public sealed class AssistantBot(
    ConversationEngine engine, TypingThrottle typing, IOptions<WebOptions> web, TimeProvider time, ILogger<AssistantBot> logger,
    IOptions<HrOptions>? hr = null, KnowledgeBase? knowledge = null, IOptions<TeamsOptions>? teamsOptions = null)
    : TeamsActivityHandler
{
    private const string AdaptiveCardAction = "adaptiveCard/action";
    private const string MessageExtensionQuery = "composeExtension/query";

    /// <inheritdoc />
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var incoming = turnContext.Activity;

        // Direct Line and Web Chat take no replies to a conversationUpdate (the welcome goes to the conversation), and a
        // typing indicator goes to the conversation too; the SDK addresses everything as a reply to the incoming activity.
        var noReplyTo = incoming.Type == ActivityTypes.ConversationUpdate && incoming.ChannelId is "directline" or "webchat";
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            foreach (var activity in activities.Where(a => noReplyTo || a.Type == ActivityTypes.Typing))
            {
                activity.ReplyToId = null;
            }

            return await next().ConfigureAwait(false);
        });

        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    /// <summary>The text a message carries: its own text without the bot's mention, or <c>value.text</c> of an Action.Submit.</summary>
    public static string? MessageText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            var text = WithoutRecipientMention(activity);
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        return ConversationKeys.StringAt(activity.Value, "text");
    }

    /// <summary>
    /// The text without the mentions of the recipient (the bot): the text of every <c>mention</c> entity whose
    /// <c>mentioned.id</c> is the recipient's id is removed. (The SDK's <c>RemoveRecipientMention</c> fails on a missing
    /// recipient, a null entity or a mention without <c>mentioned</c>.)
    /// </summary>
    public static string WithoutRecipientMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        if (activity.Recipient?.Id is not { Length: > 0 } botId || activity.Entities is null)
        {
            return text;
        }

        foreach (var entity in activity.Entities)
        {
            if (entity is { Type: "mention", Properties: { } properties }
                && properties["mentioned"] is Newtonsoft.Json.Linq.JObject mentioned
                && ConversationKeys.StringAt(mentioned, "id") == botId
                && ConversationKeys.StringAt(properties, "text") is { } mentionText)
            {
                text = text.Replace(mentionText, "", StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Whether the activity is of a type that can get replies (others are acknowledged and ignored).</summary>
    public static bool MayReply(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (FeedbackVote((Activity)turnContext.Activity) is { } vote)
        {
            var thanks = await FeedbackAsync((Activity)turnContext.Activity, vote, cancellationToken).ConfigureAwait(false);
            await ShowVoteAsync(turnContext, vote, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(thanks, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (MessageText((Activity)turnContext.Activity) is not { Length: > 0 } text)
        {
            MessagesLog.Ignored(logger, ActivityTypes.Message);
            return;
        }

        // The turn's span holds the engine's (understanding, tool, store) and the delivery's (channel) spans.
        using var turn = AssistantTelemetry.StartTurn(turnContext.Activity.ChannelId == "msteams" ? Channels.Teams : Channels.Web);
        var answer = AnswerAsync((Activity)turnContext.Activity, text, cancellationToken);
        var reply = turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies
            ? await answer.ConfigureAwait(false)
            : await TypingIndicator.AwaitAsync(
                answer, TimeSpan.FromMilliseconds(web.Value.TypingAfterMilliseconds), ct => SendTypingAsync(turnContext, ct), time, cancellationToken).ConfigureAwait(false);
        using var delivery = AssistantTelemetry.StartSpan(AssistantTelemetry.Spans.Channel, AssistantTelemetry.TagNames.Delivery, DeliveryOf(turnContext));
        try
        {
            // Teams: the 👍/👎 row is a message of its own, replaced by the vote as given once voted (ShowVoteAsync).
            var feedback = turnContext.Activity.ChannelId == "msteams" ? ReplyBuilder.SplitFeedback(reply) : null;
            await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
            if (feedback is not null)
            {
                await turnContext.SendActivityAsync(feedback, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            AssistantTelemetry.Failed(delivery, ex);
            throw;
        }
    }

    /// <summary>How the replies of <paramref name="turnContext"/> travel (a closed set, for the channel span): our Direct Line, the response body, an invoke response or the channel's connector.</summary>
    internal static string DeliveryOf(ITurnContext turnContext) =>
        turnContext.Adapter is DirectLine.DirectLineBotAdapter ? "directline"
        : turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies ? "expect-replies"
        : turnContext.Activity.Type == ActivityTypes.Invoke ? "invoke"
        : "connector";

    /// <summary>
    /// Members joining a one-to-one conversation are welcomed (Web Chat announces the user, Teams the bot); in a shared
    /// conversation only the bot's own arrival welcomes, not every colleague who joins the team. (Not the SDK's
    /// members-added dispatch: in Teams it looks every member up in the roster first.)
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.MembersAdded is not { Count: > 0 } added)
        {
            return;
        }

        var botId = activity.Recipient?.Id;
        if (!ConversationKeys.IsShared(activity) || added.Any(m => m.Id == botId))
        {
            await WelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    /// <summary>
    /// Only <c>adaptiveCard/action</c> and the message extension's <c>composeExtension/query</c> are ours (through the SDK's
    /// validation and dispatch; a query without a value is 400); any other invoke is 501 at once.
    /// The SDK's Teams dispatch would read the value of invokes we do not implement first, and fails on one without a value.
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Name == MessageExtensionQuery && turnContext.Activity.Value is null)
        {
            return new InvokeResponse { Status = (int)System.Net.HttpStatusCode.BadRequest };
        }

        return turnContext.Activity.Name is AdaptiveCardAction or MessageExtensionQuery
            ? await base.OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false)
            : new InvokeResponse { Status = (int)System.Net.HttpStatusCode.NotImplemented };
    }

    /// <summary>Action.Execute (<c>adaptiveCard/action</c>): <c>value.action.data.text</c> is answered like a message, in the invoke's response.</summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(invokeValue);
        var data = invokeValue.Action?.Data as Newtonsoft.Json.Linq.JObject;
        if (ConversationKeys.StringAt(data, FeedbackCard.VoteKey) is { } vote)
        {
            var thanks = await FeedbackAsync((Activity)turnContext.Activity, (vote, ConversationKeys.StringAt(data, FeedbackCard.TurnKey), ConversationKeys.StringAt(data, FeedbackCard.LanguageKey)), cancellationToken).ConfigureAwait(false);
            return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = thanks.Text ?? "" };
        }

        if (ConversationKeys.StringAt(data, "text") is not { } text)
        {
            throw new InvokeResponseException(System.Net.HttpStatusCode.BadRequest, new AdaptiveCardInvokeResponse
            {
                StatusCode = 400,
                Type = "application/vnd.microsoft.error",
                Value = new Error("BadRequest", "adaptiveCard/action needs value.action.data.text."),
            });
        }

        var reply = await AnswerAsync((Activity)turnContext.Activity, text, cancellationToken).ConfigureAwait(false);
        return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = reply.Text ?? "" };
    }

    /// <summary>The message extension's search (<see cref="VacancySearchExtension"/>): vacancy cards to insert into the conversation.</summary>
    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(query);
        if (query.CommandId != VacancySearchExtension.CommandId || knowledge?.CurrentOrNull is not { } snapshot)
        {
            throw new InvokeResponseException(System.Net.HttpStatusCode.BadRequest);
        }

        var locale = ConversationKeys.Locale((Activity)turnContext.Activity);
        var lang = locale is { Length: >= 2 } && Assistant.Dialogs.Answering.Texts.Languages.Contains(locale[..2].ToLowerInvariant()) ? locale[..2].ToLowerInvariant() : "nl";
        return Task.FromResult(VacancySearchExtension.Respond(snapshot, query, lang, time.GetUtcNow(), teamsOptions?.Value.VacancyPageUrl));
    }

    /// <inheritdoc />
    protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        MessagesLog.Ignored(logger, turnContext.Activity.Type ?? "");
        return Task.CompletedTask;
    }

    /// <summary>The vote, turn id and language of a 👍/👎 press (<see cref="FeedbackCard"/>'s Action.Submit data), or null.</summary>
    public static (string Vote, string? TurnId, string? Language)? FeedbackVote(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrWhiteSpace(activity.Text) && ConversationKeys.StringAt(activity.Value, FeedbackCard.VoteKey) is { } vote
            ? (vote, ConversationKeys.StringAt(activity.Value, FeedbackCard.TurnKey), ConversationKeys.StringAt(activity.Value, FeedbackCard.LanguageKey))
            : null;
    }

    /// <summary>
    /// Teams: the message the vote was given on (its <c>replyToId</c>, the 👍/👎 row's own message) is replaced by the vote as
    /// given, without buttons. A channel that cannot update a message keeps it (the store counts one vote per turn anyway).
    /// Web Chat replaces the row itself in the page.
    /// </summary>
    private async Task ShowVoteAsync(ITurnContext turnContext, (string Vote, string? TurnId, string? Language) vote, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId != "msteams" || string.IsNullOrEmpty(activity.ReplyToId) || !FeedbackVotes.IsKnown(vote.Vote))
        {
            return;
        }

        try
        {
            var voted = ReplyBuilder.Voted(activity.ReplyToId, vote.Language, vote.Vote);
            voted.Conversation = activity.Conversation;
            await turnContext.UpdateActivityAsync(voted, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            MessagesLog.VoteNotShown(logger, ex);
        }
    }

    /// <summary>Stores a vote on an answer of the activity's conversation (no text) and gives the thanks; an unknown turn is thanked too, nothing stored.</summary>
    private async Task<Activity> FeedbackAsync(Activity activity, (string Vote, string? TurnId, string? Language) feedback, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.Of(activity);
        await engine.FeedbackAsync(key, feedback.TurnId, feedback.Vote, cancellationToken).ConfigureAwait(false);
        var language = feedback.Language ?? (ConversationKeys.Locale(activity) is { Length: >= 2 } locale ? locale[..2].ToLowerInvariant() : null);
        var reply = ReplyBuilder.Text(FeedbackCard.Thanks(language, feedback.Vote));
        reply.Locale = language;
        return reply;
    }

    /// <summary>Answers <paramref name="text"/> as a message of <paramref name="activity"/>'s conversation; a failing turn gives an apology.</summary>
    private async Task<Activity> AnswerAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.Of(activity);
        var locale = ConversationKeys.Locale(activity);
        try
        {
            var now = time.GetUtcNow();
            var teams = activity.ChannelId == "msteams";
            var input = new TurnInput(text, now, teams ? Channels.Teams : Channels.Web, ConversationKeys.StringAt(activity.ChannelData, "vacancyId"), locale, RoleOf(activity, teams));
            var answer = await engine.HandleAsync(key, input, cancellationToken).ConfigureAwait(false);
            return ReplyBuilder.Build(answer, SuggestionsInCard(activity));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StorageUnavailableException)
        {
            // A store outage is not apologised for here: it propagates to a 503 with Retry-After, so the client sends again.
            MessagesLog.TurnFailed(logger, ex, key);
            return Apology(locale);
        }
    }

    /// <summary>
    /// Who asks, for general documents: "hr" for a Teams user or place listed in <see cref="HrOptions"/>, else "public"
    /// (every other Teams user and the website). Never left to the channel's default, which treats Teams as HR.
    /// </summary>
    private string RoleOf(Activity activity, bool teams)
    {
        if (!teams || hr?.Value is not { } options)
        {
            return "public";
        }

        var channelData = activity.ChannelData as Newtonsoft.Json.Linq.JObject;
        var team = (channelData?["team"] as Newtonsoft.Json.Linq.JObject)?["id"]?.ToString();
        var channel = (channelData?["channel"] as Newtonsoft.Json.Linq.JObject)?["id"]?.ToString();
        var conversation = activity.Conversation?.Id is { } id && id.Contains(";messageid=", StringComparison.Ordinal) ? id[..id.IndexOf(";messageid=", StringComparison.Ordinal)] : null;
        return options.IsHr(activity.From?.AadObjectId, team, channel ?? conversation) ? "hr" : "public";
    }

    /// <summary>Teams shows suggested actions only in personal chats: in a group chat or channel they become card buttons.</summary>
    private static bool SuggestionsInCard(Activity activity) => activity.ChannelId == "msteams" && ConversationKeys.IsShared(activity);

    /// <summary>The welcome, once per conversation (an installation arrives as installationUpdate and conversationUpdate).</summary>
    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.Of(turnContext.Activity);
        var locale = ConversationKeys.Locale(turnContext.Activity);
        Activity? reply;
        try
        {
            var activity = (Activity)turnContext.Activity;
            var answer = await engine.WelcomeOnceAsync(key, locale, RoleOf(activity, activity.ChannelId == "msteams"), ConversationKeys.StringAt(activity.ChannelData, "vacancyId"), cancellationToken).ConfigureAwait(false);
            reply = answer is null ? null : ReplyBuilder.Build(answer, SuggestionsInCard(activity));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StorageUnavailableException)
        {
            MessagesLog.TurnFailed(logger, ex, key);
            reply = Apology(locale);
        }

        if (reply is not null)
        {
            await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Activity Apology(string? locale)
    {
        var reply = ReplyBuilder.Text(FallbackTexts.Apology(locale));
        reply.Locale = locale;
        return reply;
    }

    /// <summary>One typing activity (at most one per conversation every 3 s); a failure is logged, never thrown.</summary>
    private async Task SendTypingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.Of(turnContext.Activity);
        if (!typing.TryAcquire(key))
        {
            return;
        }

        try
        {
            var indicator = new Activity { Type = ActivityTypes.Typing };
            await turnContext.SendActivityAsync(indicator, cancellationToken).ConfigureAwait(false);
            MessagesLog.TypingSent(logger, key);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            MessagesLog.TypingFailed(logger, ex.GetType().Name, key);
        }
    }
}
