namespace Assistant.Core.Answers;

/// <summary>One conversation with the assistant: turns are answered in order and may use what earlier turns said.</summary>
public interface IAssistantSession
{
    /// <summary>Answers one message.</summary>
    ValueTask<Answer> SendAsync(TurnInput input, CancellationToken cancellationToken = default);
}
