namespace Assistant.Tools.Profile;

/// <summary>An internal candidate's position: contract ("indefinite"), seniority in months and current level.</summary>
public sealed record InternalStatus(bool IsInternal, string? Contract = null, int? SeniorityMonths = null, string? Level = null)
{
    /// <summary>What the candidate said about their last evaluation: true favourable, false unfavourable, null not said.</summary>
    public bool? FavourableEvaluation { get; init; }

    /// <summary>The candidate asks about the internal route itself ("via bevordering", "par promotion"), not about applying from outside.</summary>
    public bool PromotionAsked { get; init; }

    /// <summary>
    /// The public employer the candidate says they work for, in their words ("provincie", "stad aalst", "andere gemeente"),
    /// or null when they named none: an internal route is only for staff of the vacancy's own employer.
    /// </summary>
    public string? Employer { get; init; }

    /// <summary>Combines two statements about the same position; what <paramref name="newer"/> says wins, the rest is kept (a "no, I am not internal" replaces it all).</summary>
    public InternalStatus Merge(InternalStatus newer) => !newer.IsInternal ? newer : new(
        true,
        newer.Contract ?? Contract,
        newer.SeniorityMonths ?? SeniorityMonths,
        newer.Level ?? Level)
    {
        FavourableEvaluation = newer.FavourableEvaluation ?? FavourableEvaluation,
        PromotionAsked = newer.PromotionAsked || PromotionAsked,
        Employer = newer.Employer ?? Employer,
    };
}
