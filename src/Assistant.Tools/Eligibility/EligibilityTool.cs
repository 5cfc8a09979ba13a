using Assistant.Core.Facts;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Evaluates every admission route of a vacancy against what the candidate said. A higher diploma satisfies a lower
/// requirement; "bij voorkeur" is never a requirement; a graduaat or a foreign diploma is need-info with the contact,
/// never a guess. Internal routes count only for candidates who say they are internal.
/// </summary>
public static class EligibilityTool
{
    private static readonly string[] Order = ["eligible", "conditional", "need-info", "not-eligible"];

    /// <summary>The verdict for <paramref name="profile"/> on <paramref name="facts"/>.</summary>
    public static EligibilityResult Evaluate(VacancyFacts facts, CandidateProfile profile)
    {
        var isInternal = profile.Internal?.IsInternal == true;
        var routes = facts.Requirements.Routes
            .Where(r => r.Audience == RouteAudience.External || isInternal)
            .Select(r => RouteChecks.Evaluate(r, profile))
            .ToList();
        var reminders = facts.Requirements.General.Where(g => g.Kind is not ("exam" or "foreign-diploma")).ToList();
        if (routes.Count == 0)
        {
            return new EligibilityResult { VacancyId = facts.Id, Verdict = "need-info", Missing = ["requirements"], Reminders = reminders, ReferTo = "no-requirements" };
        }

        var known = routes.Where(r => r.Outcome != "unknown").OrderBy(r => Array.IndexOf(Order, r.Outcome)).FirstOrDefault();
        var open = routes.Where(r => r.Outcome == "unknown").OrderBy(r => Array.IndexOf(Order, r.Potential)).FirstOrDefault();
        var knownRank = known is null ? int.MaxValue : Array.IndexOf(Order, known.Outcome);
        var openRank = open is null ? int.MaxValue : Array.IndexOf(Order, open.Potential);
        RouteEvaluation decisive;
        string verdict;
        if (open is not null && openRank < knownRank)
        {
            decisive = open;
            verdict = "need-info";
        }
        else
        {
            decisive = known!;
            verdict = known!.Outcome;
        }

        var missing = verdict == "need-info"
            ? decisive.Checks.Where(c => c.Outcome == "unknown").Select(c => c.Requirement).Distinct().ToList()
            : [];
        var referTo = decisive.Checks.FirstOrDefault(c => c.Outcome == "unknown" && c.Caveat is "graduate" or "foreign-diploma")?.Caveat;
        var next = verdict is "conditional" or "need-info"
            ? NextSteps(facts, decisive)
            : [];
        return new EligibilityResult
        {
            VacancyId = facts.Id,
            Verdict = verdict,
            Route = decisive,
            Routes = routes,
            Missing = missing,
            NextSteps = next,
            Reminders = reminders,
            Preferences = facts.Requirements.Preferences,
            ReferenceDate = facts.Requirements.ReferenceDate,
            ReferTo = referTo,
        };
    }

    /// <summary>The selection steps that carry out a route's extra conditions (a capacity test named like the route's test).</summary>
    private static List<SelectionStep> NextSteps(VacancyFacts facts, RouteEvaluation route)
    {
        if (route.Route.Alternative.Count == 0)
        {
            return [];
        }

        return facts.SelectionSteps.Where(s => s.Kind == "capacity-test"
            || route.Route.Alternative.Any(a => s.Name.Contains(a.Name, StringComparison.OrdinalIgnoreCase) || a.Name.Contains(s.Name, StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
