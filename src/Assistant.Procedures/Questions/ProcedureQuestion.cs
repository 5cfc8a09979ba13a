namespace Assistant.Procedures.Questions;

/// <summary>
/// What an HR question asks, read by rules: an article ("wat zegt artikel 17?"), a computation (earliest closing date,
/// end of a probation, end of a reserve or its latest extension) with its date and level, a list of steps, who decides,
/// how long, or an individual case about one named employee; <see cref="SearchText"/> is the question without its
/// dates, levels and article number.
/// </summary>
public sealed record ProcedureQuestion
{
    /// <summary>"article" | "closing-date" | "probation-end" | "reserve-end" | "reserve-extension" | "individual" | "open".</summary>
    public required string Kind { get; init; }

    /// <summary>"steps" (a list is asked for), "who", "how-long" or null.</summary>
    public string? Shape { get; init; }

    public string? Article { get; init; }

    public string? Level { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The term kinds the question is about ("publication", "probation", …), best first.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>The question without dates, levels and article numbers, for the search.</summary>
    public required string SearchText { get; init; }

    /// <summary>The question carries words of the HR vocabulary (so it is a procedure question even when nothing answers it).</summary>
    public bool HrWords { get; init; }

    /// <summary>The asker speaks of themselves as a candidate ("kan ik solliciteren", "do I qualify").</summary>
    public bool CandidateVoice { get; init; }
}
