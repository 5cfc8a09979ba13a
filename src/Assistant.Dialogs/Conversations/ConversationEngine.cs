using System.Text.Json;
using Assistant.Core.Answers;
using Assistant.Core.Concurrency;
using Assistant.Core.Diagnostics;
using Assistant.Core.Json;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Model;
using Assistant.Understanding;
using Assistant.Knowledge.Base;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// Runs conversations: loads the state from the store, handles interruptions (help, start over, forget me, a human),
/// continues the running dialog or routes the message, saves the state with optimistic concurrency (re-running the
/// turn after a conflict, so no update is lost) and writes the redacted transcript. A state that cannot be read
/// resets the conversation with an apology instead of failing every turn.
/// </summary>
public sealed partial class ConversationEngine
{
    private readonly Func<KnowledgeSnapshot> _knowledge;
    private readonly IConversationStore _store;
    private readonly TimeProvider _time;
    private readonly ConversationOptions _options;
    private readonly DialogSteps _steps;
    private readonly ModelAssist _model;
    private readonly ILogger _logger;

    /// <summary>Turns of one conversation run one at a time in this process (other instances: the optimistic retry).</summary>
    private readonly KeyedLock _turns = new();

    /// <summary>The engine; <c>model</c> holds the optional language model's hooks (<see cref="ModelHooks.None"/> when null: the rules alone).</summary>
    public ConversationEngine(Func<KnowledgeSnapshot> knowledge, AssistantOptions answers, ConversationOptions options, IConversationStore store, TimeProvider time, ILogger<ConversationEngine>? logger = null, ModelHooks? model = null)
    {
        _model = new ModelAssist(model ?? ModelHooks.None, answers);
        _knowledge = knowledge;
        _store = store;
        _time = time;
        _options = options;
        _steps = new DialogSteps(new AnswerRouter(answers), answers.GeneralContact);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The welcome message for a new conversation, in the language of <paramref name="locale"/> (Dutch by default).</summary>
    public async Task<Answer> WelcomeAsync(string conversationId, string? locale, CancellationToken cancellationToken = default)
    {
        var answer = Welcome(locale);
        await RunAsync(conversationId, (state, _) => (answer, state with { Welcomed = true, Language = answer.Language }), cancellationToken).ConfigureAwait(false);
        return answer;
    }

    /// <summary>
    /// The welcome, unless this conversation was welcomed already (null then, and nothing is stored): channels such as Teams
    /// announce one installation with both an installationUpdate and a conversationUpdate.
    /// </summary>
    public Task<Answer?> WelcomeOnceAsync(string conversationId, string? locale, CancellationToken cancellationToken = default) =>
        WelcomeOnceAsync(conversationId, locale, role: null, cancellationToken: cancellationToken);

    /// <summary>
    /// The welcome once (see <see cref="WelcomeOnceAsync(string, string?, CancellationToken)"/>); for <paramref name="role"/>
    /// "hr" (a Teams user or place listed as HR) the HR welcome, which says what the assistant does for HR and suggests HR questions;
    /// a known <paramref name="pageVacancyId"/> (the vacancy of the page the chat sits on) is named first.
    /// </summary>
    public Task<Answer?> WelcomeOnceAsync(string conversationId, string? locale, string? role, string? pageVacancyId = null, CancellationToken cancellationToken = default)
    {
        var answer = role == "hr" ? HrWelcome(locale) : Welcome(locale);
        if (pageVacancyId is not null && _knowledge().Find(pageVacancyId)?.Facts is { } vacancy)
        {
            answer = answer with
            {
                Text = Texts.Get(answer.Language, "welcome.vacancy", ("vacancy", Format.Vacancy(answer.Language, vacancy))) + " " + answer.Text,
                VacancyIds = [vacancy.Id],
            };
        }

        return RunAsync(conversationId, (state, _) => state.Welcomed ? (null, state) : (answer, state with { Welcomed = true, Language = answer.Language }), cancellationToken);
    }

    private static Answer HrWelcome(string? locale)
    {
        var welcome = Welcome(locale);
        var language = welcome.Language;
        return welcome with
        {
            Text = Texts.Get(language, "welcome.hr"),
            SuggestedActions = [.. Enumerable.Range(1, 4).Select(i => Texts.Get(language, $"hr.suggest.{i}")).Select(q => new SuggestedAction(q, q))],
        };
    }

    private static Answer Welcome(string? locale)
    {
        var language = locale is { Length: >= 2 } && Texts.Languages.Contains(locale[..2].ToLowerInvariant()) ? locale[..2].ToLowerInvariant() : "nl";
        return new Answer
        {
            Text = Texts.Get(language, "welcome"),
            Language = language,
            Intent = Intents.Smalltalk,
            Source = AnswerSources.Rules,
            SuggestedActions = AnswerKit.FollowUps(language, "smalltalk"),
        };
    }

    /// <summary>Answers one message of a conversation.</summary>
    public async Task<Answer> HandleAsync(string conversationId, TurnInput input, CancellationToken cancellationToken = default)
    {
        LogTurn(conversationId, input.Channel);
        LogText(input.Text);
        using var turn = AssistantTelemetry.StartTurn(input.Channel);
        var started = _time.GetTimestamp();
        try
        {
            var answer = await AnswerTurnAsync(conversationId, input, cancellationToken).ConfigureAwait(false);
            turn.Answered(input.Channel, answer, _time.GetElapsedTime(started));
            return answer;
        }
        catch (Exception ex)
        {
            turn.Failed(input.Channel, ex, _time.GetElapsedTime(started));
            throw;
        }
    }

    private async Task<Answer> AnswerTurnAsync(string conversationId, TurnInput input, CancellationToken cancellationToken)
    {
        var interruption = Interruptions.Detect(input.Text);
        if (!_model.On)
        {
            var answer = await RunAsync(conversationId, (state, now) => _steps.Turn(_knowledge(), state, input with { Now = input.Now }, now, interruption), cancellationToken, input, forget: interruption == Interruptions.Forget)
                .ConfigureAwait(false);
            return answer!;
        }

        // With a model: at most one call per turn, kept when a version conflict re-runs the turn.
        (bool Asked, QuestionAnalysis? Analysis)? reading = null;
        (Answer Templated, Answer Improved)? improved = null;
        var modelAnswer = await RunAsync(conversationId, async (state, now, ct) =>
        {
            var knowledge = _knowledge();
            reading ??= await _model.ReadAsync(knowledge, state, input, interruption, ct).ConfigureAwait(false);
            var (answer, next) = _steps.Turn(knowledge, state, input, now, interruption, reading.Value.Analysis);
            if (reading.Value.Asked)
            {
                return (answer, next);
            }

            // A re-run turn whose templated answer changed keeps that answer: no second call.
            improved ??= (answer, await _model.ImproveAsync(knowledge, state, input, answer, ct).ConfigureAwait(false));
            return (improved.Value.Templated.Text == answer.Text ? improved.Value.Improved : answer, next);
        }, cancellationToken, input, forget: interruption == Interruptions.Forget).ConfigureAwait(false);
        return modelAnswer!;
    }

    /// <summary>
    /// Load, run, save, one turn of a conversation at a time in this process; on a version conflict (a turn of the same
    /// conversation on another instance) wait a short random while, reload and run again, at most
    /// <see cref="ConversationOptions.ConflictRetries"/> times. When <c>forget</c> is set (the message asks to forget the
    /// conversation) the stored state is deleted, not saved.
    /// </summary>
    private Task<Answer?> RunAsync(string conversationId, Func<ConversationState, DateTimeOffset, (Answer? Answer, ConversationState State)> turn, CancellationToken cancellationToken, TurnInput? input = null, bool forget = false) =>
        RunAsync(conversationId, (state, now, _) => ValueTask.FromResult(turn(state, now)), cancellationToken, input, forget);

    private async Task<Answer?> RunAsync(string conversationId, Func<ConversationState, DateTimeOffset, CancellationToken, ValueTask<(Answer? Answer, ConversationState State)>> turn, CancellationToken cancellationToken, TurnInput? input = null, bool forget = false)
    {
        using (await _turns.AcquireAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            return await RunLockedAsync(conversationId, turn, input, forget, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Answer?> RunLockedAsync(string conversationId, Func<ConversationState, DateTimeOffset, CancellationToken, ValueTask<(Answer? Answer, ConversationState State)>> turn, TurnInput? input, bool forget, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var record = await _store.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false);
            var (state, corrupt) = Read(record);
            var now = input?.Now ?? _time.GetUtcNow();
            state = state.ApplyRetention(now, TimeSpan.FromHours(_options.ProfileRetentionHours));
            if (forget)
            {
                await _store.DeleteAsync(conversationId, cancellationToken).ConfigureAwait(false);
                var (forgotten, _) = await turn(state, now, cancellationToken).ConfigureAwait(false);
                return forgotten;
            }

            var (answer, next) = await turn(state, now, cancellationToken).ConfigureAwait(false);
            if (answer is null)
            {
                return null;
            }

            if (corrupt)
            {
                answer = answer with { Text = Texts.Get(answer.Language, "apology.reset") + " " + answer.Text };
            }

            // An answered message gets a random turn id (on both lines and on the answer) that a 👍/👎 names later.
            var turnId = input is null ? null : NewTurnId();
            var said = new TranscriptEntry(conversationId, now, "assistant", answer.Text, answer.Intent)
            {
                TurnId = turnId,
                Source = answer.Source,
                VacancyId = answer.VacancyIds.Count > 0 ? answer.VacancyIds[0] : null,
            };
            var transcript = input is null
                ? new[] { said }
                : [new TranscriptEntry(conversationId, now, "user", input.Text, null) { TurnId = turnId }, said];
            try
            {
                await _store.SaveTurnAsync(conversationId, JsonSerializer.Serialize(next, FactsJson.Compact), record?.Version ?? 0, transcript, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < _options.ConflictRetries)
            {
                LogConflict(conversationId, attempt + 1);
                AssistantTelemetry.RecordConflict(AssistantTelemetry.Outcomes.Retried);
                // Jitter, so two instances that collided do not collide again in lockstep; kept short and not growing without
                // bound, so the instance that lost is not starved by the one that keeps saving.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * Math.Min(attempt + 1, 3)), cancellationToken).ConfigureAwait(false);
                continue;
            }

            return turnId is null ? answer : answer with { TurnId = turnId };
        }
    }

    /// <summary>
    /// Stores a 👍/👎 (<see cref="FeedbackVotes"/>) on the answer of turn <paramref name="turnId"/> of the conversation, with
    /// no text; false when the vote or turn id is malformed or the conversation holds no such answer.
    /// </summary>
    public async Task<bool> FeedbackAsync(string conversationId, string? turnId, string? vote, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        if (!FeedbackVotes.IsKnown(vote) || !IsTurnId(turnId))
        {
            return false;
        }

        var saved = await _store.SaveFeedbackAsync(conversationId, turnId!, vote!, cancellationToken).ConfigureAwait(false);
        LogFeedback(vote!, saved);
        return saved;
    }

    /// <summary>Whether <paramref name="turnId"/> has the shape of the engine's turn ids (32 lower-case hex digits).</summary>
    public static bool IsTurnId(string? turnId) =>
        turnId is { Length: 32 } && turnId.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static string NewTurnId() => Guid.NewGuid().ToString("N");

    private (ConversationState State, bool Corrupt) Read(ConversationRecord? record)
    {
        if (record is null)
        {
            return (new ConversationState(), false);
        }

        try
        {
            return (JsonSerializer.Deserialize<ConversationState>(record.StateJson, FactsJson.Options) ?? new ConversationState(), false);
        }
        catch (JsonException ex)
        {
            LogCorrupt(record.ConversationId, ex.Message);
            return (new ConversationState(), true);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn in conversation {ConversationId} on {Channel}")]
    private partial void LogTurn(string conversationId, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback {Vote} on an answer (stored: {Stored})")]
    private partial void LogFeedback(string vote, bool stored);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message text: {Text}")]
    private partial void LogText(string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId} was updated concurrently; re-running the turn (attempt {Attempt})")]
    private partial void LogConflict(string conversationId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "State of conversation {ConversationId} could not be read and was reset: {Problem}")]
    private partial void LogCorrupt(string conversationId, string problem);
}
