namespace Assistant.Tools.Profile;

/// <summary>Years of one kind of experience ("3 jaar relevante ervaring" → (3, "relevant")); <see cref="Description"/> keeps the user's words ("als managementassistent").</summary>
public sealed record ExperienceEntry(decimal Years, string Kind, string? Description = null)
{
    /// <summary>The calendar year the candidate says this work ended ("van 2012 tot 2016", "until 2015"); null when ongoing or not said.</summary>
    public int? Until { get; init; }

    /// <summary>
    /// The part of full time this work was done at ("halftijds", "at 50%" → 0.5; "4/5" → 0.8); 0 when the candidate said it
    /// was part time without saying how much; null when it was full time or nothing was said about it.
    /// </summary>
    public decimal? Share { get; init; }

    /// <summary>
    /// The kind of the part named out of these years ("3 jaar ervaring, waarvan 1 als leidinggevende" leaves 2 years besides
    /// "leadership"): by the candidate's own words, these years are not of that kind. Null when no part was named.
    /// </summary>
    public string? Besides { get; init; }

    /// <summary>The candidate's words for where this work was done ("bij een studiebureau", "at the city of Ghent"); null when not said.</summary>
    public string? Employer { get; init; }
}
