namespace Assistant.Core.Conversations;

/// <summary>What the HR insights report reads from a store: the (already redacted) transcript lines and the votes since a moment.</summary>
/// <param name="Transcript">Transcript lines written since then, in the order written, of conversations not past retention.</param>
/// <param name="Feedback">Votes on answers of those conversations given since then.</param>
public sealed record InsightsRecords(IReadOnlyList<TranscriptEntry> Transcript, IReadOnlyList<TurnFeedback> Feedback)
{
    /// <summary>Nothing stored.</summary>
    public static InsightsRecords Empty { get; } = new([], []);
}
