using Assistant.Core.Facts;

namespace Assistant.Knowledge.Lint;

/// <summary>One lint finding: "error" (a file could not be loaded), "missing", "inferred" or "inconsistent".</summary>
public sealed record LintFinding(string Severity, string Field, string Message, Citation? Citation = null);
