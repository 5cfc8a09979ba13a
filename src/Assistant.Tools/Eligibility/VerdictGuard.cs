using Assistant.Core.Facts;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// The one place that keeps a yes honest. Whatever the routes say, a general requirement the candidate's facts fail
/// (nationality, licence, work permit, certificate) makes the verdict not-eligible; an "eligible" or "conditional" stands
/// only when every requirement the candidate's facts touch was evaluated by a rule: a general check that could not decide
/// (a licence of an unstated category, a language requirement) or a requirement sentence no rule read that is about a fact
/// the candidate gave caps it at need-info, with those lines quoted as not checked. A held certificate still being trained
/// for turns an eligible into conditional. A yes to a candidate who stated no fact at all, where the vacancy has a
/// requirement they could state (a licence, a certificate), is no yes either: that requirement is asked for.
/// </summary>
public static class VerdictGuard
{
    /// <summary>The verdict, missing facts and referral after the guard.</summary>
    public static (string Verdict, IReadOnlyList<string> Missing, string? ReferTo) Apply(
        string verdict, IReadOnlyList<string> missing, string? referTo, IReadOnlyList<RequirementCheck> generalChecks, IReadOnlyList<UnparsedRequirement> undecided,
        bool nothingSaid = false, IReadOnlyList<GeneralRequirement>? general = null)
    {
        if (generalChecks.Any(c => c.Outcome == "not-met"))
        {
            return ("not-eligible", [], null);
        }

        if (verdict is "eligible" or "conditional" && (generalChecks.Any(c => c.Outcome == "unknown") || undecided.Count > 0))
        {
            List<string> open = [.. generalChecks.Where(c => c.Outcome == "unknown").Select(c => c.Caveat ?? c.Requirement), .. undecided.Count > 0 ? ["unchecked"] : Array.Empty<string>()];
            return ("need-info", open, "unchecked");
        }

        // A yes to someone who said nothing about themselves rests on no rule at all: when the vacancy has a requirement the
        // candidate can state (a driving licence, a certificate), that is asked first.
        if (verdict == "eligible" && nothingSaid && general?.FirstOrDefault(g => g.Kind is "licence" or "certificate") is { } first)
        {
            return ("need-info", [first.Kind], referTo);
        }

        if (verdict == "eligible" && generalChecks.Any(c => c.Outcome == "condition"))
        {
            // Admitted on condition of obtaining a certificate the candidate is training for, by the vacancy's date.
            return ("conditional", missing, referTo);
        }

        return (verdict, missing, referTo);
    }
}
