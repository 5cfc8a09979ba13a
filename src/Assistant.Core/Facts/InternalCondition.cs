namespace Assistant.Core.Facts;

/// <summary>Conditions of a route for internal candidates (promotion, internal mobility).</summary>
public sealed record InternalCondition
{
    /// <summary>"indefinite" when a contract of indefinite duration is required.</summary>
    public string? Contract { get; init; }
    public int? MinSeniorityMonths { get; init; }
    /// <summary>"service" (dienstanciënniteit), "level" (niveau-anciënniteit) or "grade".</summary>
    public string? SeniorityKind { get; init; }
    /// <summary>The level the seniority or grading refers to ("B", "C").</summary>
    public string? Level { get; init; }
    /// <summary>"min" when the level is a minimum ("niet lager dan B"), "exact" when it is that level.</summary>
    public string? LevelComparison { get; init; }
    /// <summary>True when a favourable (last) evaluation is required ("een gunstige evaluatie hebben").</summary>
    public bool FavourableEvaluation { get; init; }
}
