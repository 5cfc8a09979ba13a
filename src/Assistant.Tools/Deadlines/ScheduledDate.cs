using Assistant.Core.Facts;

namespace Assistant.Tools.Deadlines;

/// <summary>A dated event of the procedure: the step, its date with qualifiers, and whether it lies in the past at the question's moment.</summary>
public sealed record ScheduledDate(SelectionStep Step, StepDate Date, bool Past);
