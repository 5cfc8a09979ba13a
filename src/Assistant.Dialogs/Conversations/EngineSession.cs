using Assistant.Core.Answers;

namespace Assistant.Dialogs.Conversations;

/// <summary>One conversation of a <see cref="ConversationEngine"/>, seen as an <see cref="IAssistantSession"/> (CLI, evaluation).</summary>
public sealed class EngineSession : IAssistantSession
{
    private readonly ConversationEngine _engine;

    public EngineSession(ConversationEngine engine, string conversationId)
    {
        _engine = engine;
        ConversationId = conversationId;
    }

    public string ConversationId { get; }

    public async ValueTask<Answer> SendAsync(TurnInput input, CancellationToken cancellationToken = default) =>
        await _engine.HandleAsync(ConversationId, input, cancellationToken).ConfigureAwait(false);
}
