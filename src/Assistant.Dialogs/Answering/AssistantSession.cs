using Assistant.Core.Answers;
using Assistant.Knowledge.Base;

namespace Assistant.Dialogs.Answering;

/// <summary>A conversation held in memory: answers turns in order with the state of the previous ones.</summary>
public sealed class AssistantSession : IAssistantSession
{
    private readonly Func<KnowledgeSnapshot> _knowledge;
    private readonly AnswerRouter _router;
    private SessionState _state = new();

    public AssistantSession(Func<KnowledgeSnapshot> knowledge, AnswerRouter router)
    {
        _knowledge = knowledge;
        _router = router;
    }

    public ValueTask<Answer> SendAsync(TurnInput input, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (answer, state) = _router.Answer(_knowledge(), _state, input);
        _state = state;
        return ValueTask.FromResult(answer);
    }
}
