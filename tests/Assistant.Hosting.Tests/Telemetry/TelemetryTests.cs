using System.Collections.Concurrent;
using System.Diagnostics;
using Assistant.Core.Answers;
using Assistant.Core.Diagnostics;
using Assistant.Dialogs.Conversations;
using Assistant.Hosting.Telemetry;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Assistant.Hosting.Tests.Telemetry;

/// <summary>The composition root's telemetry: off by default, OTLP from configuration, spans of a turn, scrubbed URLs.</summary>
public sealed class TelemetryTests
{
    private static readonly DateTimeOffset Now = new(2031, 3, 4, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly KnowledgeSnapshot Empty = new([], [], VacancyIndex.Build([]), Now);

    [Fact]
    public void AddAssistant_WithoutTelemetrySettings_RegistersNoOpenTelemetry()
    {
        using var services = Build([]);

        Assert.False(services.GetRequiredService<TelemetryOptions>().IsOn);
        Assert.Null(services.GetService<TracerProvider>());
        Assert.Null(services.GetService<MeterProvider>());
    }

    [Fact]
    public void AddAssistant_WithAnOtlpEndpoint_RegistersTracingAndMetrics()
    {
        var collection = Collection(new() { ["Assistant:Telemetry:Otlp:Endpoint"] = "http://127.0.0.1:4317" });

        Assert.True(collection.BuildServiceProvider().GetRequiredService<TelemetryOptions>().Otlp.IsOn);
        Assert.Contains(collection, d => d.ServiceType == typeof(TracerProvider));
        Assert.Contains(collection, d => d.ServiceType == typeof(MeterProvider));
    }

    [Theory]
    [InlineData("Assistant:Telemetry:Otlp:Endpoint", "collector:4317", "Otlp:Endpoint")]
    [InlineData("Assistant:Telemetry:Otlp:Endpoint", "ftp://collector", "Otlp:Endpoint")]
    [InlineData("Assistant:Telemetry:Otlp:Protocol", "carrier-pigeon", "Otlp:Protocol")]
    [InlineData("Assistant:Telemetry:SampleRatio", "1.5", "SampleRatio")]
    public void Read_AnInvalidSetting_FailsNamingIt(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => TelemetryOptions.Read(configuration));

        Assert.Contains("Assistant:Telemetry:" + named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_HttpProtobuf_SendsEachSignalToItsPathUnderTheBaseUrl()
    {
        var options = new OtlpTelemetryOptions { Endpoint = "http://collector.local:4318/otlp/", Protocol = OtlpTelemetryOptions.HttpProtobuf, Headers = "x-api-key=abc" };
        var traces = new OtlpExporterOptions();
        var grpc = new OtlpExporterOptions();

        TelemetryServiceCollectionExtensions.Configure(traces, options, "v1/traces");
        TelemetryServiceCollectionExtensions.Configure(grpc, new OtlpTelemetryOptions { Endpoint = "http://collector.local:4317" }, "v1/traces");

        Assert.Equal(("http://collector.local:4318/otlp/v1/traces", OtlpExportProtocol.HttpProtobuf, "x-api-key=abc"), (traces.Endpoint.AbsoluteUri, traces.Protocol, traces.Headers));
        Assert.Equal(("http://collector.local:4317/", OtlpExportProtocol.Grpc), (grpc.Endpoint.AbsoluteUri, grpc.Protocol));
    }

    [Fact]
    public void Configure_FromEnvironment_KeepsWhatTheExporterReadFromTheStandardVariables()
    {
        var otlp = new OtlpExporterOptions { Endpoint = new Uri("http://agent.local:4317"), Protocol = OtlpExportProtocol.Grpc };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Assistant:Telemetry:Otlp:FromEnvironment"] = "true" }).Build();
        var options = TelemetryOptions.Read(configuration);

        TelemetryServiceCollectionExtensions.Configure(otlp, options.Otlp, "v1/traces");

        Assert.True(options.IsOn);
        Assert.Equal("http://agent.local:4317/", otlp.Endpoint.AbsoluteUri);
    }

    [Fact]
    public async Task Engine_OneTurn_IsATurnSpanWithUnderstandingToolAndStoreSpansAndNoTextInAnyTag()
    {
        const string Marker = "qx7telemetrymarker";
        using var spans = new SpanRecorder();
        using var services = Build(new() { ["Assistant:Storage:Provider"] = "memory" });
        var engine = services.GetRequiredService<ConversationEngine>();

        using (var parent = SpanRecorder.Test.StartActivity("test"))
        {
            Assert.NotNull(parent);
            await engine.HandleAsync("conversation-" + Marker, new TurnInput("Hallo, ik ben " + Marker + " (" + Marker + "@example.com)", Now, Channels.Cli));
            var trace = spans.Of(parent.TraceId);

            var turn = Assert.Single(trace, s => s.OperationName == AssistantTelemetry.Spans.Turn);
            Assert.Equal(parent.SpanId, turn.ParentSpanId);
            Assert.Equal(
                [AssistantTelemetry.Spans.Store + " load", AssistantTelemetry.Spans.Store + " save", AssistantTelemetry.Spans.Tool, AssistantTelemetry.Spans.Understanding],
                trace.Where(s => s.ParentSpanId == turn.SpanId).Select(Name).Order(StringComparer.Ordinal).ToArray());
            Assert.Equal(
                ("cli", "smalltalk", "rules", "answered"),
                (Tag(turn, "channel"), Tag(turn, "intent"), Tag(turn, "source"), Tag(turn, "outcome")));
            Assert.Equal("nl", Tag(trace.Single(s => s.OperationName == AssistantTelemetry.Spans.Understanding), "language"));
            Assert.DoesNotContain(trace.SelectMany(s => s.TagObjects), tag => $"{tag.Key}={tag.Value}".Contains(Marker, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Scrubber_KeepsRouteTemplatesAndOrigins_DropsIdsQueriesAndClientAddresses()
    {
        using var spans = new SpanRecorder();
        using var activity = SpanRecorder.Test.StartActivity("request");
        Assert.NotNull(activity);
        activity.SetTag("url.path", "/v3/directline/conversations/conv-abc123/activities");
        activity.SetTag("http.route", "/v3/directline/conversations/{conversationId}/activities");
        activity.SetTag("url.query", "?q=mag ik solliciteren met jan@example.com");
        activity.SetTag("client.address", "203.0.113.7");
        activity.SetTag("user_agent.original", "Mozilla/5.0");
        activity.SetTag("http.request.method", "POST");

        TelemetryScrubber.Scrub(activity);

        Assert.Equal("/v3/directline/conversations/{conversationId}/activities", activity.GetTagItem("url.path"));
        Assert.Null(activity.GetTagItem("url.query"));
        Assert.Null(activity.GetTagItem("client.address"));
        Assert.Null(activity.GetTagItem("user_agent.original"));
        Assert.Equal("POST", activity.GetTagItem("http.request.method"));
    }

    [Fact]
    public void Scrubber_AClientSpansUrl_KeepsItsOriginOnly_AndAPathWithoutRouteIsDropped()
    {
        using var spans = new SpanRecorder();
        using var activity = SpanRecorder.Test.StartActivity("call");
        Assert.NotNull(activity);
        activity.SetTag("url.full", "https://smba.example.net/emea/v3/conversations/a%3Bmessageid%3D1/activities/42?x=1");
        activity.SetTag("url.path", "/unmatched/conv-xyz");

        TelemetryScrubber.Scrub(activity);

        Assert.Equal("https://smba.example.net/", activity.GetTagItem("url.full"));
        Assert.Null(activity.GetTagItem("url.path"));
    }

    private static string Name(Activity span) =>
        span.GetTagItem(AssistantTelemetry.TagNames.Operation) is string operation ? span.OperationName + " " + operation : span.OperationName;

    private static string? Tag(Activity span, string name) => span.GetTagItem(name) as string;

    private static IServiceCollection Collection(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddSingleton<Func<KnowledgeSnapshot>>(() => Empty);
        services.AddAssistant(configuration, Path.Combine(Path.GetTempPath(), "assistant-hosting-tests", Guid.NewGuid().ToString("N")));
        return services;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) => Collection(settings).BuildServiceProvider();

    /// <summary>Every finished span of the assistant's source and of the test's own, whatever test made it (filter by trace).</summary>
    private sealed class SpanRecorder : IDisposable
    {
        public static readonly ActivitySource Test = new("Assistant.Hosting.Tests");

        private readonly ConcurrentQueue<Activity> _finished = new();
        private readonly ActivityListener _listener;

        public SpanRecorder()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is AssistantTelemetry.Name or "Assistant.Hosting.Tests",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _finished.Enqueue,
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public List<Activity> Of(ActivityTraceId trace) => [.. _finished.Where(a => a.TraceId == trace)];

        public void Dispose() => _listener.Dispose();
    }
}
