using System.Globalization;
using System.Net;

namespace LoadClient;

/// <summary>What to run: the command line of the load client.</summary>
internal sealed record LoadOptions
{
    public const string Usage =
        """
        usage: LoadClient --url http://127.0.0.1:PORT [--url2 http://127.0.0.1:PORT2] [--mode messages|directline] [--secret S] [--conversations 100]
                          [--seconds 20] [--warmup 5] [--rate R] [--label name] [--questions file] [--locale nl-BE]
                          [--transport websocket|polling] [--json]
          --mode messages    POST {url}/api/messages with deliveryMode "expectReplies" (200 with a non-empty activities array)
          --url2             messages only: a second instance; every conversation alternates between --url and --url2 turn by turn
          --mode directline  Direct Line 3.0 under {url}/v3/directline (needs --secret, the server's Assistant:DirectLine:Secret)
          --transport        directline only: replies from the conversation's WebSocket stream (websocket, the default,
                             as Web Chat does) or from GET .../activities?watermark= after each POST (polling)
          --rate R           open loop: R requests/s in total, spread evenly over the conversations; latency is measured
                             from each request's scheduled time. Without --rate: closed loop (saturation).
          --warmup S         seconds run first and discarded (JIT tiering)
          --json             print the result as one JSON line instead of the text line
        Only loopback URLs are accepted. Exit code: 0 = no errors, 1 = errors, 2 = bad arguments.
        """;

    public required Uri Url { get; init; }

    /// <summary>A second instance: the conversations alternate between <see cref="Url"/> and this one turn by turn (messages mode).</summary>
    public Uri? Url2 { get; init; }

    public string Mode { get; init; } = "messages";

    public string? Secret { get; init; }

    public int Conversations { get; init; } = 100;

    public double Seconds { get; init; } = 20;

    public double Warmup { get; init; } = 5;

    /// <summary>Requests per second in total (open loop); null = closed loop.</summary>
    public double? Rate { get; init; }

    public string Label { get; init; } = "";

    public string QuestionsPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "questions.txt");

    public string Locale { get; init; } = "nl-BE";

    public bool Json { get; init; }

    /// <summary>Direct Line only: "websocket" (replies from the stream) or "polling".</summary>
    public string Transport { get; init; } = "websocket";

    public bool IsDirectLine => Mode == "directline";

    /// <summary>The options, or the reason they are not acceptable.</summary>
    public static (LoadOptions? Options, string? Error) Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var json = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--json")
            {
                json = true;
                continue;
            }

            if (name is not ("--url" or "--url2" or "--mode" or "--secret" or "--conversations" or "--seconds" or "--warmup" or "--rate" or "--label" or "--questions" or "--locale" or "--transport"))
            {
                return (null, $"unknown option {name}");
            }

            if (i + 1 >= args.Length)
            {
                return (null, $"{name} needs a value");
            }

            values[name[2..]] = args[++i];
        }

        if (!values.TryGetValue("url", out var url))
        {
            return (null, "--url is required");
        }

        if (!Uri.TryCreate(url.TrimEnd('/'), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/")
        {
            return (null, $"--url must be http://HOST:PORT without a path (got {url})");
        }

        if (!IsLoopback(uri))
        {
            return (null, $"refusing {url}: the load client only targets loopback addresses (127.0.0.0/8, ::1, localhost)");
        }

        var mode = values.GetValueOrDefault("mode", "messages");
        if (mode is not ("messages" or "directline"))
        {
            return (null, $"--mode must be messages or directline (got {mode})");
        }

        Uri? uri2 = null;
        if (values.TryGetValue("url2", out var url2))
        {
            if (!Uri.TryCreate(url2.TrimEnd('/'), UriKind.Absolute, out uri2) || uri2.Scheme != Uri.UriSchemeHttp || uri2.AbsolutePath != "/" || !IsLoopback(uri2))
            {
                return (null, $"--url2 must be a loopback http://HOST:PORT without a path (got {url2})");
            }

            if (mode != "messages")
            {
                return (null, "--url2 works with --mode messages only");
            }
        }

        var transport = values.GetValueOrDefault("transport", "websocket");
        if (transport is not ("websocket" or "polling"))
        {
            return (null, $"--transport must be websocket or polling (got {transport})");
        }

        var secret = values.GetValueOrDefault("secret");
        if (mode == "directline" && string.IsNullOrEmpty(secret))
        {
            return (null, "--mode directline needs --secret (the server's Assistant:DirectLine:Secret)");
        }

        try
        {
            var conversations = Number(values, "conversations", 100, 1, 100_000);
            var seconds = Number(values, "seconds", 20, 0.1, 24 * 3600);
            var warmup = Number(values, "warmup", 5, 0, 3600);
            double? rate = values.ContainsKey("rate") ? Number(values, "rate", 0, 0.001, 10_000_000) : null;
            var options = new LoadOptions
            {
                Url = uri,
                Url2 = uri2,
                Mode = mode,
                Secret = secret,
                Conversations = (int)conversations,
                Seconds = seconds,
                Warmup = warmup,
                Rate = rate,
                Label = values.GetValueOrDefault("label", $"{mode} {uri.Authority}"),
                Locale = values.GetValueOrDefault("locale", "nl-BE"),
                Json = json,
                Transport = transport,
            };
            return (values.TryGetValue("questions", out var questions) ? options with { QuestionsPath = questions } : options, null);
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
    }

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static double Number(Dictionary<string, string> values, string name, double fallback, double min, double max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new FormatException($"--{name} must be a number from {min} to {max} (got {text})");
        }

        return value;
    }
}
