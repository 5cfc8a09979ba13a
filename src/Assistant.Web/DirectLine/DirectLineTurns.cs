using Assistant.BotFramework.Schema;
using Assistant.Web.Messages;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>
/// Runs Direct Line turns through the same bot as <c>/api/messages</c> (<see cref="AssistantBot"/>, on the SDK's
/// pipeline through <see cref="DirectLineBotAdapter"/>): the user's activity is stored (and so echoed on the stream)
/// with a server id, then the bot's replies (and a typing activity for a slow turn) are appended.
/// </summary>
public sealed class DirectLineTurns(AssistantBot bot, DirectLineBotAdapter adapter, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTurns> logger)
{
    /// <summary>The channel id of activities on this endpoint.</summary>
    public const string ChannelId = "directline";

    private ChannelAccount Bot => new() { Id = options.Value.BotId, Role = RoleTypes.Bot };

    /// <summary>Sends the welcome (conversationUpdate semantics) once, as the first bot activity.</summary>
    public async Task StartAsync(DirectLineConversation conversation, string serviceUrl, string? locale, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await conversation.TurnGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (conversation.Started)
            {
                return;
            }

            conversation.Started = true;
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
            };
            await AppendRepliesAsync(conversation, update, cancellationToken).ConfigureAwait(false);
            DirectLineLog.ConversationStarted(logger, conversation.Id);
        }
        finally
        {
            conversation.TurnGate.Release();
        }
    }

    /// <summary>Stores the user's activity (server id, channelData kept), answers it, and returns the stored id.</summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity incoming, string userId, string serviceUrl, CancellationToken cancellationToken = default)
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
        await conversation.TurnGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = conversation.Append(normalized, time.GetUtcNow());
            await AppendRepliesAsync(conversation, stored, cancellationToken).ConfigureAwait(false);
            return stored.Id!;
        }
        finally
        {
            conversation.TurnGate.Release();
        }
    }

    /// <summary>Runs the turn; the bot's replies are appended by the adapter.</summary>
    private Task AppendRepliesAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken) =>
        adapter.RunAsync(conversation, activity, bot, cancellationToken);
}
