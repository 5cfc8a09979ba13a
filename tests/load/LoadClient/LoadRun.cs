using System.Collections.Concurrent;
using System.Text.Json;

namespace LoadClient;

/// <summary>Drives the conversations for warm-up + measured seconds, closed or open loop, and collects the latencies.</summary>
internal sealed class LoadRun(LoadOptions options, string[] questions, Conversation[] conversations)
{
    /// <summary>How long after the measured window a conversation may still catch up on its backlog (open loop).</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, int> _errorKinds = new(StringComparer.Ordinal);
    private int _errors;
    private int _answered;

    public async Task<LoadResult> RunAsync()
    {
        var frequency = TimeProvider.System.TimestampFrequency;
        var start = TimeProvider.System.GetTimestamp();
        var measureStart = start + Ticks(options.Warmup);
        var measureEnd = measureStart + Ticks(options.Seconds);
        var giveUp = measureEnd + Ticks(Grace.TotalSeconds);
        var loops = conversations.Select((c, n) => Task.Run(() => LoopAsync(c, n, start, measureStart, measureEnd, giveUp))).ToArray();
        var latencies = (await Task.WhenAll(loops)).SelectMany(l => l).ToArray();
        Array.Sort(latencies);
        var ms = latencies.Select(t => t * 1000.0 / frequency).ToArray();
        return new LoadResult(ms, options.Seconds, _errors, _errorKinds) { Answered = _answered };

        long Ticks(double seconds) => (long)(seconds * frequency);
    }

    /// <summary>One conversation: its measured latencies (timestamp ticks); errors go to the shared counters.</summary>
    private async Task<List<long>> LoopAsync(Conversation conversation, int number, long start, long measureStart, long measureEnd, long giveUp)
    {
        var frequency = TimeProvider.System.TimestampFrequency;
        var latencies = new List<long>(1024);

        // Open loop: this conversation sends every conversations/rate seconds, offset so all sends are spread evenly.
        var interval = options.Rate is { } rate ? (long)(conversations.Length / rate * frequency) : 0;
        var offset = options.Rate is null ? 0 : interval * number / conversations.Length;
        for (var k = 0L; ; k++)
        {
            var now = TimeProvider.System.GetTimestamp();
            long scheduled;
            if (options.Rate is null)
            {
                if (now >= measureEnd)
                {
                    break;
                }

                scheduled = now;
            }
            else
            {
                scheduled = start + offset + (k * interval);
                if (scheduled >= measureEnd)
                {
                    break;
                }

                if (now >= giveUp)
                {
                    // The server fell so far behind that the backlog could not be sent: each unsent request is an error.
                    var unsent = (int)((measureEnd - scheduled + interval - 1) / interval);
                    Fail($"not sent within {Grace.TotalSeconds:0} s after the end (server too slow for the rate)", unsent);
                    break;
                }

                var wait = scheduled - now;
                if (wait > frequency / 1000)
                {
                    await Task.Delay(TimeSpan.FromSeconds((double)wait / frequency));
                }
            }

            var text = questions[(int)((number + k) % questions.Length)];
            string? error;
            try
            {
                error = await conversation.AskAsync(text, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or IOException)
            {
                error = e is TaskCanceledException ? "timeout" : e.GetType().Name + ": " + e.Message;
            }

            var done = TimeProvider.System.GetTimestamp();
            if (error is not null)
            {
                Fail(error, 1);
                continue;
            }

            Interlocked.Increment(ref _answered);
            if (scheduled >= measureStart)
            {
                latencies.Add(done - scheduled);
            }
        }

        return latencies;
    }

    private void Fail(string kind, int count)
    {
        Interlocked.Add(ref _errors, count);
        _errorKinds.AddOrUpdate(kind, count, (_, c) => c + count);
    }
}
