namespace Assistant.Procedures.Facts;

/// <summary>The procedure facts read by rules from the general documents: terms with their counting rules, reserve extensions, closing days.</summary>
public sealed record ProcedureFacts
{
    public IReadOnlyList<(TermFact Term, PeriodRule Rule)> Terms { get; init; } = [];

    public IReadOnlyList<ExtensionFact> Extensions { get; init; } = [];

    public IReadOnlyList<ClosingDay> ClosingDays { get; init; } = [];
}
