using System.Collections;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Assistant.Core.Diagnostics;
using Assistant.Web.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Assistant.Web.Tests.Telemetry;

/// <summary>
/// OpenTelemetry on the web host over Kestrel: the span tree of a real turn (in-memory exporter), no message text, name,
/// e-mail or conversation id in any tag, event or span name, and <c>/metrics</c> (on: Prometheus text with the turn
/// counter, operator access only; off: 404 and no provider at all).
/// </summary>
public sealed class TelemetryTests
{
    private const string Marker = "zq9spanmarker";

    [Fact]
    public async Task ApiMessagesTurn_IsOneTurnSpanUnderTheRequest_WithUnderstandingToolStoreAndChannelChildren()
    {
        using var spans = new Spans();
        using var host = TelemetryHost(spans);
        using var trace = new Activity("test").SetIdFormat(ActivityIdFormat.W3C);
        var conversation = "conv-" + Marker + "-" + Guid.NewGuid().ToString("N")[..6];

        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.Json(Activities.Message(conversation, $"Ik ben Jan {Marker}, mail {Marker}@example.com: wat verdien ik in Harelbeke?")), System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await SendInTraceAsync(client, request, trace);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tree = await spans.TraceAsync(trace.TraceId);

        var server = Assert.Single(tree, s => s.Kind == ActivityKind.Server);
        Assert.Equal("/api/messages", server.GetTagItem("http.route"));
        var turn = Assert.Single(tree, s => s.OperationName == AssistantTelemetry.Spans.Turn);
        Assert.Equal(server.SpanId, turn.ParentSpanId);
        Assert.Equal(
            ["assistant.channel expect-replies", "assistant.store load", "assistant.store save", "assistant.tool", "assistant.understanding"],
            Children(tree, turn));
        Assert.Equal(("web", "salary", "answered"), (Tag(turn, "channel"), Tag(turn, "intent"), Tag(turn, "outcome")));
        Assert.NotNull(Tag(turn, "source"));
        AssertNothingPersonal(tree, conversation);
    }

    [Fact]
    public async Task DirectLineTurn_DeliversUnderTheTurn_AndNoTagHoldsTheTextOrTheConversationId()
    {
        using var spans = new Spans();
        using var host = TelemetryHost(spans);
        var directLine = new DirectLineClient(host);
        var (conversationId, token, _) = await directLine.StartAsync();
        using var trace = new Activity("test").SetIdFormat(ActivityIdFormat.W3C);

        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = System.Net.Http.Json.JsonContent.Create(DirectLineClient.Message($"Tot wanneer kan ik solliciteren? Groet, {Marker} (+32 470 12 34 56)", "c-" + Marker)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await SendInTraceAsync(client, request, trace);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tree = await spans.TraceAsync(trace.TraceId);

        var server = Assert.Single(tree, s => s.Kind == ActivityKind.Server);
        Assert.Equal("/v3/directline/conversations/{conversationId}/activities", server.GetTagItem("url.path"));
        var turn = Assert.Single(tree, s => s.OperationName == AssistantTelemetry.Spans.Turn);
        Assert.Contains("assistant.channel directline", Children(tree, turn));
        Assert.Contains("assistant.understanding", Children(tree, turn));
        AssertNothingPersonal(tree, conversationId);
    }

    [Fact]
    public async Task Metrics_WhenOn_ArePrometheusTextWithTheTurnCounter_AfterATurn()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Telemetry:Prometheus"] = "true" });
        await host.RepliesAsync(Activities.Message(Activities.NewConversation(), "Tot wanneer kan ik solliciteren in Harelbeke?"));

        using var client = host.CreateClient();
        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE assistant_turns_total counter", text, StringComparison.Ordinal);
        Assert.Matches("""assistant_turns_total\{[^}]*channel="web"[^}]*intent="deadline"[^}]*\} [1-9]""", text);
        Assert.Contains("assistant_turn_duration_milliseconds_bucket", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_WhenOff_Are404_AndNoProviderExists()
    {
        using var host = new WebHost();

        using var client = host.CreateClient();
        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Metrics_WithoutLoopbackAccess_NeedTheOperatorKey_AsHeaderOrBearer()
    {
        using var host = new WebHost(new Dictionary<string, string?>
        {
            ["Assistant:Telemetry:Prometheus"] = "true",
            ["Assistant:Staff:AllowLoopback"] = "false",
            ["Assistant:Staff:AccessKey"] = "operator-key-1",
        });
        using var client = host.CreateClient();

        using var anonymous = await client.GetAsync("/metrics");
        using var wrong = await SendAsync(client, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess"));
        using var header = await SendAsync(client, r => r.Headers.Add("X-Access-Key", "operator-key-1"));
        using var bearer = await SendAsync(client, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "operator-key-1"));

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.OK),
            (anonymous.StatusCode, wrong.StatusCode, header.StatusCode, bearer.StatusCode));
    }

    [Fact]
    public async Task HttpErrors_A4xxIsCountedByStatusAndRouteTemplate()
    {
        using var host = new WebHost(new Dictionary<string, string?> { ["Assistant:Telemetry:Prometheus"] = "true" });
        using var client = host.CreateClient();
        using var bad = await host.PostActivityAsync("{ not json");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var text = await client.GetStringAsync("/metrics");

        Assert.Matches("""assistant_http_errors_total\{[^}]*route="/api/messages"[^}]*status_class="4xx"[^}]*status_code="400"[^}]*\} [1-9]""", text);
    }

    /// <summary>Sends <paramref name="request"/> as part of the test's trace (the test client's span, then the host's request span, carry its trace id).</summary>
    private static async Task<HttpResponseMessage> SendInTraceAsync(HttpClient client, HttpRequestMessage request, Activity trace)
    {
        // Sampled, so the host's parent-based sampler keeps the request's spans.
        trace.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        trace.Start();
        try
        {
            return await client.SendAsync(request);
        }
        finally
        {
            trace.Stop();
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        configure(request);
        return await client.SendAsync(request);
    }

    /// <summary>A host with telemetry on (Prometheus) whose spans also go to <paramref name="spans"/>' in-memory exporter.</summary>
    private static WebHost TelemetryHost(Spans spans) =>
        new(new Dictionary<string, string?> { ["Assistant:Telemetry:Prometheus"] = "true" }, services => services.ConfigureOpenTelemetryTracerProvider(tracing => spans.AddTo(tracing)));

    private static string[] Children(IEnumerable<Activity> tree, Activity parent) =>
        [.. tree.Where(s => s.ParentSpanId == parent.SpanId)
            .Select(s => (s.GetTagItem("operation") ?? s.GetTagItem("delivery")) is { } detail ? s.OperationName + " " + detail : s.OperationName)
            .Order(StringComparer.Ordinal)];

    private static string? Tag(Activity span, string name) => span.GetTagItem(name) as string;

    /// <summary>No span name, tag, event or link of the trace holds the marker, the e-mail or phone number, or the conversation id.</summary>
    private static void AssertNothingPersonal(IReadOnlyList<Activity> tree, string conversationId)
    {
        Assert.NotEmpty(tree);
        var texts = tree.SelectMany(s => new[] { s.DisplayName, s.OperationName, s.StatusDescription ?? "" }
            .Concat(s.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(s.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Append(e.Name)))
            .Concat(s.Baggage.Select(b => $"{b.Key}={b.Value}"))).ToList();
        Assert.DoesNotContain(texts, t => t.Contains(Marker, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains(conversationId, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("470 12 34 56", StringComparison.Ordinal) || t.Contains("@example.com", StringComparison.Ordinal));
    }

    /// <summary>
    /// The in-memory exporter's list (locked: the providers of hosts in other tests of this process export here too) and
    /// a processor after it that signals when the request span of a trace has ended (the last span of a turn).
    /// </summary>
    private sealed class Spans : IDisposable
    {
        private readonly LockedList _exported = new();
        private readonly Dictionary<ActivityTraceId, TaskCompletionSource> _ended = [];

        public void AddTo(TracerProviderBuilder tracing) => tracing.AddInMemoryExporter(_exported).AddProcessor(new Signal(this));

        public async Task<IReadOnlyList<Activity>> TraceAsync(ActivityTraceId trace)
        {
            try
            {
                await Ended(trace).Task.WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"The request span of trace {trace} did not end; exported: " + string.Join("; ", _exported.Where(_ => true).Select(a => $"{a.Source.Name} {a.OperationName} {a.Kind} {a.TraceId}")));
            }
            return _exported.Where(a => a.TraceId == trace);
        }

        public void Dispose()
        {
        }

        private TaskCompletionSource Ended(ActivityTraceId trace)
        {
            lock (_ended)
            {
                if (!_ended.TryGetValue(trace, out var ended))
                {
                    _ended[trace] = ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                return ended;
            }
        }

        private sealed class Signal(Spans owner) : BaseProcessor<Activity>
        {
            public override void OnEnd(Activity data)
            {
                if (data.Kind == ActivityKind.Server)
                {
                    owner.Ended(data.TraceId).TrySetResult();
                }
            }
        }
    }

    private sealed class LockedList : ICollection<Activity>
    {
        private readonly List<Activity> _items = [];

        public int Count { get { lock (_items) { return _items.Count; } } }

        public bool IsReadOnly => false;

        public void Add(Activity item) { lock (_items) { _items.Add(item); } }

        public void Clear() { lock (_items) { _items.Clear(); } }

        public bool Contains(Activity item) { lock (_items) { return _items.Contains(item); } }

        public void CopyTo(Activity[] array, int arrayIndex) { lock (_items) { _items.CopyTo(array, arrayIndex); } }

        public bool Remove(Activity item) { lock (_items) { return _items.Remove(item); } }

        public List<Activity> Where(Func<Activity, bool> predicate) { lock (_items) { return [.. _items.Where(predicate)]; } }

        public IEnumerator<Activity> GetEnumerator() { lock (_items) { return _items.ToList().GetEnumerator(); } }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
