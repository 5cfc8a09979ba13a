namespace Assistant.Core.Conversations;

/// <summary>The votes a user can give an answer (👍/👎); the strings are the stored and wire values.</summary>
public static class FeedbackVotes
{
    /// <summary>The answer helped (👍).</summary>
    public const string Up = "up";

    /// <summary>The answer did not help (👎).</summary>
    public const string Down = "down";

    /// <summary>Whether <paramref name="vote"/> is one of the votes.</summary>
    public static bool IsKnown(string? vote) => vote is Up or Down;
}
