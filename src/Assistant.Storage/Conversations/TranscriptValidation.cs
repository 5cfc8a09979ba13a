using Assistant.Core.Conversations;

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
}
