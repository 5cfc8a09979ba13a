using Assistant.Core.Facts;

namespace Assistant.Tools.Salary;

/// <summary>
/// How one kind of experience counts for seniority: given years, counted years and the cap that applied (null = unlimited or
/// unknown); <paramref name="RelevantOnly"/> when the rule counts only experience relevant to the job.
/// </summary>
public sealed record CountedExperience(string Kind, decimal Given, decimal Counted, int? Cap, bool CapKnown, Citation? Citation, bool RelevantOnly = false);
