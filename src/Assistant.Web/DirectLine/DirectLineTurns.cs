using Assistant.BotFramework.Schema;
using Assistant.Web.DirectLine.State;
using Assistant.Web.Messages;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>
/// Runs Direct Line turns through the same bot as <c>/api/messages</c> (<see cref="AssistantBot"/>, on the SDK's
/// pipeline through <see cref="DirectLineBotAdapter"/>): the user's activity is stored (and so echoed on the stream)
/// with a server id, then the bot's replies (and a typing activity for a slow turn) are appended.
/// </summary>
public sealed class DirectLineTurns(AssistantBot bot, DirectLineBotAdapter adapter, DirectLineConversations conversations, IOptions<DirectLineOptions> options, ILogger<DirectLineTurns> logger)
{
    /// <summary>The channel id of activities on this endpoint.</summary>
    public const string ChannelId = "directline";

    private ChannelAccount Bot => new() { Id = options.Value.BotId, Role = RoleTypes.Bot };

    /// <summary>Sends the welcome (conversationUpdate semantics) once, as the first bot activity, whichever instance is asked first.</summary>
    public async Task StartAsync(DirectLineConversationInfo conversation, string serviceUrl, string? locale, string? vacancyId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        using (await conversations.TurnAsync(conversation.Id, cancellationToken).ConfigureAwait(false))
        {
            if (!await conversations.State.TryStartAsync(conversation.Id, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var user = new ChannelAccount { Id = conversation.UserId, Role = RoleTypes.User };
            var update = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                ChannelId = ChannelId,
                ServiceUrl = serviceUrl,
                From = user,
                Recipient = Bot,
                Conversation = new ConversationAccount { Id = conversation.Id },
                Locale = locale,
                MembersAdded = [Bot, user],
                ChannelData = vacancyId is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(new { vacancyId }),
            };
            await AppendRepliesAsync(conversation, update, cancellationToken).ConfigureAwait(false);
            DirectLineLog.ConversationStarted(logger, conversation.Id);
        }
    }

    /// <summary>Stores the user's activity (server id, channelData kept), answers it, and returns the stored id (null: the conversation ended).</summary>
    public async Task<string?> PostAsync(DirectLineConversationInfo conversation, Activity incoming, string userId, string serviceUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(incoming);
        var normalized = incoming with
        {
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            From = (incoming.From ?? new ChannelAccount()) with { Id = userId, Role = RoleTypes.User },
            Recipient = Bot,
            Conversation = new ConversationAccount { Id = conversation.Id },
            ReplyToId = incoming.ReplyToId,
        };
        using (await conversations.TurnAsync(conversation.Id, cancellationToken).ConfigureAwait(false))
        {
            if (await conversations.AppendAsync(conversation.Id, normalized, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                return null;
            }

            await AppendRepliesAsync(conversation, stored, cancellationToken).ConfigureAwait(false);
            return stored.Id!;
        }
    }

    /// <summary>Runs the turn; the bot's replies are appended by the adapter.</summary>
    private Task AppendRepliesAsync(DirectLineConversationInfo conversation, Activity activity, CancellationToken cancellationToken) =>
        adapter.RunAsync(conversation, activity, bot, cancellationToken);
}
