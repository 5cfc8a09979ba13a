using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Understanding;
using Assistant.Understanding.Replies;
using Assistant.Knowledge.Base;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Lookups;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// The eligibility questions: a reply is read in the light of the question that was asked ("5" after the question
/// about years); a real question asked instead ("Tot wanneer kan ik solliciteren?") is answered and the questions wait
/// ("Verder" or an answer resumes them); a message naming another vacancy ends them. The same question is never asked
/// twice in a row without saying why ("Ik begreep je antwoord niet", or what was noted and why it is not enough), and
/// after a few fruitless rounds the dialog stops with the contact instead of asking forever.
/// </summary>
internal sealed class EligibilityDialog
{
    /// <summary>How many times one question may come back before the dialog gives up.</summary>
    public const int MaxRepeats = 3;

    private static readonly HashSet<string> YesNoSlots = ["internal", "licence", "foreign-diploma", "internal-evaluation", "experience-kind"];
    private readonly DialogSteps _steps;

    public EligibilityDialog(DialogSteps steps) => _steps = steps;

    /// <summary>The turn while <paramref name="frame"/> waits for an answer, or null when the message is about another vacancy.</summary>
    public (Answer Answer, ConversationState State)? Continue(KnowledgeSnapshot knowledge, ConversationState state, DialogFrame frame, TurnInput input, QuestionAnalysis analysis, DateTimeOffset now)
    {
        if (frame.VacancyId is null)
        {
            return null;
        }

        // A frame stored before the pending slot was recorded: the slot is the first fact the tool still misses.
        frame = frame.Asking is null && knowledge.Find(frame.VacancyId) is { } stored
            ? frame with { Asking = EligibilityTool.Evaluate(stored.Facts, state.Context.Profile).Missing is { Count: > 0 } missing ? missing[0] : null }
            : frame;

        if (analysis.VacancyIds.Count > 0 && !analysis.VacancyIds.Contains(frame.VacancyId!))
        {
            // "5 jaar, ik behandel dossiers" after the question about experience: a reply that states the candidate's own
            // facts and names no employer or place describes the candidate with job words, it does not ask about another job.
            if (!StatesOwnFacts(knowledge, state, frame, input.Text, analysis, now))
            {
                return null;
            }

            analysis = analysis with { VacancyIds = [frame.VacancyId!], AmbiguousVacancy = false, VacancyByJobWordsOnly = false };
        }

        var text = input.Text;
        var question = QuestionShape.IsQuestion(text);
        if (frame.Paused && (QuestionShape.IsResume(text) || (SlotReplies.YesNo(text) == true && (frame.Asking is null || !YesNoSlots.Contains(frame.Asking)))))
        {
            return Ask(knowledge, state, frame, input, analysis with { Intent = Intents.Eligibility }, now, Reading.Resumed);
        }

        var reply = question ? null : SlotReplies.Read(frame.Asking, text, state.Context.Profile, t => AnswerRouter.Analyze(knowledge, t, now), AskedKind(knowledge, state, frame));
        if (reply is not null)
        {
            return Ask(knowledge, state, frame, input, analysis with { Intent = Intents.Eligibility, Profile = analysis.Profile.Merge(reply) }, now, Reading.Understood);
        }

        if (QuestionShape.IsBareEligibility(text))
        {
            return Ask(knowledge, state, frame, input, analysis with { Intent = Intents.Eligibility }, now, Reading.Repeated);
        }

        if (IsOtherQuestion(analysis, question))
        {
            return Aside(knowledge, state, frame, input, analysis, now);
        }

        return !analysis.Profile.IsEmpty
            ? Ask(knowledge, state, frame, input, analysis with { Intent = Intents.Eligibility }, now, Reading.Understood)
            : Ask(knowledge, state, frame, input, analysis with { Intent = Intents.Eligibility }, now, Reading.NotUnderstood);
    }

    /// <summary>A reply without a question that states profile facts and names other vacancies only by words of their titles.</summary>
    private static bool StatesOwnFacts(KnowledgeSnapshot knowledge, ConversationState state, DialogFrame frame, string text, QuestionAnalysis analysis, DateTimeOffset now) =>
        analysis.VacancyByJobWordsOnly && !QuestionShape.IsQuestion(text)
        && (!analysis.Profile.IsEmpty || SlotReplies.Read(frame.Asking, text, state.Context.Profile, t => AnswerRouter.Analyze(knowledge, t, now), AskedKind(knowledge, state, frame)) is not null);

    /// <summary>The kind of experience the pending question named (the deciding route's kind), for a reply that gives only years.</summary>
    private static string? AskedKind(KnowledgeSnapshot knowledge, ConversationState state, DialogFrame frame) =>
        frame.Asking is "experience" or "experience-kind" && knowledge.Find(frame.VacancyId!) is { } stored
            ? EligibilityTool.Evaluate(stored.Facts, state.Context.Profile).Route?.Route.ExperienceKind
            : null;

    /// <summary>A question rather than an answer: another topic, or a question about the requirements that states no facts.</summary>
    /// A statement of the candidate's own facts ("ja, mijn FGA heb ik in 2025 gehaald") is an answer, whatever intent its words
    /// suggest (a "ja" reads as small talk).
    private static bool IsOtherQuestion(QuestionAnalysis a, bool question) =>
        (a.Intent is not ("eligibility" or "general" or "unknown") && !(a.Intent is "smalltalk" or "contact" && !question && !a.Profile.IsEmpty))
        || (question && a.Profile.IsEmpty);

    /// <summary>Answers the question in between and keeps the eligibility questions waiting, saying how to go on.</summary>
    private (Answer, ConversationState) Aside(KnowledgeSnapshot knowledge, ConversationState state, DialogFrame frame, TurnInput input, QuestionAnalysis analysis, DateTimeOffset now)
    {
        var popped = state.Pop();
        // About the dialog's vacancy (the one the candidate named, even on another vacancy's page). A question about the
        // requirements is answered from the vacancy's text: the verdict still waits for the answer.
        var force = analysis.Intent is "eligibility" or "general" or "unknown"
            ? new TurnOverride("general", null, [frame.VacancyId!])
            : new TurnOverride(null, null, [frame.VacancyId!]);
        var (answer, next) = DialogSteps.After(popped, _steps.Route(knowledge, popped, input, force, now, analysis), input.Text);
        if (next.Stack.Count != popped.Stack.Count)
        {
            return (answer, next);
        }

        var lang = answer.Language;
        var vacancy = knowledge.Find(frame.VacancyId!) is { } v ? Format.Vacancy(lang, v.Facts) : frame.VacancyId!;
        var resume = new SuggestedAction(Texts.Get(lang, "action.resume"), Texts.Get(lang, "action.resume"));
        answer = answer with
        {
            // After a list or steps the question is a paragraph of its own, never glued to the last item.
            Text = answer.Text + (answer.Text.Contains('\n', StringComparison.Ordinal) ? "\n\n" : " ") + Texts.Get(lang, "dialog.resume", ("vacancy", vacancy)),
            SuggestedActions = [resume, .. answer.SuggestedActions.Take(3)],
        };
        return (answer, next.Push(frame with { Paused = true }));
    }

    /// <summary>Routes the eligibility question again with what the reply gave, and explains a question that comes back.</summary>
    private (Answer, ConversationState) Ask(KnowledgeSnapshot knowledge, ConversationState state, DialogFrame frame, TurnInput input, QuestionAnalysis analysis, DateTimeOffset now, Reading reading)
    {
        var popped = state.Pop();
        var force = new TurnOverride("eligibility", null, [frame.VacancyId!]) { Question = frame.Question };
        var (answer, next) = DialogSteps.After(popped, _steps.Route(knowledge, popped, input, force, now, analysis), frame.Question ?? input.Text);
        var asked = next.Active is { DialogId: "eligibility" } top && next.Stack.Count > popped.Stack.Count ? top : null;
        if (asked is null || reading == Reading.Resumed || asked.Asking != frame.Asking || asked.VacancyId != frame.VacancyId)
        {
            return (answer, next);
        }

        var lang = answer.Language;
        var repeats = frame.Repeats + 1;
        if (repeats >= MaxRepeats)
        {
            return (GiveUp(knowledge, frame, answer), next.Pop());
        }

        var noted = reading == Reading.Understood ? ProfileFacts.Describe(lang, analysis.Profile, ProfileFacts.Names(analysis.Profile)) : "";
        var prefix = reading == Reading.Repeated ? Texts.Get(lang, "dialog.stillNeed") + " " + SlotPrompts.Hint(lang, asked.Asking)
            : noted.Length > 0 ? Texts.Get(lang, "dialog.noted", ("facts", noted)) + " " + (SlotPrompts.NeededKind(lang, answer) ?? SlotPrompts.Hint(lang, asked.Asking))
            : Texts.Get(lang, repeats == 1 ? "dialog.notUnderstood" : "dialog.notUnderstood.again") + " " + SlotPrompts.Hint(lang, asked.Asking);
        return (SlotPrompts.Explain(answer, prefix, asked.Asking), next.Pop().Push(asked with { Repeats = repeats }));
    }

    private static Answer GiveUp(KnowledgeSnapshot knowledge, DialogFrame frame, Answer answer)
    {
        var lang = answer.Language;
        var contact = knowledge.Find(frame.VacancyId!) is { } v ? LookupTool.ContactFor(v.Facts, "procedure") : null;
        var text = Texts.Get(lang, "dialog.giveUp") + (contact is null ? "" : " " + Texts.Get(lang, "dialog.giveUp.contact", ("contact", Format.Contact(lang, contact))));
        return answer with
        {
            Text = text,
            Citations = contact is null ? [] : [AnswerKit.Cite(contact.Citation)],
            SuggestedActions = AnswerKit.FollowUps(lang, "eligibility"),
        };
    }

    private enum Reading
    {
        Understood,
        NotUnderstood,
        Resumed,
        Repeated,
    }
}
