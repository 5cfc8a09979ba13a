namespace Assistant.Cli.Evaluation;

/// <summary>
/// The <c>expect</c> block of one turn. A null list means the key is absent (not checked); a present key lists the
/// accepted values (a scalar in the YAML becomes a list of one).
/// </summary>
public sealed record EvalExpectation
{
    public IReadOnlyList<EvalScalar>? Intent { get; init; }
    public IReadOnlyList<EvalScalar>? Source { get; init; }
    public IReadOnlyList<EvalScalar>? Language { get; init; }
    public IReadOnlyList<EvalScalar>? Verdict { get; init; }

    /// <summary>A key that must occur (as a substring) in one of the answer's vacancy ids.</summary>
    public string? Vacancy { get; init; }

    /// <summary>Groups of alternatives: every group needs one alternative in the text.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Mentions { get; init; } = [];

    /// <summary>Texts that must not occur in the answer.</summary>
    public IReadOnlyList<string> Absent { get; init; } = [];
}
