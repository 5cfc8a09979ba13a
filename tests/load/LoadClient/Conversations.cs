using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace LoadClient;

/// <summary>One simulated user: asks one question at a time; a turn's result is null (answered) or an error kind.</summary>
internal abstract class Conversation(HttpClient http, LoadOptions options, int number, string run)
{
    protected static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private int _turn;

    protected HttpClient Http { get; } = http;

    protected LoadOptions Options { get; } = options;

    protected int Number { get; } = number;

    protected string Run { get; } = run;

    protected string UserId => $"user-{Number}";

    /// <summary>Whatever the conversation needs before its first question (not measured); throws when that fails.</summary>
    public virtual Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Asks <paramref name="text"/> and waits for the bot's reply: null when it came, else what went wrong.</summary>
    public abstract Task<string?> AskAsync(string text, CancellationToken cancellationToken);

    /// <summary>The next client-side activity id of this conversation.</summary>
    protected string NextId() => $"m{Number}-{++_turn}";

    /// <summary>A JSON body written by <paramref name="write"/> into this conversation's buffer (one request at a time).</summary>
    protected HttpContent Body(Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            write(writer);
        }

        var content = new ReadOnlyMemoryContent(_buffer.WrittenMemory);
        content.Headers.ContentType = JsonType;
        return content;
    }

    protected static string Status(HttpResponseMessage response) => "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
}

/// <summary>POST /api/messages with deliveryMode "expectReplies": the replies are in the response body.</summary>
internal sealed class MessagesConversation(HttpClient http, LoadOptions options, int number, string run) : Conversation(http, options, number, run)
{
    private readonly Uri[] _endpoints = options.Url2 is null ? [new(options.Url, "/api/messages")] : [new(options.Url, "/api/messages"), new(options.Url2, "/api/messages")];
    private readonly string _serviceUrl = options.Url.GetLeftPart(UriPartial.Authority) + "/";
    private long _turns;

    public override async Task<string?> AskAsync(string text, CancellationToken cancellationToken)
    {
        var id = NextId();
        var endpoint = _endpoints[(Number + _turns++) % _endpoints.Length];
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = Body(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "message");
                w.WriteString("id", id);
                w.WriteString("text", text);
                w.WriteString("channelId", "webchat");
                w.WriteString("serviceUrl", _serviceUrl);
                w.WriteString("deliveryMode", "expectReplies");
                w.WriteStartObject("from");
                w.WriteString("id", UserId);
                w.WriteEndObject();
                w.WriteStartObject("recipient");
                w.WriteString("id", "bot");
                w.WriteEndObject();
                w.WriteStartObject("conversation");
                w.WriteString("id", $"load-{Run}-{Number}");
                w.WriteEndObject();
                w.WriteString("locale", Options.Locale);
                w.WriteEndObject();
            }),
        };
        using var response = await Http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return Status(response);
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.ValueKind == JsonValueKind.Object
            && json.RootElement.TryGetProperty("activities", out var activities)
            && activities.ValueKind == JsonValueKind.Array && activities.GetArrayLength() > 0
            ? null
            : "200 without activities";
    }
}

/// <summary>
/// Direct Line 3.0: the conversation is started with the secret (its token is used afterwards); a question is
/// POST .../activities, then the bot's reply to the posted id is awaited on the conversation's WebSocket stream (as
/// Web Chat does), or with <c>--transport polling</c> fetched with GET .../activities?watermark=W.
/// </summary>
internal sealed class DirectLineConversation(HttpClient http, LoadOptions options, int number, string run) : Conversation(http, options, number, run)
{
    private const string Pending = "pending";
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private string _conversationUrl = "";
    private string _authorization = "";
    private string _watermark = "";
    private DirectLineStreamReader? _stream;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Options.Url, "/v3/directline/conversations"))
        {
            Content = Body(w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("user");
                w.WriteString("id", UserId);
                w.WriteEndObject();
                w.WriteString("locale", Options.Locale);
                w.WriteEndObject();
            }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Options.Secret);
        using var response = await Http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"POST /v3/directline/conversations answered {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        var conversationId = json.RootElement.GetProperty("conversationId").GetString() ?? throw new InvalidOperationException("no conversationId");
        var token = json.RootElement.GetProperty("token").GetString() ?? throw new InvalidOperationException("no token");
        _conversationUrl = $"{Options.Url.GetLeftPart(UriPartial.Authority)}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        _authorization = "Bearer " + token;
        if (Options.Transport == "websocket")
        {
            var streamUrl = json.RootElement.GetProperty("streamUrl").GetString() ?? throw new InvalidOperationException("no streamUrl");
            _stream = await DirectLineStreamReader.ConnectAsync(new Uri(streamUrl), UserId, cancellationToken);
            return;
        }

        // The welcome is not a reply to anything: read it now so the first measured poll starts after it.
        if (await PollAsync(replyToId: null, cancellationToken) is { } error)
        {
            throw new InvalidOperationException($"the first poll of {conversationId} failed: {error}");
        }
    }

    public override async Task<string?> AskAsync(string text, CancellationToken cancellationToken)
    {
        string postedId;
        using (var request = new HttpRequestMessage(HttpMethod.Post, _conversationUrl))
        {
            request.Content = Body(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "message");
                w.WriteStartObject("from");
                w.WriteString("id", UserId);
                w.WriteEndObject();
                w.WriteString("text", text);
                w.WriteString("locale", Options.Locale);
                w.WriteEndObject();
            });
            request.Headers.TryAddWithoutValidation("Authorization", _authorization);
            using var response = await Http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return "POST " + Status(response);
            }

            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("id", out var id) || id.GetString() is not { Length: > 0 } value)
            {
                return "POST 200 without id";
            }

            postedId = value;
        }

        if (_stream is not null)
        {
            return await _stream.WaitForReplyAsync(postedId, ReplyTimeout, cancellationToken) ? null : "no reply on the stream within 30 s";
        }

        // The server answers the POST after the turn ran, so the first poll normally has the reply; poll on if not.
        var deadline = TimeProvider.System.GetTimestamp() + (long)(ReplyTimeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            var result = await PollAsync(postedId, cancellationToken);
            if (result != Pending)
            {
                return result;
            }

            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                return "no reply within 30 s";
            }

            await Task.Delay(1, cancellationToken);
        }
    }

    /// <summary>One GET ...?watermark=W (advancing W): null when the reply to <paramref name="replyToId"/> is in it (or any page when null), <see cref="Pending"/> when not yet, else the error.</summary>
    private async Task<string?> PollAsync(string? replyToId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _conversationUrl + "?watermark=" + _watermark);
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        using var response = await Http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return "GET " + Status(response);
        }

        using var json = JsonDocument.Parse(body);
        if (json.RootElement.TryGetProperty("watermark", out var watermark) && watermark.GetString() is { } mark)
        {
            _watermark = Uri.EscapeDataString(mark);
        }

        if (replyToId is null)
        {
            return null;
        }

        if (!json.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            return "GET 200 without activities";
        }

        foreach (var activity in activities.EnumerateArray())
        {
            if (IsBotReply(activity, replyToId))
            {
                return null;
            }
        }

        return Pending;
    }

    private bool IsBotReply(JsonElement activity, string replyToId)
    {
        if (!activity.TryGetProperty("replyToId", out var reply) || reply.GetString() != replyToId)
        {
            return false;
        }

        if (!activity.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        return (from.TryGetProperty("role", out var role) && role.GetString() == "bot")
            || (from.TryGetProperty("id", out var id) && id.GetString() != UserId);
    }
}
