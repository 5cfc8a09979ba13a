using Assistant.Dialogs.Answering;
using Assistant.Tools.Profile;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// Everything a conversation keeps between turns, serialized as JSON in the conversation store: the dialog stack,
/// the context (vacancies, last intent) and the candidate's profile with the moment it was last changed (the
/// profile is forgotten after the retention period).
/// </summary>
public sealed record ConversationState
{
    public IReadOnlyList<DialogFrame> Stack { get; init; } = [];
    public SessionState Context { get; init; } = new();
    public string? Language { get; init; }
    public DateTimeOffset? ProfileUpdatedAt { get; init; }
    public bool Welcomed { get; init; }

    /// <summary>The dialog on top of the stack, if any.</summary>
    public DialogFrame? Active => Stack.Count > 0 ? Stack[^1] : null;

    public ConversationState Push(DialogFrame frame) => this with { Stack = [.. Stack, frame] };

    public ConversationState Pop() => Stack.Count == 0 ? this : this with { Stack = Stack.Take(Stack.Count - 1).ToList() };

    /// <summary>The state without any personal data ("vergeet mij").</summary>
    public ConversationState Forget() => new() { Language = Language, Welcomed = Welcomed };

    /// <summary>Drops the profile when it is older than the retention period.</summary>
    public ConversationState ApplyRetention(DateTimeOffset now, TimeSpan retention) =>
        ProfileUpdatedAt is { } at && now - at > retention
            ? this with { Context = Context with { Profile = new CandidateProfile() }, ProfileUpdatedAt = null }
            : this;
}
