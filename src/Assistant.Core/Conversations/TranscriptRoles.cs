namespace Assistant.Core.Conversations;

/// <summary>The speakers of a transcript (string constants, as stored).</summary>
public static class TranscriptRoles
{
    /// <summary>The candidate or staff member talking to the assistant.</summary>
    public const string User = "user";

    /// <summary>The assistant's replies.</summary>
    public const string Assistant = "assistant";

    /// <summary>Whether <paramref name="role"/> is one of the known roles.</summary>
    public static bool IsKnown(string? role) => role is User or Assistant;
}
