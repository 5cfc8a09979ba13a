namespace Assistant.Knowledge.Base;

/// <summary>A new snapshot of the knowledge folder is in use.</summary>
public sealed class KnowledgeReloadedEventArgs : EventArgs
{
    public KnowledgeReloadedEventArgs(KnowledgeSnapshot snapshot, TimeSpan elapsed)
    {
        Snapshot = snapshot;
        Elapsed = elapsed;
    }

    /// <summary>The snapshot now returned by <see cref="KnowledgeBase.Current"/>.</summary>
    public KnowledgeSnapshot Snapshot { get; }

    /// <summary>How long loading took.</summary>
    public TimeSpan Elapsed { get; }
}
