using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LoadClient;

/// <summary>The measured requests' latencies (sorted, ms) and the errors of the whole run (warm-up included).</summary>
internal sealed record LoadResult(double[] Latencies, double Seconds, int Errors, IReadOnlyDictionary<string, int> ErrorKinds)
{
    public int Requests => Latencies.Length;

    /// <summary>Turns answered over the whole run, warm-up included (what the server acknowledged: the soak counts them in the store).</summary>
    public int Answered { get; init; }

    public double Throughput => Requests / Seconds;

    /// <summary>Nearest-rank percentile in ms (0 when nothing was measured).</summary>
    public double Percentile(double q) => Latencies.Length == 0 ? 0 : Latencies[Math.Clamp((int)Math.Ceiling(q * Latencies.Length) - 1, 0, Latencies.Length - 1)];

    public double Max => Latencies.Length == 0 ? 0 : Latencies[^1];

    public string ToText(LoadOptions options)
    {
        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"{options.Label}: {Requests} requests in {Seconds:0.0} s = {Throughput:0} req/s; ")
            + string.Create(c, $"p50 {Percentile(0.50):0.00} ms, p90 {Percentile(0.90):0.00} ms, p99 {Percentile(0.99):0.00} ms, max {Max:0.00} ms; errors {Errors}");
    }

    public string ToJson(LoadOptions options, double clientCores)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("label", options.Label);
            w.WriteString("mode", options.Mode);
            w.WriteString("loop", options.Rate is null ? "closed" : "open");
            if (options.Rate is { } rate)
            {
                w.WriteNumber("rate", rate);
            }

            w.WriteNumber("conversations", options.Conversations);
            w.WriteNumber("seconds", options.Seconds);
            w.WriteNumber("requests", Requests);
            w.WriteNumber("throughput", Math.Round(Throughput, 1));
            w.WriteNumber("p50", Math.Round(Percentile(0.50), 3));
            w.WriteNumber("p90", Math.Round(Percentile(0.90), 3));
            w.WriteNumber("p99", Math.Round(Percentile(0.99), 3));
            w.WriteNumber("max", Math.Round(Max, 3));
            w.WriteNumber("errors", Errors);
            w.WriteNumber("answered", Answered);
            w.WriteNumber("clientCores", Math.Round(clientCores, 2));
            w.WriteStartObject("errorKinds");
            foreach (var (kind, count) in ErrorKinds)
            {
                w.WriteNumber(kind, count);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
