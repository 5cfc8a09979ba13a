using System.Diagnostics;
using Assistant.AI.Configuration;
using Assistant.AI.Guards;
using Assistant.AI.Metrics;
using Assistant.AI.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Assistant.AI;

/// <summary>
/// The only way the assistant talks to a language model. Each use makes at most one call per <see cref="ModelTurn"/>,
/// within the time budget, with user text and documents redacted and delimited (<see cref="PromptData"/>), and checks
/// the answer in code before it is used: numbers, dates, amounts, percentages and e-mails must occur in the evidence
/// (<see cref="FactGuard"/>), citations must point at given passages (<see cref="CitationGuard"/>), a chosen tool must be
/// one of ours. On any failure the caller's templated answer is returned and the event counted in <see cref="ModelMetrics"/>.
/// The model never decides: it words what tools computed, or picks the tool that computes.
/// </summary>
public sealed class ModelGateway
{
    private const string GroundedInstructions =
        "You answer a candidate's question about a public-sector vacancy from the numbered passages only, in the language of the question, "
        + "in at most three sentences. Cite every statement with the passage number in square brackets, e.g. [1]. "
        + "If the passages do not answer the question, reply exactly NOT_IN_DOCUMENTS.";

    private const string ProcedureInstructions =
        "You answer a colleague's question about the organisation's HR procedures from the numbered passages of its regulations only, "
        + "in at most three sentences. Cite every statement with the passage number in square brackets, e.g. [1]. "
        + "If the passages do not answer the question, reply exactly NOT_IN_DOCUMENTS.";

    private const string UnderstandInstructions =
        "Choose the one function that answers the candidate's question and fill its arguments from the question only. Do not answer the question yourself.";

    private const string PhraseInstructions =
        "Reword the answer inside <answer> for the candidate whose question is inside <question>: in the language of the question, friendly and short. "
        + "Keep every fact: each number, date, amount, percentage and e-mail address exactly as in the answer, and add none. Reply with the reworded answer only.";

    /// <summary>The reply by which the model says the passages do not answer.</summary>
    public const string NotInDocuments = "NOT_IN_DOCUMENTS";

    private readonly IChatCompletionService _chat;
    private readonly Kernel? _kernel;
    private readonly ModelOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ModelGateway(IChatCompletionService chat, ModelOptions options, TimeProvider time, ModelMetrics metrics, Kernel? kernel = null, ILogger<ModelGateway>? logger = null)
    {
        _chat = chat ?? throw new ArgumentNullException(nameof(chat));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _kernel = kernel;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>A gateway over the kernel's chat service (<see cref="ModelKernelFactory.Create(ModelOptions, TimeProvider, IEnumerable{object}?, HttpMessageHandler?)"/>), or null when no model is configured.</summary>
    public static ModelGateway? From(Kernel? kernel, ModelOptions options, TimeProvider time, ModelMetrics metrics, ILogger<ModelGateway>? logger = null) =>
        kernel is null ? null : new ModelGateway(kernel.GetRequiredService<IChatCompletionService>(), options, time, metrics, kernel, logger);

    public ModelMetrics Metrics { get; }

    /// <summary>
    /// A short answer to <paramref name="question"/> from <paramref name="passages"/> (cited [n]) and <paramref name="toolResults"/>,
    /// or <paramref name="templated"/> when the model is over budget, fails, says the passages do not answer
    /// (reason <c>not-in-documents</c>), or breaks a guard.
    /// </summary>
    public async Task<ModelResult> AnswerAsync(ModelTurn turn, string question, IReadOnlyList<string> passages, IReadOnlyList<string> toolResults, string templated,
        string? language = null, Dialogs.Model.GroundedTopic topic = Dialogs.Model.GroundedTopic.Vacancy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(toolResults);
        var instructions = (topic == Dialogs.Model.GroundedTopic.Procedure ? ProcedureInstructions : GroundedInstructions) + Language(language);
        var history = new ChatHistory(PromptData.DataRule + "\n" + instructions);
        var user = PromptData.Passages(passages) + string.Concat(toolResults.Select((r, i) => PromptData.Tool("result" + (i + 1), r) + "\n")) + PromptData.Question(question);
        history.AddUserMessage(user);

        var reply = await CallAsync(turn, history, new OpenAIPromptExecutionSettings { Temperature = 0, MaxTokens = 300 }, cancellationToken).ConfigureAwait(false);
        if (reply.Failure is { } failure)
        {
            return Fallback(templated, failure);
        }

        var text = reply.Message!.Content?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Fallback(templated, "empty");
        }

        if (text.Contains(NotInDocuments, StringComparison.Ordinal))
        {
            return ModelResult.Templated(templated, "not-in-documents");
        }

        if (CitationGuard.Invalid(text, passages.Count).Count > 0)
        {
            return Rejected(templated, "citations");
        }

        var cited = CitationGuard.Cited(text);
        var evidence = cited.Select(n => passages[n - 1]).Concat(toolResults);
        if (FactGuard.Unsupported(StripCitations(text), evidence).Count > 0)
        {
            return Rejected(templated, "numbers");
        }

        return new ModelResult(text, true, "model", cited);
    }

    /// <summary>
    /// <paramref name="templated"/> reworded for <paramref name="question"/>, or the templated answer itself when the model
    /// is over budget, fails, or the rewording adds a number, date, amount, percentage or e-mail the templated answer does
    /// not have, or drops one it has (guard <c>numbers</c>).
    /// </summary>
    public async Task<ModelResult> RephraseAsync(ModelTurn turn, string question, string templated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(templated);
        var history = new ChatHistory(PromptData.DataRule + "\n" + PhraseInstructions);
        history.AddUserMessage(PromptData.Tool("answer", templated) + "\n" + PromptData.Question(question));
        var reply = await CallAsync(turn, history, new OpenAIPromptExecutionSettings { Temperature = 0, MaxTokens = 400 }, cancellationToken).ConfigureAwait(false);
        if (reply.Failure is { } failure)
        {
            return Fallback(templated, failure);
        }

        var text = reply.Message!.Content?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Fallback(templated, "empty");
        }

        // Both ways: nothing added (an invented fact), nothing dropped (a rewording that loses the amount or the date).
        if (FactGuard.Unsupported(text, [templated]).Count > 0 || FactGuard.Unsupported(templated, [text]).Count > 0)
        {
            return Rejected(templated, "numbers");
        }

        return new ModelResult(text, true, "model", []);
    }

    /// <summary>
    /// The tool the model picks for <paramref name="question"/> among the kernel's plugins, by function calling, not invoked
    /// (the application runs it, the tool computes). Null when no model call may be made, it fails, picks nothing, picks a
    /// function we do not have, or fills an argument with a number the question does not contain.
    /// </summary>
    public async Task<ToolChoice?> ChooseToolAsync(ModelTurn turn, string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (_kernel is null || _kernel.Plugins.Count == 0)
        {
            return null;
        }

        var history = new ChatHistory(PromptData.DataRule + "\n" + UnderstandInstructions);
        history.AddUserMessage(PromptData.Question(question));
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0, FunctionChoiceBehavior = FunctionChoiceBehavior.Required(autoInvoke: false) };
        var reply = await CallAsync(turn, history, settings, cancellationToken).ConfigureAwait(false);
        if (reply.Failure is { } failure)
        {
            Metrics.Fallback(failure);
            return null;
        }

        var call = reply.Message!.Items.OfType<FunctionCallContent>().FirstOrDefault();
        if (call is null)
        {
            Metrics.Fallback("no-tool");
            return null;
        }

        if (call.PluginName is null || !_kernel.Plugins.TryGetFunction(call.PluginName, call.FunctionName, out _))
        {
            Metrics.Rejected("unknown-tool");
            Metrics.Fallback("unknown-tool");
            return null;
        }

        if (call.Exception is not null)
        {
            // Tool-call deltas that do not add up to JSON arguments (a stream's pieces, a malformed reply).
            Metrics.Rejected("arguments");
            Metrics.Fallback("arguments");
            return null;
        }

        var arguments = (call.Arguments ?? new KernelArguments()).ToDictionary(p => p.Key, p => p.Value?.ToString(), StringComparer.Ordinal);
        var redactedQuestion = TranscriptRedactorText(question);
        if (FactGuard.Unsupported(string.Join(" ", arguments.Values), [question, redactedQuestion]).Count > 0)
        {
            Metrics.Rejected("arguments");
            Metrics.Fallback("arguments");
            return null;
        }

        return new ToolChoice(call.PluginName, call.FunctionName, arguments);
    }

    /// <summary>
    /// One plain call off the hot path (the HR tools: <see cref="Suggestions.FactSuggester"/>): <paramref name="data"/> is
    /// already delimited; the reply text, or null with the failure counted.
    /// </summary>
    internal async Task<string?> AskAsync(ModelTurn turn, string instructions, string data, TimeSpan budget, int maxTokens, CancellationToken cancellationToken)
    {
        var history = new ChatHistory(PromptData.DataRule + "\n" + instructions);
        history.AddUserMessage(data);
        var reply = await CallAsync(turn, history, new OpenAIPromptExecutionSettings { Temperature = 0, MaxTokens = maxTokens }, cancellationToken, budget, streaming: false).ConfigureAwait(false);
        if (reply.Failure is { } failure)
        {
            Metrics.Fallback(failure);
            return null;
        }

        return reply.Message!.Content;
    }

    /// <summary>Counts a guard's rejection of part of a reply (the caller drops that part).</summary>
    internal void Reject(string guard) => Metrics.Rejected(guard);

    private static string TranscriptRedactorText(string question) => Assistant.Storage.Redaction.TranscriptRedactor.Default.Redact(question);

    private async Task<Reply> CallAsync(ModelTurn turn, ChatHistory history, PromptExecutionSettings settings, CancellationToken cancellationToken, TimeSpan? budgetOverride = null, bool? streaming = null)
    {
        var stream = streaming ?? _options.Streaming;
        if (!turn.TryTake())
        {
            return new Reply(null, "turn-budget");
        }

        using var budget = new CancellationTokenSource(budgetOverride ?? _options.TimeBudget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        var started = _time.GetTimestamp();
        try
        {
            if (stream)
            {
                var (assembled, finished, usage) = await AssembleAsync(history, settings, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
                var (streamedIn, streamedOut) = Usage(usage);
                Metrics.Call(_time.GetElapsedTime(started), streamedIn, streamedOut);
                if (!finished)
                {
                    // The stream ended without a finish reason: cut off midway. A part of an answer is never used.
                    _logger.LogWarning("Model stream ended without a finish reason");
                    return new Reply(null, "cut-off");
                }

                return new Reply(assembled, null);
            }

            var messages = await _chat.GetChatMessageContentsAsync(history, settings, _kernel, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
            var message = messages.Count > 0 ? messages[0] : null;
            var (input, output) = Usage(message?.Metadata);
            Metrics.Call(_time.GetElapsedTime(started), input, output);
            return message is null ? new Reply(null, "empty") : new Reply(message, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            Metrics.Call(_time.GetElapsedTime(started), null, null);
            _logger.LogWarning("Model call over its time budget of {Budget}", _options.TimeBudget);
            return new Reply(null, "timeout");
        }
        catch (Exception exception)
        {
            Metrics.Call(_time.GetElapsedTime(started), null, null);
            _logger.LogWarning("Model call failed: {Error}", exception.GetType().Name);
            return new Reply(null, "error");
        }
    }

    /// <summary>
    /// The streamed reply put together: its text deltas in order, its tool-call deltas built into whole calls, whether a
    /// chunk carried a finish reason (a stream without one was cut off), and the last usage metadata seen.
    /// </summary>
    private async Task<(ChatMessageContent Message, bool Finished, IReadOnlyDictionary<string, object?>? Usage)> AssembleAsync(ChatHistory history, PromptExecutionSettings settings, CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        var calls = new FunctionCallContentBuilder();
        var finished = false;
        IReadOnlyDictionary<string, object?>? usage = null;
        await foreach (var chunk in _chat.GetStreamingChatMessageContentsAsync(history, settings, _kernel, cancellationToken).ConfigureAwait(false))
        {
            text.Append(chunk.Content);
            calls.Append(chunk);
            if (chunk.Metadata is { } metadata)
            {
                finished |= metadata.TryGetValue("FinishReason", out var reason) && reason is not null && reason.ToString() is { Length: > 0 };
                usage = metadata.TryGetValue("Usage", out var u) && u is not null ? metadata : usage;
            }
        }

        var message = new ChatMessageContent(AuthorRole.Assistant, text.Length > 0 ? text.ToString() : null);
        foreach (var call in calls.Build())
        {
            message.Items.Add(call);
        }

        return (message, finished, usage);
    }

    private static (int? Input, int? Output) Usage(IReadOnlyDictionary<string, object?>? metadata) =>
        metadata?.TryGetValue("Usage", out var usage) == true && usage is OpenAI.Chat.ChatTokenUsage tokens
            ? (tokens.InputTokenCount, tokens.OutputTokenCount)
            : (null, null);

    /// <summary>The language to answer in, when the engine knows it (else the question's own).</summary>
    private static string Language(string? language) => language switch
    {
        "nl" => " Answer in Dutch.",
        "en" => " Answer in English.",
        "fr" => " Answer in French.",
        _ => "",
    };

    private static string StripCitations(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\[[\d,\s]+\]", " ");

    private ModelResult Fallback(string templated, string reason)
    {
        Metrics.Fallback(reason);
        return ModelResult.Templated(templated, reason);
    }

    private ModelResult Rejected(string templated, string guard)
    {
        Metrics.Rejected(guard);
        _logger.LogInformation("Model answer rejected by the {Guard} guard; templated answer given", guard);
        return Fallback(templated, guard);
    }

    private sealed record Reply(ChatMessageContent? Message, string? Failure);
}
