using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>What one requirement line (or part of it) says, before lines are combined into routes.</summary>
public sealed record RouteDraft
{
    public DiplomaLevel? Diploma { get; init; }
    public bool NoDiploma { get; init; }
    /// <summary>The line says no diploma is required at all ("Er is geen diploma vereist"), not only what happens without one.</summary>
    public bool NoneRequired { get; init; }
    public string? Field { get; init; }
    public bool Equivalent { get; init; }
    public decimal? MinExperienceYears { get; init; }
    public string? ExperienceKind { get; init; }
    public bool VagueExperience { get; init; }
    /// <summary>Of the experience, at least this many years of <see cref="IncludedKind"/> ("waarvan 1 jaar als leidinggevende").</summary>
    public decimal? IncludedYears { get; init; }
    public string? IncludedKind { get; init; }
    public List<RouteCondition> Tests { get; init; } = [];
    public InternalCondition? Internal { get; init; }
    public bool IntroducesList { get; init; }
    /// <summary>An internal condition given as another way to meet the one before ("OF 8 jaar in niveau D"): a route of its own with the shared conditions.</summary>
    public bool AlternativeOfPrevious { get; init; }
    /// <summary>A diploma line under a heading for internal candidates: a condition of the internal route read around it.</summary>
    public bool InInternalBlock { get; init; }
    public required Citation Citation { get; init; }
    /// <summary>
    /// Lines merged into this draft (a promotion condition on a line of its own). They stay unread requirement lines too,
    /// so a yes through the route is still checked against them by the candidate.
    /// </summary>
    public IReadOnlyList<Citation> Absorbed { get; init; } = [];

    /// <summary>Only an experience minimum: it then applies to every external route.</summary>
    public bool IsExperienceOnly => Diploma is null && !NoDiploma && Tests.Count == 0 && Internal is null && MinExperienceYears is not null;

    public bool IsRoute => Diploma is not null || NoDiploma || Tests.Count > 0 || Internal is not null;
}
