namespace Assistant.Core.Facts;

/// <summary>Something extraction or lint noticed: "missing", "inferred", "inconsistent", "unparsed" (a line that speaks of a fact but yields none) or "error".</summary>
public sealed record ExtractionNote(string Severity, string Field, string Message, Citation? Citation = null);
