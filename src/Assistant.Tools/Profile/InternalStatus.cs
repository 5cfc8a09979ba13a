namespace Assistant.Tools.Profile;

/// <summary>An internal candidate's position: contract ("indefinite"), seniority in months and current level.</summary>
public sealed record InternalStatus(bool IsInternal, string? Contract = null, int? SeniorityMonths = null, string? Level = null)
{
    /// <summary>What the candidate said about their last evaluation: true favourable, false unfavourable, null not said.</summary>
    public bool? FavourableEvaluation { get; init; }

    /// <summary>The candidate asks about the internal route itself ("via bevordering", "par promotion"), not about applying from outside.</summary>
    public bool PromotionAsked { get; init; }

    /// <summary>Combines two statements about the same position; what <paramref name="newer"/> says wins, the rest is kept (a "no, I am not internal" replaces it all).</summary>
    public InternalStatus Merge(InternalStatus newer) => !newer.IsInternal ? newer : new(
        true,
        newer.Contract ?? Contract,
        newer.SeniorityMonths ?? SeniorityMonths,
        newer.Level ?? Level)
    {
        FavourableEvaluation = newer.FavourableEvaluation ?? FavourableEvaluation,
        PromotionAsked = newer.PromotionAsked || PromotionAsked,
    };
}
