namespace Assistant.Cli.Commands.Bench;

/// <summary>Percentiles of a set of latencies in milliseconds (nearest-rank).</summary>
public sealed class LatencyStats
{
    private readonly double[] _sorted;

    public LatencyStats(IEnumerable<double> milliseconds)
    {
        _sorted = [.. milliseconds.Order()];
    }

    public int Count => _sorted.Length;

    public double Max => _sorted.Length == 0 ? 0 : _sorted[^1];

    public double Mean => _sorted.Length == 0 ? 0 : _sorted.Average();

    /// <summary>The latency below or at which <paramref name="percent"/> % of the samples fall.</summary>
    public double Percentile(double percent)
    {
        if (_sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}
