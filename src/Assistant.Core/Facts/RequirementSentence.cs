namespace Assistant.Core.Facts;

/// <summary>
/// One sentence of a vacancy's requirement or profile sections. <see cref="Read"/> is true when a rule read a route, a general
/// requirement, a preference or the reference date from it; false when none did (a duty, a soft skill, a condition in words
/// no rule knows).
/// </summary>
public sealed record RequirementSentence(Citation Citation, bool Read);
