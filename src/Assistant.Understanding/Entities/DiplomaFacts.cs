using Assistant.Core.Facts;

namespace Assistant.Understanding.Entities;

/// <summary>What <see cref="DiplomaRules"/> found: the level held, the level lacked, the field and whether a graduaat was named.</summary>
/// <remarks><see cref="Words"/>: the candidate's own words for the diploma held ("het 6de jaar bso", "diploma aso").
/// <see cref="NamedByField"/>: a diploma said to be held and named by its programme alone ("een diploma kinderzorg").</remarks>
internal sealed record DiplomaFacts(DiplomaLevel? Held, DiplomaLevel? Lacks, string? Field, bool? Graduate, string? Words = null, bool? NamedByField = null);
