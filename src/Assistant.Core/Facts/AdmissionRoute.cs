namespace Assistant.Core.Facts;

/// <summary>
/// One way to be admitted: a diploma level (optionally a field), a minimum of experience of some kind,
/// and extra conditions an alternative route needs (e.g. passing a capacity test when the diploma is missing).
/// </summary>
public sealed record AdmissionRoute
{
    public required string Id { get; init; }
    public RouteAudience Audience { get; init; } = RouteAudience.External;
    public DiplomaLevel Diploma { get; init; }
    /// <summary>The field the diploma must be in ("communicatie"), or null for any field.</summary>
    public string? DiplomaField { get; init; }
    /// <summary>True when "or a diploma giving access to the level / equivalent" is accepted.</summary>
    public bool EquivalentAccepted { get; init; }
    public decimal? MinExperienceYears { get; init; }
    /// <summary>The kind of experience: "relevant", "leadership", "social-media", "any", or a phrase.</summary>
    public string? ExperienceKind { get; init; }
    /// <summary>
    /// Of the experience asked, at least this many years of <see cref="IncludedKind"/> ("3 jaar ervaring, waarvan minstens 1 jaar
    /// als leidinggevende"); null when the route names no such part.
    /// </summary>
    public decimal? IncludedMinYears { get; init; }
    /// <summary>The kind of the part of the experience <see cref="IncludedMinYears"/> asks for ("leadership").</summary>
    public string? IncludedKind { get; init; }
    public IReadOnlyList<RouteCondition> Alternative { get; init; } = [];
    /// <summary>
    /// The post this route belongs to when one document opens several posts, each under its own heading ("Functie 2 –
    /// Netwerkbibliothecaris"); null for a document of one post, or for a condition common to all its posts.
    /// </summary>
    public string? Post { get; init; }
    public InternalCondition? Internal { get; init; }
    public required Citation Citation { get; init; }
}
