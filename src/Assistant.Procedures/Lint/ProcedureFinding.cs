namespace Assistant.Procedures.Lint;

/// <summary>A problem in the general documents: "error" (a document or its metadata could not be read as it should) or "inconsistent" (two documents set different terms), with the quotes involved.</summary>
public sealed record ProcedureFinding(string Severity, string Field, string Message, IReadOnlyList<string> Quotes);
