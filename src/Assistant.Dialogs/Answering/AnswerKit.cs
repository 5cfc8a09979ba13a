using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering;

/// <summary>Small helpers shared by the composers: citations, suggested actions and the answer record.</summary>
public static class AnswerKit
{
    /// <summary>A citation for the answer contract (quote stays Dutch, as written).</summary>
    public static AnswerCitation Cite(Citation c) => new(c.VacancyId, c.Document, c.Section, c.Quote);

    /// <summary>Distinct answer citations from fact citations, in order.</summary>
    public static IReadOnlyList<AnswerCitation> Cite(IEnumerable<Citation?> citations) =>
        citations.OfType<Citation>().Select(Cite).DistinctBy(c => (c.VacancyId, c.Quote)).ToList();

    /// <summary>Suggested follow-ups for a vacancy, leaving out the intent just answered.</summary>
    public static IReadOnlyList<SuggestedAction> FollowUps(string lang, string answered) =>
        new[] { "eligibility", "deadline", "salary", "procedure", "documents", "contact" }
            .Where(i => i != answered)
            .Take(3)
            .Select(i => new SuggestedAction(Texts.Get(lang, "action." + i), Texts.Get(lang, "action." + i)))
            .ToList();

    /// <summary>The answer record with the usual fields.</summary>
    public static Answer Make(TurnContext t, string intent, string source, string text, IEnumerable<string> vacancyIds, IEnumerable<Citation?> citations, object? facts, string? verdict = null, IReadOnlyList<SuggestedAction>? actions = null) => new()
    {
        Text = text,
        Language = t.Language,
        Intent = intent,
        VacancyIds = vacancyIds.ToList(),
        Source = source,
        Verdict = verdict,
        Citations = Cite(citations),
        SuggestedActions = actions ?? FollowUps(t.Language, intent),
        Facts = facts,
    };
}
