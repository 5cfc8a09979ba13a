using Assistant.Web.DirectLine.State;
using Assistant.Web.Messages;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Assistant.Web.DirectLine;

/// <summary>
/// The SDK adapter of our Direct Line server: a turn runs in-process through the same bot as <c>/api/messages</c>, and
/// what the bot sends is appended to the conversation's transcript (and so streamed to Web Chat). The transcript keeps
/// the server's own JSON types (<see cref="BotFramework.Schema"/>); activities cross over through <see cref="BotJson"/>.
/// </summary>
public sealed class DirectLineBotAdapter(DirectLineConversations conversations) : BotAdapter
{
    /// <summary>Runs the turn of <paramref name="activity"/> (already stored or synthetic) in <paramref name="conversation"/>.</summary>
    public async Task RunAsync(DirectLineConversationInfo conversation, BotFramework.Schema.Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(bot);
        using var context = new TurnContext(this, BotJson.FromDirectLine(activity));
        context.TurnState.Add(conversation);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<Microsoft.Bot.Schema.ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var conversation = turnContext.TurnState.Get<DirectLineConversationInfo>()
            ?? throw new InvalidOperationException("A Direct Line turn needs its conversation.");
        var sent = new List<Microsoft.Bot.Schema.ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            var stored = await conversations.AppendAsync(conversation.Id, BotJson.ToDirectLine(activity), cancellationToken).ConfigureAwait(false);
            sent.Add(new Microsoft.Bot.Schema.ResourceResponse(stored?.Id));
        }

        return [.. sent];
    }

    /// <inheritdoc />
    public override Task<Microsoft.Bot.Schema.ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line transcript is append-only.");

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line transcript is append-only.");
}
