namespace Assistant.Core.Answers;

/// <summary>The verdicts of the answer contract (<see cref="Answer.Verdict"/>); the strings are the wire values.</summary>
public static class Verdicts
{
    public const string Eligible = "eligible";
    public const string Conditional = "conditional";
    public const string NotEligible = "not-eligible";
    public const string NeedInfo = "need-info";
    public const string Pass = "pass";
    public const string Fail = "fail";

    /// <summary>The eligibility verdicts.</summary>
    public static IReadOnlyList<string> Eligibility { get; } = [Eligible, Conditional, NotEligible, NeedInfo];

    /// <summary>The scoring verdicts.</summary>
    public static IReadOnlyList<string> Scoring { get; } = [Pass, Fail];

    /// <summary>Every verdict.</summary>
    public static IReadOnlyList<string> All { get; } = [Eligible, Conditional, NotEligible, NeedInfo, Pass, Fail];
}
