using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Lint;
using Assistant.Tools.Time;

namespace Assistant.Dialogs.Insights;

/// <summary>
/// Builds the <see cref="InsightsReport"/> from what a store returns (<see cref="IConversationStore.ReadInsightsAsync"/>):
/// pairs each question with its answer (by turn id, else the next assistant line of the conversation), counts them per day
/// and intent, joins the votes, clusters the unanswered and 👎 questions per vacancy (<see cref="QuestionClustering"/>) and
/// adds each vacancy's lint findings. The examples are the stored transcript text, which the store redacted when writing.
/// </summary>
public static class InsightsBuilder
{
    /// <summary>How many examples a cluster shows.</summary>
    public const int ExamplesPerCluster = 3;

    public static InsightsReport Build(InsightsRecords records, DateTimeOffset since, DateTimeOffset now, KnowledgeSnapshot? knowledge)
    {
        ArgumentNullException.ThrowIfNull(records);
        var turns = Turns(records.Transcript);
        var votes = records.Feedback.GroupBy(f => f.TurnId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var questions = turns.Select(t => t with { Vote = t.TurnId is { } id && votes.TryGetValue(id, out var v) ? v.Vote : null }).ToList();

        var intents = questions.GroupBy(q => q.Intent).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var vacancies = questions.GroupBy(q => q.VacancyId ?? "")
            .Select(g => Vacancy(g.Key.Length == 0 ? null : g.Key, [.. g], knowledge))
            .Concat(LintOnly(questions, knowledge))
            .Where(v => v.Clusters.Count > 0 || v.Lint.Count > 0)
            .OrderByDescending(v => v.Unanswered + v.Down).ThenByDescending(v => v.Questions).ThenBy(v => v.VacancyId ?? "", StringComparer.Ordinal)
            .ToList();
        return new InsightsReport
        {
            Since = since,
            Until = now,
            Questions = questions.Count,
            Unanswered = questions.Count(q => q.Unanswered),
            Up = records.Feedback.Count(f => f.Vote == FeedbackVotes.Up),
            Down = records.Feedback.Count(f => f.Vote == FeedbackVotes.Down),
            Intents = intents,
            Days = Days(questions, since, now, intents),
            Vacancies = vacancies,
        };
    }

    /// <summary>A question (its stored, redacted text) and its answer's intent, source and vacancy, and the vote on it.</summary>
    public sealed record Question(string Text, DateTimeOffset At, string Intent, string? Source, string? VacancyId, string? TurnId, string? Vote = null)
    {
        public bool Unanswered => Source == AnswerSources.None || Intent == Intents.Unknown;
    }

    /// <summary>User lines paired with the answer of their turn, per conversation in the order written.</summary>
    public static List<Question> Turns(IReadOnlyList<TranscriptEntry> lines)
    {
        var questions = new List<Question>();
        foreach (var conversation in lines.GroupBy(l => l.ConversationId, StringComparer.Ordinal))
        {
            TranscriptEntry? asked = null;
            foreach (var line in conversation)
            {
                if (line.Role == TranscriptRoles.User)
                {
                    asked = line;
                }
                else if (asked is not null && (asked.TurnId is null || asked.TurnId == line.TurnId))
                {
                    questions.Add(new Question(asked.Text, asked.At, line.Intent ?? Intents.Unknown, line.Source, line.VacancyId, line.TurnId ?? asked.TurnId));
                    asked = null;
                }
            }
        }

        return questions;
    }

    private static List<InsightsDay> Days(List<Question> questions, DateTimeOffset since, DateTimeOffset now, List<string> intents)
    {
        var first = Brussels.Today(since);
        var last = Brussels.Today(now);
        var byDay = questions.GroupBy(q => Brussels.Today(q.At)).ToDictionary(g => g.Key, g => g.ToList());
        if (byDay.Count > 0)
        {
            first = new[] { first, byDay.Keys.Min() }.Max();
        }

        var days = new List<InsightsDay>();
        for (var day = first; day <= last && days.Count < 366; day = day.AddDays(1))
        {
            var of = byDay.GetValueOrDefault(day) ?? [];
            days.Add(new InsightsDay(day, intents.ToDictionary(i => i, i => of.Count(q => q.Intent == i), StringComparer.Ordinal)));
        }

        return days;
    }

    private static VacancyInsights Vacancy(string? id, List<Question> questions, KnowledgeSnapshot? knowledge)
    {
        var facts = id is null ? null : knowledge?.Find(id)?.Facts;
        var flagged = questions.Where(q => q.Unanswered || q.Vote == FeedbackVotes.Down).ToList();
        return new VacancyInsights
        {
            VacancyId = id,
            Title = facts is null ? null : string.Join(" — ", new[] { facts.Title, facts.Organisation }.Where(s => !string.IsNullOrWhiteSpace(s))),
            Questions = questions.Count,
            Unanswered = questions.Count(q => q.Unanswered),
            Up = questions.Count(q => q.Vote == FeedbackVotes.Up),
            Down = questions.Count(q => q.Vote == FeedbackVotes.Down),
            Clusters = QuestionClustering.Cluster(flagged, [facts?.Title, facts?.Organisation, id?.Replace('-', ' ')]),
            Lint = Lint(id, knowledge),
        };
    }

    /// <summary>Vacancies nobody asked about whose facts lint still flags (HR may want to fix those before anyone asks).</summary>
    private static IEnumerable<VacancyInsights> LintOnly(List<Question> questions, KnowledgeSnapshot? knowledge)
    {
        if (knowledge is null)
        {
            return [];
        }

        var asked = questions.Select(q => q.VacancyId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return knowledge.Vacancies.Where(v => !asked.Contains(v.Id)).Select(v => Vacancy(v.Id, [], knowledge));
    }

    private static List<InsightsLintFlag> Lint(string? id, KnowledgeSnapshot? knowledge)
    {
        if (id is null || knowledge?.Find(id) is not { } vacancy)
        {
            return [];
        }

        return [.. VacancyLinter.Check(vacancy.Facts, knowledge.Errors.Where(e => e.VacancyId == id))
            .Where(f => f.Severity is not "info")
            .Select(f => new InsightsLintFlag(f.Severity, f.Field, f.Message))];
    }
}
