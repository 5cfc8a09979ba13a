using System.Diagnostics;
using System.Diagnostics.Metrics;
using Assistant.Core.Answers;

namespace Assistant.Core.Diagnostics;

/// <summary>
/// The assistant's traces and metrics (<see cref="System.Diagnostics"/> only; the hosts decide whether anything listens:
/// OpenTelemetry is wired by Assistant.Hosting and is off by default). One <see cref="ActivitySource"/> and one
/// <see cref="Meter"/>, both named <see cref="Name"/>; other areas name their meter <c>Assistant.&lt;Area&gt;</c> (the
/// language model's is <see cref="AiMeterName"/>) and their instruments <c>assistant.&lt;what&gt;</c>.
/// <para>
/// Tags are closed sets only (<see cref="TagNames"/>): a channel, intent, source or verdict that is not one of Core's wire
/// strings is tagged <see cref="Other"/>, so neither a message text nor a name, an e-mail or an id can end up in a tag.
/// </para>
/// </summary>
public static class AssistantTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Assistant";

    /// <summary>The meter of the optional language model (Assistant.AI).</summary>
    public const string AiMeterName = Name + ".AI";

    /// <summary>A tag value outside its closed set.</summary>
    public const string Other = "other";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    /// <summary>Span names: one turn, with the understanding, the tool (dialog, router, tools), the store and the channel's delivery as children.</summary>
    public static class Spans
    {
        public const string Turn = "assistant.turn";
        public const string Understanding = "assistant.understanding";
        public const string Tool = "assistant.tool";
        public const string Store = "assistant.store";
        public const string Channel = "assistant.channel";
    }

    /// <summary>The tag names used on spans and metrics (nothing else is tagged).</summary>
    public static class TagNames
    {
        public const string Channel = "channel";
        public const string Intent = "intent";
        public const string Source = "source";
        public const string Verdict = "verdict";
        public const string Outcome = "outcome";

        /// <summary>A store span's operation: load, save, delete.</summary>
        public const string Operation = "operation";

        /// <summary>The reply language (nl, en, fr) on the understanding span.</summary>
        public const string Language = "language";

        /// <summary>How the channel delivers replies: directline, expect-replies, connector, invoke.</summary>
        public const string Delivery = "delivery";

        /// <summary>The HTTP status class of <c>assistant.http.errors</c>: 4xx or 5xx.</summary>
        public const string StatusClass = "status_class";

        /// <summary>The HTTP status code of <c>assistant.http.errors</c>.</summary>
        public const string StatusCode = "status_code";

        /// <summary>The route template (never the path: paths hold conversation ids).</summary>
        public const string Route = "route";
    }

    /// <summary>How a turn ended (tag <c>outcome</c>).</summary>
    public static class Outcomes
    {
        /// <summary>Answered by rules or a quoted passage.</summary>
        public const string Answered = "answered";

        /// <summary>The documents do not say (<see cref="AnswerSources.None"/>) or the question was not understood.</summary>
        public const string Unanswered = "unanswered";

        /// <summary>The turn failed (an exception; the channel apologises).</summary>
        public const string Failed = "failed";

        /// <summary>The store could not be used (the client gets 503 and sends again).</summary>
        public const string Unavailable = "unavailable";

        /// <summary>The turn was given up when the caller went away.</summary>
        public const string Cancelled = "cancelled";

        /// <summary>The optimistic retries ran out (store conflicts).</summary>
        public const string Conflict = "conflict";

        /// <summary>A store conflict that re-runs the turn (tag of <c>assistant.store.conflicts</c>).</summary>
        public const string Retried = "retried";
    }

    private static readonly Counter<long> TurnCounter = Meter.CreateCounter<long>("assistant.turns", "{turn}", "Turns answered, by channel, intent, source, verdict and outcome.");
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("assistant.turn.duration", "ms", "Time from a message to its answer (store included, delivery excluded).");
    private static readonly Counter<long> UnansweredCounter = Meter.CreateCounter<long>("assistant.turns.unanswered", "{turn}", "Turns the documents did not answer or that were not understood; the unanswered rate is this over assistant.turns.");
    private static readonly Counter<long> ConflictCounter = Meter.CreateCounter<long>("assistant.store.conflicts", "{conflict}", "Optimistic-concurrency conflicts of the conversation store.");
    private static readonly Counter<long> HttpErrorCounter = Meter.CreateCounter<long>("assistant.http.errors", "{response}", "HTTP responses with a 4xx or 5xx status, by status and route template.");

    /// <summary><paramref name="value"/> when it is one of <paramref name="allowed"/>, else <see cref="Other"/> (null stays null).</summary>
    public static string? Closed(string? value, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return value is null ? null : allowed.Contains(value, StringComparer.Ordinal) ? value : Other;
    }

    /// <summary>The outcome of an answered turn: <see cref="Outcomes.Unanswered"/> when the documents did not say or the intent is unknown.</summary>
    public static string OutcomeOf(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Source == AnswerSources.None || answer.Intent == Intents.Unknown ? Outcomes.Unanswered : Outcomes.Answered;
    }

    /// <summary>Records one finished turn on the meter: <c>assistant.turns</c>, <c>assistant.turn.duration</c> and, when unanswered, <c>assistant.turns.unanswered</c>.</summary>
    public static void RecordTurn(string channel, Answer? answer, string outcome, TimeSpan elapsed)
    {
        var channelTag = Closed(channel, Channels.All) ?? Other;
        var intent = Closed(answer?.Intent, Intents.All) ?? "";
        TagList tags = default;
        tags.Add(TagNames.Channel, channelTag);
        tags.Add(TagNames.Intent, intent);
        tags.Add(TagNames.Source, Closed(answer?.Source, AnswerSources.All) ?? "");
        tags.Add(TagNames.Verdict, Closed(answer?.Verdict, Verdicts.All) ?? "");
        tags.Add(TagNames.Outcome, outcome);
        TurnCounter.Add(1, tags);
        TurnDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>(TagNames.Channel, channelTag), new KeyValuePair<string, object?>(TagNames.Outcome, outcome));
        if (outcome == Outcomes.Unanswered)
        {
            UnansweredCounter.Add(1, new KeyValuePair<string, object?>(TagNames.Channel, channelTag), new KeyValuePair<string, object?>(TagNames.Intent, intent));
        }
    }

    /// <summary>Counts one store conflict; <paramref name="outcome"/> is <see cref="Outcomes.Retried"/> or <see cref="Outcomes.Conflict"/> (retries ran out).</summary>
    public static void RecordConflict(string outcome) => ConflictCounter.Add(1, new KeyValuePair<string, object?>(TagNames.Outcome, outcome));

    /// <summary>Counts a 4xx or 5xx response (other statuses are ignored); <paramref name="route"/> is a route template or null.</summary>
    public static void RecordHttpStatus(int statusCode, string? route)
    {
        if (statusCode is < 400 or > 599)
        {
            return;
        }

        HttpErrorCounter.Add(
            1,
            new KeyValuePair<string, object?>(TagNames.StatusClass, statusCode < 500 ? "4xx" : "5xx"),
            new KeyValuePair<string, object?>(TagNames.StatusCode, statusCode),
            new KeyValuePair<string, object?>(TagNames.Route, route ?? "unmatched"));
    }

    /// <summary>
    /// The turn span: the current activity when it is already this source's turn (a channel started it, to put its
    /// delivery under it), else a new one. <see cref="TurnSpan.Owned"/> says whether the caller must stop it.
    /// </summary>
    public static TurnSpan StartTurn(string channel)
    {
        if (Activity.Current is { } current && current.Source == Source && current.OperationName == Spans.Turn)
        {
            return new TurnSpan(current, Owned: false);
        }

        var started = Source.StartActivity(Spans.Turn);
        started?.SetTag(TagNames.Channel, Closed(channel, Channels.All));
        return new TurnSpan(started, Owned: true);
    }

    /// <summary>A child span (<see cref="Spans"/>) of the current activity, or null when nothing listens.</summary>
    public static Activity? StartSpan(string name, string? tagName = null, string? tagValue = null)
    {
        var activity = Source.StartActivity(name);
        if (activity is not null && tagName is not null)
        {
            activity.SetTag(tagName, tagValue);
        }

        return activity;
    }

    /// <summary>Tags the answer's closed-set values on <paramref name="activity"/> (intent, source, verdict).</summary>
    public static void TagAnswer(Activity? activity, Answer? answer)
    {
        if (activity is null || answer is null)
        {
            return;
        }

        activity.SetTag(TagNames.Intent, Closed(answer.Intent, Intents.All));
        activity.SetTag(TagNames.Source, Closed(answer.Source, AnswerSources.All));
        activity.SetTag(TagNames.Verdict, Closed(answer.Verdict, Verdicts.All));
    }

    /// <summary>Marks <paramref name="activity"/> failed with the exception's type name only (its message may quote input).</summary>
    public static void Failed(Activity? activity, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
    }
}

/// <summary>The turn span of <see cref="AssistantTelemetry.StartTurn"/>: stopped on dispose when <see cref="Owned"/>.</summary>
public readonly record struct TurnSpan(Activity? Activity, bool Owned) : IDisposable
{
    /// <summary>The turn answered: its intent, source, verdict and outcome on the span, and the turn on the meter.</summary>
    public void Answered(string channel, Answer answer, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var outcome = AssistantTelemetry.OutcomeOf(answer);
        AssistantTelemetry.TagAnswer(Activity, answer);
        Activity?.SetTag(AssistantTelemetry.TagNames.Outcome, outcome);
        AssistantTelemetry.RecordTurn(channel, answer, outcome, elapsed);
    }

    /// <summary>
    /// The turn failed with <paramref name="exception"/>: outcome <c>cancelled</c>, <c>unavailable</c> (store),
    /// <c>conflict</c> (retries ran out) or <c>failed</c>, on the span (with the exception's type name) and the meter.
    /// </summary>
    public void Failed(string channel, Exception exception, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var outcome = exception switch
        {
            OperationCanceledException => AssistantTelemetry.Outcomes.Cancelled,
            Conversations.StorageUnavailableException => AssistantTelemetry.Outcomes.Unavailable,
            Conversations.ConcurrencyConflictException => AssistantTelemetry.Outcomes.Conflict,
            _ => AssistantTelemetry.Outcomes.Failed,
        };
        Activity?.SetTag(AssistantTelemetry.TagNames.Outcome, outcome);
        AssistantTelemetry.Failed(Activity, exception);
        if (outcome == AssistantTelemetry.Outcomes.Conflict)
        {
            AssistantTelemetry.RecordConflict(outcome);
        }

        AssistantTelemetry.RecordTurn(channel, null, outcome, elapsed);
    }

    public void Dispose()
    {
        if (Owned)
        {
            Activity?.Dispose();
        }
    }
}
