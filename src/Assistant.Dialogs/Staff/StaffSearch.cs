using System.Text.Json;
using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Understanding;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Index;
using Assistant.Tools.Deadlines;

namespace Assistant.Dialogs.Staff;

/// <summary>
/// The phone line's lookup (the service behind the staff page's search): over the current knowledge snapshot, vacancies
/// by the words that name them (prefixes while typing), by the vacancy the query names (the understanding layer) and by
/// matching passages; the cards of the chosen vacancy; the passages; and, for a question, the assistant's answer (a
/// fresh conversation of <paramref name="sessions"/>).
/// </summary>
public sealed class StaffSearch(Func<KnowledgeSnapshot> knowledge, IAssistantSessionFactory sessions)
{
    private const int MaxVacancies = 10;
    private const int MaxPassages = 6;
    private const int RankingHits = 30;
    private static readonly HashSet<string> NotQuestions = [Intents.Unknown, Intents.Smalltalk];

    /// <summary>
    /// The result for <paramref name="query"/> (trimmed, not empty), with the cards of <paramref name="vacancyId"/> when
    /// given; null when <paramref name="vacancyId"/> names no vacancy of the current knowledge.
    /// </summary>
    public async Task<StaffSearchResponse?> RunAsync(string query, string? vacancyId, string language, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var snapshot = knowledge();
        Vacancy? selected = null;
        if (!string.IsNullOrWhiteSpace(vacancyId) && (selected = snapshot.Find(vacancyId.Trim())) is null)
        {
            return null;
        }

        return await RunAsync(snapshot, query, selected, language, now, cancellationToken).ConfigureAwait(false);
    }

    private async Task<StaffSearchResponse> RunAsync(KnowledgeSnapshot knowledge, string query, Vacancy? selected, string language, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var analysis = AnswerRouter.Analyze(knowledge, query);
        var named = analysis.VacancyIds;
        var byName = AnswerRouter.Analyzer(knowledge).RankVacancies(query);
        var hits = knowledge.Index.Search(new SearchQuery(query, Top: RankingHits));
        var byPassage = hits.GroupBy(h => h.VacancyId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => (double)g.Sum(h => h.Score), StringComparer.OrdinalIgnoreCase);

        var ranked = knowledge.Vacancies
            .Where(v => named.Contains(v.Id) || byName.ContainsKey(v.Id) || byPassage.ContainsKey(v.Id))
            .OrderBy(v => named.Contains(v.Id) ? IndexOf(named, v.Id) : int.MaxValue)
            .ThenByDescending(v => byName.GetValueOrDefault(v.Id))
            .ThenByDescending(v => byPassage.GetValueOrDefault(v.Id))
            .Take(MaxVacancies)
            .ToList();
        // The order depends on the query only, so moving through the list with the arrow keys does not reshuffle it.
        if (selected is not null && !ranked.Contains(selected))
        {
            ranked.Add(selected);
        }

        var chosen = selected ?? ranked.FirstOrDefault();

        var passages = (chosen is null ? hits : hits.Where(h => string.Equals(h.VacancyId, chosen.Id, StringComparison.OrdinalIgnoreCase)).ToList()) is { Count: > 0 } found
            ? found
            : chosen is null ? [] : knowledge.Index.Search(new SearchQuery(query, chosen.Id, Top: MaxPassages));

        Answer? answer = null;
        if (!NotQuestions.Contains(analysis.Intent))
        {
            var session = sessions.Create();
            answer = await session.SendAsync(new TurnInput(query, now, Channels.Web, chosen?.Id, language, "staff"), cancellationToken).ConfigureAwait(false);
        }

        return new StaffSearchResponse(
            query,
            language,
            now,
            [.. ranked.Select(v => Summary(v, now))],
            chosen?.Id,
            Focus(analysis),
            chosen is null ? null : StaffCards.For(chosen, now),
            [.. passages.Take(MaxPassages).Select(h => new StaffPassage(h.VacancyId, h.Document, h.Section, Snippets.Of(h.Passage, query), h.Score))],
            answer);
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static StaffVacancy Summary(Vacancy vacancy, DateTimeOffset now)
    {
        var status = DeadlineTool.Evaluate(vacancy.Facts, now);
        return new StaffVacancy(vacancy.Id, vacancy.Facts.Title, vacancy.Facts.Organisation, vacancy.Facts.Scale, vacancy.Facts.Location, status.Status, status.LastDay);
    }

    /// <summary>
    /// The card a question is about, from its intent (Core's <see cref="Intents"/>) and aspect, named as the card's JSON
    /// property of <see cref="StaffFactCards"/> ("deadline", "nextTest"): the page matches cards by that name and never
    /// sees an intent.
    /// </summary>
    private static string? Focus(QuestionAnalysis analysis) => analysis.Intent switch
    {
        Intents.Deadline => CardName(nameof(StaffFactCards.Deadline)),
        Intents.Eligibility => CardName(nameof(StaffFactCards.Diploma)),
        Intents.Salary => CardName(nameof(StaffFactCards.Salary)),
        Intents.Procedure when analysis.Aspect is { } aspect && aspect.StartsWith("step-date", StringComparison.Ordinal) => CardName(nameof(StaffFactCards.NextTest)),
        Intents.Contact => CardName(nameof(StaffFactCards.Contact)),
        _ => null,
    };

    private static string CardName(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);
}
