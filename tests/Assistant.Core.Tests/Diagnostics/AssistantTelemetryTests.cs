using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Core.Diagnostics;

namespace Assistant.Core.Tests.Diagnostics;

/// <summary>The assistant's instruments: closed tag sets only, outcomes of answered and failed turns, one turn span per turn.</summary>
public sealed class AssistantTelemetryTests
{
    [Theory]
    [InlineData("salary", "salary")]
    [InlineData("Mijn naam is Jan Peeters", "other")]
    [InlineData(null, null)]
    public void Closed_AValueOutsideTheSet_IsOther(string? value, string? expected) =>
        Assert.Equal(expected, AssistantTelemetry.Closed(value, Intents.All));

    [Fact]
    public void RecordTurn_TagsOnlyClosedSets_AndCountsAnUnansweredTurnTwice()
    {
        using var measurements = new Measurements();
        var answer = new Answer { Text = "jan@example.com", Language = "nl", Intent = "bel me op 0470 12 34 56", Source = AnswerSources.None, Verdict = "maybe" };

        AssistantTelemetry.RecordTurn("sms", answer, AssistantTelemetry.OutcomeOf(answer), TimeSpan.FromMilliseconds(12));

        var turn = Assert.Single(measurements.Of("assistant.turns"), m => Equals(m.Tags["channel"], "other") && Equals(m.Tags["verdict"], "other"));
        Assert.Equal(("other", "none", "unanswered"), (turn.Tags["intent"], turn.Tags["source"], turn.Tags["outcome"]));
        Assert.Contains(measurements.Of("assistant.turns.unanswered"), m => Equals(m.Tags["channel"], "other") && Equals(m.Tags["intent"], "other"));
        Assert.Contains(measurements.Of("assistant.turn.duration"), m => Equals(m.Tags["channel"], "other") && m.Value == 12);
        Assert.DoesNotContain(measurements.All.SelectMany(m => m.Tags.Values), v => $"{v}".Contains('@', StringComparison.Ordinal) || $"{v}".Contains("0470", StringComparison.Ordinal));
    }

    [Fact]
    public void RecordHttpStatus_Counts4xxAnd5xxOnly()
    {
        using var measurements = new Measurements();

        AssistantTelemetry.RecordHttpStatus(200, "/telemetry-test-ok");
        AssistantTelemetry.RecordHttpStatus(429, "/telemetry-test");
        AssistantTelemetry.RecordHttpStatus(503, "/telemetry-test");

        var ours = measurements.Of("assistant.http.errors").Where(m => ((string?)m.Tags["route"])?.StartsWith("/telemetry-test", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["4xx 429", "5xx 503"], ours.Select(m => $"{m.Tags["status_class"]} {m.Tags["status_code"]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TurnSpan_Failed_NamesTheOutcomeAndTheExceptionTypeOnly()
    {
        using var listener = Listen();
        var turn = AssistantTelemetry.StartTurn(Channels.Web);
        Assert.True(turn.Owned);

        turn.Failed(Channels.Web, new StorageUnavailableException("host=db password=secret"), TimeSpan.Zero);
        turn.Dispose();

        Assert.Equal("unavailable", turn.Activity!.GetTagItem("outcome"));
        Assert.Equal((ActivityStatusCode.Error, nameof(StorageUnavailableException)), (turn.Activity.Status, turn.Activity.StatusDescription));
    }

    [Fact]
    public void StartTurn_InsideAChannelsTurnSpan_ReusesItWithoutOwningIt()
    {
        using var listener = Listen();
        using var outer = AssistantTelemetry.StartTurn(Channels.Teams);

        var inner = AssistantTelemetry.StartTurn(Channels.Teams);

        Assert.Same(outer.Activity, inner.Activity);
        Assert.False(inner.Owned);
        Assert.Equal("teams", outer.Activity!.GetTagItem("channel"));
    }

    private static ActivityListener Listen()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AssistantTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

    /// <summary>Every measurement of the assistant's meter while alive (other tests may record too: filter by tags).</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly ConcurrentQueue<Measurement> _all = new();
        private readonly MeterListener _listener = new();

        public Measurements()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AssistantTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public IEnumerable<Measurement> All => _all;

        public IEnumerable<Measurement> Of(string instrument) => _all.Where(m => m.Instrument == instrument);

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            _all.Enqueue(new Measurement(instrument.Name, value, copy));
        }
    }
}
