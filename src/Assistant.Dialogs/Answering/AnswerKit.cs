using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Knowledge.Base;

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

    /// <summary>
    /// The answer record with the usual fields; the payload gets the turn's clock and, when the answer is about one
    /// vacancy, that vacancy's facts (what a channel needs to draw its card).
    /// </summary>
    public static Answer Make(TurnContext t, string intent, string source, string text, IEnumerable<string> vacancyIds, IEnumerable<Citation?> citations, AnswerPayload? facts, string? verdict = null, IReadOnlyList<SuggestedAction>? actions = null)
    {
        var ids = vacancyIds.ToList();
        return new()
        {
            Text = text,
            Language = t.Language,
            Intent = intent,
            VacancyIds = ids,
            Source = source,
            Verdict = verdict,
            Citations = Cite(citations),
            SuggestedActions = actions ?? FollowUps(t.Language, intent),
            Facts = About(facts, ids, t.Knowledge, t.Now),
        };
    }

    /// <summary>
    /// The sentence facts the turn's channel may quote, each quote once: those of public documents everywhere, those of
    /// internal documents in Teams only.
    /// </summary>
    public static IReadOnlyList<Citation> Visible(TurnContext t, VacancyFacts v, IEnumerable<Citation> sentences) =>
        sentences.Where(c => t.Channel == Channels.Teams || v.Sources.FirstOrDefault(s => s.Document == c.Document)?.Audience == Audience.Public)
            .DistinctBy(c => c.Quote).ToList();

    /// <summary><paramref name="payload"/> with the vacancy it is about (when <paramref name="vacancyIds"/> name exactly one) and the clock.</summary>
    public static AnswerPayload? About(AnswerPayload? payload, IReadOnlyList<string> vacancyIds, KnowledgeSnapshot knowledge, DateTimeOffset now) =>
        payload is null ? null : payload with { Vacancy = vacancyIds.Count == 1 ? knowledge.Find(vacancyIds[0])?.Facts : null, Now = now };
}
