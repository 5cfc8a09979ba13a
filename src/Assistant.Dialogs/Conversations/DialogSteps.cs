using Assistant.Core.Text.Redaction;
using Assistant.Core.Answers;
using Assistant.Core.Diagnostics;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Answering.Payloads;
using Assistant.Understanding;
using Assistant.Knowledge.Base;
using Assistant.Tools.Lookups;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// One turn of the dialog stack, as a pure function of the state: interruptions first, then the running dialog
/// (the eligibility questions, or the choice of a vacancy), else the router, with follow-ups keeping the previous
/// intent. Dialogs are pushed when an answer needs a follow-up (need-info asks one decisive fact at a time; an unknown
/// or ambiguous vacancy asks which one). A reply whose words do not show a language is answered in the conversation's.
/// </summary>
public sealed class DialogSteps
{
    private readonly AnswerRouter _router;
    private readonly string? _generalContact;
    private readonly EligibilityDialog _eligibility;

    public DialogSteps(AnswerRouter router, string? generalContact = null)
    {
        _router = router;
        _generalContact = generalContact;
        _eligibility = new EligibilityDialog(this);
    }

    /// <summary>
    /// One turn; <c>interruption</c> is what <see cref="Interruptions.Detect"/> read in the message (the engine reads it once
    /// per turn), or null; <c>reading</c> replaces the rules' analysis of the message (the model's validated choice of tool).
    /// </summary>
    /// <remarks>Traced as two spans of the turn: the understanding (analysis of the message) and the tool (dialogs, router and tools).</remarks>
    public (Answer Answer, ConversationState State) Turn(KnowledgeSnapshot knowledge, ConversationState state, TurnInput input, DateTimeOffset now, string? interruption, QuestionAnalysis? reading = null)
    {
        QuestionAnalysis analysis;
        using (var understanding = AssistantTelemetry.StartSpan(AssistantTelemetry.Spans.Understanding))
        {
            analysis = reading ?? ReplyLanguage.Settle(AnswerRouter.Analyze(knowledge, input.Text, now), state.Language, input.Locale);
            understanding?.SetTag(AssistantTelemetry.TagNames.Language, AssistantTelemetry.Closed(analysis.Language, Texts.Languages));
        }

        using var tool = AssistantTelemetry.StartSpan(AssistantTelemetry.Spans.Tool);
        var result = Dispatch(knowledge, state, input, now, interruption, analysis);
        AssistantTelemetry.TagAnswer(tool, result.Answer);
        return result;
    }

    private (Answer Answer, ConversationState State) Dispatch(KnowledgeSnapshot knowledge, ConversationState state, TurnInput input, DateTimeOffset now, string? interruption, QuestionAnalysis analysis)
    {
        var language = analysis.Language;
        switch (interruption)
        {
            case Interruptions.Forget:
                return (Plain(language, "forget.done", Intents.Smalltalk), state.Forget());
            case Interruptions.Reset:
                return (Plain(language, "reset.done", Intents.Smalltalk), new ConversationState { Language = language, Welcomed = state.Welcomed });
            case Interruptions.Help:
                return (Plain(language, "help", Intents.Smalltalk), state);
            case Interruptions.Human:
                return (Human(knowledge, state, input, language, _generalContact), state);
        }

        var frame = state.Active;
        if (frame?.DialogId == "eligibility" && _eligibility.Continue(knowledge, state, frame, input, analysis, now) is { } continued)
        {
            return continued;
        }

        if (frame?.DialogId == "choose-vacancy" && Chosen(knowledge, frame, input.Text, analysis) is { } chosen)
        {
            var force = new TurnOverride(frame.Intent, frame.Aspect, [chosen]);
            var question = input with { Text = frame.Question ?? input.Text };
            return After(state.Pop(), Route(knowledge, state, question, force, now), question.Text);
        }

        var cleared = frame is null ? state : state with { Stack = [] };
        return After(cleared, Route(knowledge, cleared, input, FollowUps.Override(analysis, state.Context, input.Text), now, analysis), input.Text);
    }

    /// <summary>Answers one message with the router and records what it changed (context, language, profile and where each fact came from).</summary>
    internal (Answer Answer, ConversationState State) Route(KnowledgeSnapshot knowledge, ConversationState state, TurnInput input, TurnOverride? force, DateTimeOffset now, QuestionAnalysis? analysis = null)
    {
        analysis ??= ReplyLanguage.Settle(AnswerRouter.Analyze(knowledge, input.Text, now), state.Language, input.Locale);
        var (answer, context) = _router.Answer(knowledge, state.Context, input, force, analysis);
        (answer, context) = EarlierFacts.Apply(answer, state.Context, context, analysis.Profile);
        var profileChanged = !Equals(context.Profile, state.Context.Profile);
        return (answer, state with
        {
            Context = context,
            Language = answer.Language,
            ProfileUpdatedAt = profileChanged ? now : state.ProfileUpdatedAt,
        });
    }

    /// <summary>Pushes the dialog an answer asks for: the eligibility questions, or the choice of a vacancy.</summary>
    internal static (Answer, ConversationState) After(ConversationState baseState, (Answer Answer, ConversationState State) result, string question)
    {
        var (answer, state) = result;
        state = state with { Stack = baseState.Stack };
        if (answer.Intent == Intents.Eligibility && answer.Verdict == Verdicts.NeedInfo && answer.VacancyIds.Count == 1)
        {
            // Nothing to ask when the answer refers to the contact (graduaat, foreign diploma) or the vacancy states no requirements.
            var slot = SlotPrompts.SlotOf(answer);
            return slot is null or "requirements" || answer.Facts is EligibilityPayload { Result.ReferTo: not null }
                ? (answer, state)
                : (SlotPrompts.WithReplies(answer, slot), state.Push(new DialogFrame("eligibility") { VacancyId = answer.VacancyIds[0], Asking = slot, Question = question }));
        }

        if (answer.VacancyIds.Count != 1 && answer.SuggestedActions.Count > 0 && answer.Facts is null && answer.Intent is not ("vacancies" or "smalltalk" or "unknown" or "general"))
        {
            return (answer, state.Push(new DialogFrame("choose-vacancy")
            {
                Intent = answer.Intent,
                Aspect = state.Context.LastAspect,
                Candidates = answer.VacancyIds,
                // Kept until the vacancy is chosen: stored without who the candidate is or how to reach them (probe finding 1).
                Question = IdentityRedactor.Default.Redact(question),
            }));
        }

        return (answer, state);
    }

    private static string? Chosen(KnowledgeSnapshot knowledge, DialogFrame frame, string text, QuestionAnalysis a)
    {
        var candidates = frame.Candidates.Count > 0 ? frame.Candidates : knowledge.Vacancies.Select(v => v.Id).ToList();
        var named = a.VacancyIds.FirstOrDefault(candidates.Contains);
        if (named is not null)
        {
            return named;
        }

        var trimmed = text.Trim();
        return knowledge.Vacancies.Where(v => candidates.Contains(v.Id))
            .FirstOrDefault(v => Texts.Languages.Any(l => string.Equals(Format.Vacancy(l, v.Facts), trimmed, StringComparison.OrdinalIgnoreCase)) || v.Id == trimmed)?.Id;
    }

    private static Answer Human(KnowledgeSnapshot knowledge, ConversationState state, TurnInput input, string language, string? generalContact)
    {
        var id = state.Context.VacancyIds.Count == 1 ? state.Context.VacancyIds[0] : input.PageVacancyId;
        var contact = id is null ? null : knowledge.Find(id) is { } v ? LookupTool.ContactFor(v.Facts, "procedure") : null;
        var text = contact is not null ? Texts.Get(language, "human.contact", ("contact", Format.Contact(language, contact)))
            : generalContact is { Length: > 0 } hr ? Texts.Get(language, "human.contact", ("contact", hr))
            : Texts.Get(language, "human.none");
        return new Answer
        {
            Text = text,
            Language = language,
            Intent = Intents.Contact,
            Source = contact is null && generalContact is not { Length: > 0 } ? "none" : "rules",
            VacancyIds = id is null ? [] : [id],
            Citations = contact is null ? [] : [AnswerKit.Cite(contact.Citation)],
            Facts = AnswerKit.About(contact is null ? null : new ContactsPayload([contact]), id is null ? [] : [id], knowledge, input.Now),
        };
    }

    private static Answer Plain(string language, string key, string intent) => new()
    {
        Text = Texts.Get(language, key),
        Language = language,
        Intent = intent,
        Source = AnswerSources.Rules,
        SuggestedActions = AnswerKit.FollowUps(language, intent),
    };
}
