using Assistant.Core.Facts;

namespace Assistant.Understanding.Entities;

/// <summary>What <see cref="DiplomaRules"/> found: the level held, the level lacked, the field and whether a graduaat was named.</summary>
internal sealed record DiplomaFacts(DiplomaLevel? Held, DiplomaLevel? Lacks, string? Field, bool? Graduate);
