using System.Diagnostics.Metrics;
using Assistant.Core.Diagnostics;

namespace Assistant.AI.Metrics;

/// <summary>
/// What the model did: calls, tokens, latency, fallbacks to the templated answer and guard rejections (by guard). The
/// counters are also published on the meter <c>Assistant.AI</c> (<see cref="AssistantTelemetry.AiMeterName"/>: the naming
/// scheme of the assistant's meters, exported with them when telemetry is on; dotnet-counters).
/// </summary>
public sealed class ModelMetrics : IDisposable
{
    private readonly Meter _meter = new(AssistantTelemetry.AiMeterName);
    private readonly Counter<long> _calls;
    private readonly Counter<long> _tokens;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _rejections;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _byGuard = new(StringComparer.Ordinal);
    private long _callCount, _inputTokens, _outputTokens, _latencyTicks, _fallbackCount;

    public ModelMetrics()
    {
        _calls = _meter.CreateCounter<long>("assistant.model.calls");
        _tokens = _meter.CreateCounter<long>("assistant.model.tokens");
        _latency = _meter.CreateHistogram<double>("assistant.model.latency", "ms");
        _fallbacks = _meter.CreateCounter<long>("assistant.model.fallbacks");
        _rejections = _meter.CreateCounter<long>("assistant.model.guard_rejections");
    }

    public long Calls => Interlocked.Read(ref _callCount);
    public long InputTokens => Interlocked.Read(ref _inputTokens);
    public long OutputTokens => Interlocked.Read(ref _outputTokens);
    public TimeSpan Latency => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
    public long Fallbacks => Interlocked.Read(ref _fallbackCount);

    /// <summary>Rejections per guard (numbers, citations, …).</summary>
    public IReadOnlyDictionary<string, int> GuardRejections => _byGuard;

    internal void Call(TimeSpan latency, int? inputTokens, int? outputTokens)
    {
        Interlocked.Increment(ref _callCount);
        Interlocked.Add(ref _latencyTicks, latency.Ticks);
        _calls.Add(1);
        _latency.Record(latency.TotalMilliseconds);
        if (inputTokens is { } input)
        {
            Interlocked.Add(ref _inputTokens, input);
            _tokens.Add(input, new KeyValuePair<string, object?>("kind", "input"));
        }

        if (outputTokens is { } output)
        {
            Interlocked.Add(ref _outputTokens, output);
            _tokens.Add(output, new KeyValuePair<string, object?>("kind", "output"));
        }
    }

    internal void Fallback(string reason)
    {
        Interlocked.Increment(ref _fallbackCount);
        _fallbacks.Add(1, new KeyValuePair<string, object?>("reason", reason));
    }

    internal void Rejected(string guard)
    {
        _byGuard.AddOrUpdate(guard, 1, (_, n) => n + 1);
        _rejections.Add(1, new KeyValuePair<string, object?>("guard", guard));
    }

    /// <summary>One line for <c>assistant eval</c>.</summary>
    public override string ToString() =>
        $"model: {Calls} calls, {InputTokens}+{OutputTokens} tokens, {Latency.TotalMilliseconds:0} ms, {Fallbacks} fallbacks, guard rejections: "
        + (_byGuard.IsEmpty ? "none" : string.Join(", ", _byGuard.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));

    public void Dispose() => _meter.Dispose();
}
