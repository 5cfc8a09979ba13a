namespace Assistant.Core.Facts;

/// <summary>One step of the selection procedure with its dates, points, pass mark and weight.</summary>
public sealed record SelectionStep
{
    public required int Order { get; init; }
    public required string Name { get; init; }
    /// <summary>A normalised kind: "screening", "written", "oral", "assignment", "interview", "assessment", "capacity-test", "language-test", "other".</summary>
    public string Kind { get; init; } = "other";
    public IReadOnlyList<StepDate> Dates { get; init; } = [];
    public decimal? MaxPoints { get; init; }
    public PassMark? PassMark { get; init; }
    public bool Eliminating { get; init; }
    /// <summary>The step's weight in the final result (2/3 → 0.6667), when stated.</summary>
    public decimal? Weight { get; init; }
    /// <summary>False when the document says the result does not count in the final ranking.</summary>
    public bool CountsInFinal { get; init; } = true;
    /// <summary>True when the step applies only to some candidates ("eventuele", "enkel voor kandidaten zonder …").</summary>
    public bool Conditional { get; init; }
    /// <summary>Who the step is for, when it is conditional ("candidates without a bachelor").</summary>
    public string? AppliesTo { get; init; }
    /// <summary>The parent step for sub-parts ("Schriftelijke test" of "Functiespecifieke proef").</summary>
    public string? Parent { get; init; }
    public required Citation Citation { get; init; }
}
