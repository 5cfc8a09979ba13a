using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Text;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Answering.Composers;
using Assistant.Dialogs.Answering.Hr;
using Assistant.Dialogs.Answering.Payloads;
using Assistant.Dialogs.Conversations;
using Assistant.Knowledge.Base;
using Assistant.Procedures.Library;
using Assistant.Procedures.Structure;
using Assistant.Understanding;

namespace Assistant.Dialogs.Model;

/// <summary>
/// Where the engine asks the optional model (<see cref="ModelHooks"/>), at most once per turn: before routing, which tool
/// a question is for when the rules are unsure (<see cref="ReadAsync"/>); after, a grounded wording of a retrieved
/// passage or a rewording of a templated answer (<see cref="ImproveAsync"/>). What the model says is validated here; the
/// verdicts, dates and amounts are always computed by the rules. An answer keeps its <see cref="Answer.Source"/>: it says
/// where the facts come from (the rules, the cited passages), which the model's wording does not change.
/// </summary>
internal sealed partial class ModelAssist(ModelHooks hooks, AssistantOptions options)
{
    /// <summary>The intents a model may choose: the tools and the search (never smalltalk or unknown).</summary>
    private static readonly HashSet<string> Tools =
        [Intents.Eligibility, Intents.Deadline, Intents.Salary, Intents.Procedure, Intents.Scoring, Intents.Benefits, Intents.Documents, Intents.Contact, Intents.Vacancies, Intents.General];

    public bool On => hooks.Any;

    /// <summary>
    /// The reading to route with (the model's valid choice of tool when the rules are unsure, else the rules' own analysis,
    /// so the turn does not analyse the message twice; null when none was made), and whether the model was asked. Not
    /// asked during a dialog, for follow-ups the conversation explains, or when the user states facts about themselves
    /// (the rules read those).
    /// </summary>
    public async Task<(bool Asked, QuestionAnalysis? Analysis)> ReadAsync(KnowledgeSnapshot knowledge, ConversationState state, TurnInput input, string? interruption, CancellationToken cancellationToken)
    {
        if (hooks.Understanding is not { } fallback || interruption is not null || state.Active is not null)
        {
            return (false, null);
        }

        var analysis = ReplyLanguage.Settle(AnswerRouter.Analyze(knowledge, input.Text, input.Now), state.Language, input.Locale);
        if (analysis.Confidence >= IntentConfidence.Threshold || !analysis.Profile.IsEmpty || analysis.Scores.Count > 0
            || FollowUps.Override(analysis, state.Context, input.Text) is not null)
        {
            return (false, analysis);
        }

        // A question the procedure desk answers from the general documents was understood by its own rules (an article, a
        // term, a passage): the vacancy tools the model picks from would only take it away from there.
        if (Procedural(knowledge, state, input, analysis))
        {
            return (false, analysis);
        }

        var choice = await fallback.ChooseAsync(input.Text, analysis.Language, cancellationToken).ConfigureAwait(false);
        return (true, Apply(knowledge, analysis, choice) ?? analysis);
    }

    /// <summary>
    /// The analysis with the model's tool when the choice is valid: a tool intent (the search only instead of nothing: a tool
    /// the rules' cues chose is more specific than the search), and a vacancy only if the question names it and our resolver
    /// finds exactly that one.
    /// </summary>
    internal static QuestionAnalysis? Apply(KnowledgeSnapshot knowledge, QuestionAnalysis analysis, UnderstandingChoice? choice)
    {
        if (choice is null || !Tools.Contains(choice.Intent) || choice.Intent == analysis.Intent
            || (choice.Intent == Intents.General && analysis.Intent != Intents.Unknown))
        {
            return null;
        }

        var ids = analysis.VacancyIds;
        if (ids.Count == 0 && choice.Vacancy is { Length: > 0 } named && InQuestion(named, analysis)
            && AnswerRouter.Analyze(knowledge, named) is { AmbiguousVacancy: false, VacancyIds.Count: 1 } resolved)
        {
            ids = resolved.VacancyIds;
        }

        return analysis with { Intent = choice.Intent, Aspect = null, VacancyIds = ids, Confidence = IntentConfidence.Default };
    }

    /// <summary>
    /// After routing: a retrieved passage worded as a short grounded answer (or, when the model finds the passages do not
    /// answer and the rules could not check the topic themselves, "the documents do not say" with the contact; a topic the
    /// rules found in the documents keeps its quote), else a templated rules answer without a verdict reworded.
    /// </summary>
    public async Task<Answer> ImproveAsync(KnowledgeSnapshot knowledge, ConversationState state, TurnInput input, Answer answer, CancellationToken cancellationToken)
    {
        if (hooks.GroundedAnswers is { } procedureWriter && answer.Intent == Intents.Procedure && answer.Facts is ProcedurePayload procedure)
        {
            return await SummariseAsync(procedureWriter, input, answer, procedure, cancellationToken).ConfigureAwait(false);
        }

        if (hooks.GroundedAnswers is { } writer && answer.Source == AnswerSources.Retrieval && answer.Facts is PassagesPayload { Hits.Count: > 0 } found)
        {
            var written = await writer.WriteAsync(input.Text, answer.Language, found.Hits.Select(h => h.Passage).ToList(), answer.Text, GroundedTopic.Vacancy, cancellationToken).ConfigureAwait(false);
            return written switch
            {
                null => answer,
                { NotInDocuments: true } when found.TopicChecked => answer,
                { NotInDocuments: true } => NotInDocuments(knowledge, state, input, answer),
                _ => Grounded(answer, written, found),
            };
        }

        if (hooks.Phrasing is { } phraser && answer.Source == AnswerSources.Rules && answer.Verdict is null && answer.Intent is not (Intents.Smalltalk or Intents.Unknown))
        {
            var text = await phraser.PhraseAsync(input.Text, answer.Language, answer.Text, cancellationToken).ConfigureAwait(false);
            return text is null ? answer : answer with { Text = text };
        }

        return answer;
    }

    /// <summary>
    /// An HR procedure answer quoted from passages (an article, the best matching paragraph; source <c>retrieval</c>) gets a
    /// short grounded summary in the asker's language above its sources, numbered as the summary cites them, each quoted
    /// in full as before. Computed dates, terms, extensions and steps stay the rules' answers (not asked). Only passages
    /// the asker's role may read are ever sent: an answer holding any other is left as it is. When the model fails, breaks
    /// a guard or finds that the passages do not answer, the rules' quote stays (the desk chose those passages by their
    /// article number or their coverage of the question; "the documents don't say" is the desk's call, not the model's).
    /// </summary>
    internal static async Task<Answer> SummariseAsync(IGroundedAnswerWriter writer, TurnInput input, Answer answer, ProcedurePayload procedure, CancellationToken cancellationToken)
    {
        var units = procedure.Result.Units;
        var role = ProcedureRoles.Of(input.Role, input.Channel);
        if (answer.Source != AnswerSources.Retrieval || units.Count == 0 || !units.All(u => ProcedureRoles.CanSee(role, u.Audience)))
        {
            return answer;
        }

        var passages = units.Select(u => $"{HrAnswers.Place(u)} ({u.DocumentTitle}): {u.Text}").ToList();
        var written = await writer.WriteAsync(input.Text, answer.Language, passages, answer.Text, GroundedTopic.Procedure, cancellationToken).ConfigureAwait(false);
        if (written is null || written.NotInDocuments || written.Text.Length == 0)
        {
            return answer;
        }

        var order = written.Citations.Distinct().Where(n => n >= 1 && n <= units.Count).ToList();
        if (order.Count == 0)
        {
            return answer;
        }

        // Every passage is shown: the cited ones first, in the order the summary cites them, then the others.
        order.AddRange(Enumerable.Range(1, units.Count).Except(order));
        var text = Texts.Get(answer.Language, "model.procedure.summary") + " " + Renumber(written.Text, order) + Sources(answer.Language, order.Select(n => units[n - 1]).ToList(),
            (u, n) => Texts.Get(answer.Language, "model.procedure.source", ("n", n), ("label", HrAnswers.Place(u)), ("document", u.DocumentTitle), ("text", u.Text)));
        var citations = order.Select(n => units[n - 1]).Select(u => new AnswerCitation(HrAnswers.CitationScope, u.Document, HrAnswers.Place(u), u.Text)).Distinct().ToList();
        return answer with { Text = text, Citations = citations };
    }

    /// <summary>
    /// The numbered sources under a model's summary ("Bronnen:" and one line per passage, numbered from 1 in the order
    /// given); nothing when there are none.
    /// </summary>
    private static string Sources<T>(string language, IReadOnlyList<T> passages, Func<T, string, string> line) =>
        passages.Count == 0
            ? ""
            : "\n" + Texts.Get(language, "model.sources") + string.Concat(passages.Select((p, k) => "\n" + line(p, (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>Whether the procedure desk answers this question from the general documents (then the model is not asked which tool).</summary>
    private bool Procedural(KnowledgeSnapshot knowledge, ConversationState state, TurnInput input, QuestionAnalysis analysis)
    {
        var t = new TurnContext(analysis.Language, input.Now, input.Channel, knowledge, analysis, state.Context.Profile, options, input.Text);
        return HrDesk.Try(t, input) is not null;
    }

    /// <summary>[n] citations of <paramref name="text"/> renumbered: passage <c>order[k]</c> becomes k + 1.</summary>
    private static string Renumber(string text, List<int> order) =>
        Citation().Replace(text, m => "[" + string.Join(", ", m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.TryParse(n, out var i) && order.IndexOf(i) is >= 0 and var k ? (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : n)) + "]");

    /// <summary>
    /// The model's text with its citations renumbered in order of appearance, each pointing at the passage it cites, and
    /// under it every cited passage quoted in full: a summary may leave out what the candidate needs, the source sentence
    /// is always shown.
    /// </summary>
    internal static Answer Grounded(Answer answer, GroundedText written, PassagesPayload found)
    {
        var order = written.Citations.Distinct().Where(n => n >= 1 && n <= found.Hits.Count).ToList();
        var hits = order.Select(n => found.Hits[n - 1]).ToList();
        var text = Renumber(written.Text, order) + Sources(answer.Language, hits,
            (h, n) => Texts.Get(answer.Language, "model.vacancy.source", ("n", n), ("section", h.Section), ("text", Quote(h.Passage))));
        var citations = hits.Select(h => new AnswerCitation(h.VacancyId, h.Document, h.Section, Quote(h.Passage))).ToList();
        return answer with { Text = text, Citations = citations, VacancyIds = citations.Select(c => c.VacancyId).Distinct().ToList() };
    }

    private Answer NotInDocuments(KnowledgeSnapshot knowledge, ConversationState state, TurnInput input, Answer answer)
    {
        var analysis = AnswerRouter.Analyze(knowledge, input.Text, input.Now) with { Language = answer.Language };
        var t = new TurnContext(answer.Language, input.Now, input.Channel, knowledge, analysis, state.Context.Profile, options, input.Text);
        var vacancy = answer.VacancyIds.Count == 1 ? knowledge.Find(answer.VacancyIds[0])?.Facts : null;
        return RetrievalAnswers.None(t, vacancy);
    }

    private static bool InQuestion(string named, QuestionAnalysis analysis)
    {
        var words = TextFold.Words(named).Where(w => w.Length >= 3).ToList();
        return words.Count > 0 && words.All(w => analysis.Words.Contains(w));
    }

    private static string Quote(string passage) => string.Join(' ', passage.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"\[([\d,\s]+)\]")]
    private static partial Regex Citation();
}
