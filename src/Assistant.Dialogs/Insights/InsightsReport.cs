namespace Assistant.Dialogs.Insights;

/// <summary>
/// What candidates ask, for HR: questions per day and intent, and per vacancy the questions the assistant could not answer
/// or that got a 👎, clustered with counts and (redacted) examples, beside the facts <c>lint</c> flags for that vacancy.
/// Built by <see cref="InsightsBuilder"/> from stored transcripts and votes; no conversation id or user id is in it.
/// </summary>
public sealed record InsightsReport
{
    /// <summary>The start of the period (inclusive).</summary>
    public required DateTimeOffset Since { get; init; }

    /// <summary>When the report was made.</summary>
    public required DateTimeOffset Until { get; init; }

    /// <summary>Questions asked in the period (answered turns; the welcome is not a question).</summary>
    public int Questions { get; init; }

    /// <summary>Questions the documents did not answer (source <c>none</c> or intent <c>unknown</c>).</summary>
    public int Unanswered { get; init; }

    /// <summary>👍 votes in the period.</summary>
    public int Up { get; init; }

    /// <summary>👎 votes in the period.</summary>
    public int Down { get; init; }

    /// <summary>The intents that occur, most frequent first (the chart's series).</summary>
    public IReadOnlyList<string> Intents { get; init; } = [];

    /// <summary>Every day of the period (Europe/Brussels) with its questions per intent.</summary>
    public IReadOnlyList<InsightsDay> Days { get; init; } = [];

    /// <summary>Vacancies (and "no vacancy", id null) with unanswered or 👎 questions or lint findings, the most asked about first.</summary>
    public IReadOnlyList<VacancyInsights> Vacancies { get; init; } = [];
}

/// <summary>One day of the period: its date (Europe/Brussels) and the number of questions per intent.</summary>
public sealed record InsightsDay(DateOnly Date, IReadOnlyDictionary<string, int> PerIntent)
{
    /// <summary>All questions of the day.</summary>
    public int Total => PerIntent.Values.Sum();
}

/// <summary>One vacancy's part of the report.</summary>
public sealed record VacancyInsights
{
    /// <summary>The vacancy id, or null for questions that named no vacancy.</summary>
    public string? VacancyId { get; init; }

    /// <summary>"title — organisation" when the knowledge base has the vacancy.</summary>
    public string? Title { get; init; }

    public int Questions { get; init; }

    public int Unanswered { get; init; }

    public int Up { get; init; }

    public int Down { get; init; }

    /// <summary>Unanswered and 👎 questions grouped by their words, the largest group first.</summary>
    public IReadOnlyList<QuestionCluster> Clusters { get; init; } = [];

    /// <summary>What <c>assistant lint</c> reports for the vacancy (missing, inferred, inconsistent facts).</summary>
    public IReadOnlyList<InsightsLintFlag> Lint { get; init; } = [];
}

/// <summary>Questions that share their main words: a label, how many were unanswered and how many got a 👎, and up to three examples.</summary>
public sealed record QuestionCluster(string Label, int Count, int Unanswered, int Down, IReadOnlyList<string> Intents, IReadOnlyList<string> Examples);

/// <summary>A lint finding shown beside a vacancy's questions.</summary>
public sealed record InsightsLintFlag(string Severity, string Field, string Message);
