namespace Assistant.Procedures.Tools;

/// <summary>A computed date: the answer, the date before any move to a working day, the first day counted, the days skipped, and whether a default counting rule was assumed.</summary>
public sealed record DateResult(DateOnly Date, DateOnly Unshifted, DateOnly FirstDay, IReadOnlyList<DateOnly> Skipped, bool DefaultRule);
