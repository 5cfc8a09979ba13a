namespace Assistant.AI;

/// <summary>
/// The model budget of one conversation turn: at most one model call on the hot path. The first
/// <see cref="TryTake"/> succeeds, every later one fails (and the caller keeps the templated answer).
/// </summary>
public sealed class ModelTurn
{
    private int _taken;

    /// <summary>Whether this turn may still call the model (true once).</summary>
    public bool TryTake() => Interlocked.Exchange(ref _taken, 1) == 0;

    /// <summary>Whether the turn's call has been used.</summary>
    public bool Used => Volatile.Read(ref _taken) == 1;
}
