namespace Assistant.Core.Conversations;

/// <summary>One message of a conversation's transcript. The store redacts personal data from <see cref="Text"/> before writing it.</summary>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="At">When the message was sent or received.</param>
/// <param name="Role">Who spoke: <see cref="TranscriptRoles.User"/> or <see cref="TranscriptRoles.Assistant"/>.</param>
/// <param name="Text">The message text.</param>
/// <param name="Intent">The intent the turn was understood as, when known.</param>
public sealed record TranscriptEntry(string ConversationId, DateTimeOffset At, string Role, string Text, string? Intent)
{
    /// <summary>The turn the line belongs to (a random id the engine gives each answered turn; feedback names it), when known.</summary>
    public string? TurnId { get; init; }

    /// <summary>Where the assistant's answer came from (one of <c>AnswerSources</c>), on assistant lines.</summary>
    public string? Source { get; init; }

    /// <summary>The vacancy the assistant's answer was about, on assistant lines.</summary>
    public string? VacancyId { get; init; }
}
