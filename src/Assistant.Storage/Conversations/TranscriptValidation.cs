using Assistant.Core.Conversations;
using Assistant.Storage.Redaction;

namespace Assistant.Storage.Conversations;

/// <summary>The checks every store applies to a transcript entry before writing it.</summary>
internal static class TranscriptValidation
{
    public static void Validate(TranscriptEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.ConversationId, nameof(entry));
        ArgumentNullException.ThrowIfNull(entry.Text, nameof(entry));
        if (!TranscriptRoles.IsKnown(entry.Role))
        {
            throw new ArgumentException($"Unknown transcript role '{entry.Role}': use '{TranscriptRoles.User}' or '{TranscriptRoles.Assistant}'.", nameof(entry));
        }
    }

    /// <summary>The checks of a vote: a conversation, a turn id and a known vote.</summary>
    public static void ValidateFeedback(string conversationId, string turnId, string vote)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(turnId);
        if (!FeedbackVotes.IsKnown(vote))
        {
            throw new ArgumentException($"Unknown vote '{vote}': use '{FeedbackVotes.Up}' or '{FeedbackVotes.Down}'.", nameof(vote));
        }
    }

    /// <summary>
    /// The checks of a turn's save, the same in every store: a conversation id, a state, a non-negative expected version,
    /// and transcript lines that are valid and all of that conversation; returns each line with its redacted text.
    /// </summary>
    public static List<(TranscriptEntry Entry, string Redacted)> PrepareTurn(string conversationId, string stateJson, long expectedVersion, IReadOnlyList<TranscriptEntry> transcript, TranscriptRedactor redactor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(stateJson);
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var lines = new List<(TranscriptEntry, string)>(transcript.Count);
        foreach (var entry in transcript)
        {
            Validate(entry);
            if (!string.Equals(entry.ConversationId, conversationId, StringComparison.Ordinal))
            {
                throw new ArgumentException("Every transcript line of a turn belongs to the turn's conversation.", nameof(transcript));
            }

            lines.Add((entry, redactor.Redact(entry.Text)));
        }

        return lines;
    }
}
