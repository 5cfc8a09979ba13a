using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// What the eligibility questions say around a question that is asked again: which slot an answer asks for, a hint on
/// how to answer it, the reply buttons, and why the same question comes back.
/// </summary>
internal static class SlotPrompts
{
    private static readonly HashSet<string> YesNoSlots = ["internal", "licence", "foreign-diploma", "internal-evaluation"];

    /// <summary>The fact an eligibility answer asks for next ("diploma", "experience", …), or null.</summary>
    public static string? SlotOf(Answer answer) =>
        answer is { Intent: Intents.Eligibility, Verdict: Verdicts.NeedInfo } && answer.Facts is EligibilityPayload { Result.Missing.Count: > 0 } p ? p.Result.Missing[0] : null;

    /// <summary>How to answer the question about <paramref name="slot"/>.</summary>
    public static string Hint(string lang, string? slot) =>
        slot is not null && YesNoSlots.Contains(slot) ? Texts.Get(lang, "dialog.hint.yesno")
            : slot is not null && Texts.Has(lang, "dialog.hint." + slot) ? Texts.Get(lang, "dialog.hint." + slot)
            : Texts.Get(lang, "dialog.hint.other");

    /// <summary>Reply buttons for <paramref name="slot"/> (empty when the slot has no short set of answers).</summary>
    public static IReadOnlyList<SuggestedAction> Actions(string lang, string? slot)
    {
        if (slot is not null && YesNoSlots.Contains(slot))
        {
            return [Same(lang, "action.yes"), Same(lang, "action.no")];
        }

        return slot switch
        {
            "diploma" => new[] { "bachelor", "master", "secondary", "none" }
                .Select(d => new SuggestedAction(Texts.Get(lang, "action.diploma." + d), Texts.Get(lang, "answer.diploma." + d))).ToList(),
            "experience" or "internal-seniority" => new[] { "0", "1", "2", "5" }.Select(n => Same(lang, "action.experience." + n)).ToList(),
            // The question names the kind asked ("Was je ervaring leidinggevend?"): yes or no answers it.
            "experience-kind" => [Same(lang, "action.yes"), Same(lang, "action.no"), Same(lang, "action.kind.leadership")],
            _ => [],
        };
    }

    /// <summary>The kind of experience the deciding route requires, when the candidate's kind is still open ("it must be managerial").</summary>
    public static string? NeededKind(string lang, Answer answer) =>
        answer.Facts is EligibilityPayload { Result: var r }
        && r.Route?.Checks.FirstOrDefault(c => c.Requirement == "experience-kind" && c.Outcome == "unknown")?.Caveat is { } kind
        && Texts.Has(lang, "dialog.needKind." + kind)
            ? Texts.Get(lang, "dialog.needKind." + kind)
            : null;

    /// <summary>The answer with <paramref name="prefix"/> before its text and the slot's reply buttons (when the slot has any).</summary>
    public static Answer Explain(Answer answer, string prefix, string? slot) => answer with
    {
        Text = prefix + " " + answer.Text,
        SuggestedActions = Actions(answer.Language, slot) is { Count: > 0 } replies ? replies : answer.SuggestedActions,
    };

    /// <summary>
    /// The answer with the slot's reply buttons when it only offers the general follow-ups, so that every question can be
    /// answered by a click as well as by typing ("1 jaar", "Leidinggevende ervaring", "Ja"/"Nee").
    /// </summary>
    public static Answer WithReplies(Answer answer, string? slot) =>
        Actions(answer.Language, slot) is { Count: > 0 } replies
        && (answer.SuggestedActions.Count == 0 || answer.SuggestedActions.SequenceEqual(AnswerKit.FollowUps(answer.Language, "eligibility")))
            ? answer with { SuggestedActions = replies }
            : answer;

    private static SuggestedAction Same(string lang, string key) => new(Texts.Get(lang, key), Texts.Get(lang, key));
}
