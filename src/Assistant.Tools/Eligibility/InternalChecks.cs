using System.Globalization;
using Assistant.Core.Facts;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// The conditions of an internal (promotion) route, one check per condition so that an answer can say which one fails
/// ("4 jaar anciënniteit vereist, jij: 3") or which fact is still missing ("internal-seniority"). Nothing is assumed: a
/// condition the candidate said nothing about is unknown.
/// </summary>
public static class InternalChecks
{
    /// <summary>The checks of <paramref name="condition"/> against what the candidate said about their position.</summary>
    public static IEnumerable<RequirementCheck> Evaluate(AdmissionRoute route, InternalCondition condition, CandidateProfile p)
    {
        var status = p.Internal;
        if (status is null || (status.Contract is null && status.SeniorityMonths is null && status.Level is null && status.FavourableEvaluation is null))
        {
            // Nothing said about the position: one question first (are you internal, at which level, how long).
            var next = status is null ? "internal" : Next(condition);
            return [new RequirementCheck(next, "unknown", route.Citation) { Required = Required(condition), Caveat = next == "internal-seniority" ? condition.Level : null }];
        }

        var checks = new List<RequirementCheck>();
        if (condition.MinSeniorityMonths is { } months)
        {
            var required = Years(months);
            checks.Add(status.SeniorityMonths is { } has
                ? new RequirementCheck("internal-seniority", has >= months ? "met" : "not-met", route.Citation) { Required = required, Given = Years(has), Caveat = condition.Level }
                : new RequirementCheck("internal-seniority", "unknown", route.Citation) { Required = required, Caveat = condition.Level });
        }

        if (condition.Level is { } level)
        {
            checks.Add(status.Level is { } own
                ? new RequirementCheck("internal-level", LevelFails(own, level, condition.LevelComparison) ? "not-met" : "met", route.Citation) { Required = level, Given = own.ToUpperInvariant(), Caveat = condition.LevelComparison }
                : new RequirementCheck("internal-level", "unknown", route.Citation) { Required = level, Caveat = condition.LevelComparison });
        }

        if (condition.FavourableEvaluation)
        {
            checks.Add(new RequirementCheck("internal-evaluation", status.FavourableEvaluation switch { true => "met", false => "not-met", null => "unknown" }, route.Citation)
            {
                Given = status.FavourableEvaluation switch { true => "favourable", false => "unfavourable", null => null },
            });
        }

        if (condition.Contract is { } contract)
        {
            checks.Add(status.Contract is { } own
                ? new RequirementCheck("internal-contract", ContractMet(own, contract) ? "met" : "not-met", route.Citation) { Required = contract, Given = own }
                : new RequirementCheck("internal-contract", "unknown", route.Citation) { Required = contract });
        }

        // The order in which missing facts are asked: seniority, level, evaluation, contract.
        return checks.OrderBy(c => c.Outcome == "unknown" ? 1 : 0);
    }

    /// <summary>The first condition to ask about when only "internal" is known.</summary>
    private static string Next(InternalCondition c) =>
        c.MinSeniorityMonths is not null ? "internal-seniority"
            : c.Level is not null ? "internal-level"
            : c.FavourableEvaluation ? "internal-evaluation"
            : "internal-contract";

    private static string? Required(InternalCondition c) => c.MinSeniorityMonths is { } m ? Years(m) : null;

    private static string Years(int months) => (months / 12m).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A statutory (vastbenoemd) position satisfies "onbepaalde duur"; otherwise the contract must be the one named.</summary>
    private static bool ContractMet(string own, string required) =>
        own.Equals(required, StringComparison.OrdinalIgnoreCase) || (required == "indefinite" && own == "statutory");

    /// <summary>Compares level letters ("b", "B1" → B): A is the highest, so "niet lager dan B" fails only for C and below.</summary>
    private static bool LevelFails(string own, string level, string? comparison)
    {
        var has = char.ToUpperInvariant(own.Trim().FirstOrDefault());
        var needed = char.ToUpperInvariant(level.Trim().FirstOrDefault());
        return comparison == "min" ? has > needed : has != needed;
    }
}
