using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// A no that rests only on the candidate lacking a route's diploma, where the requirement text offers another way in that
/// no rule read as a route: experience instead of the diploma ("Diploma of ervaring", "zonder dat getuigschrift"), an EVC
/// attest or proof of professional qualification, a screening of equivalent competences, "one of these possibilities".
/// That way was never checked, so no no is given on it: the lines that offer it are quoted to check. A line of experience
/// whose minimum the candidate's stated years fall short of still settles it (the no stands).
/// </summary>
public static partial class DiplomaAlternatives
{
    /// <summary>
    /// The lines to quote instead of a no, or an empty list when the no stands: some route failed on the diploma level
    /// alone, none was met, no external route without that diploma was read, and a requirement line or heading offers one.
    /// </summary>
    public static IReadOnlyList<UnparsedRequirement> Unread(VacancyFacts facts, IReadOnlyList<RouteEvaluation> routes, CandidateProfile profile, int? referenceYear)
    {
        if (routes.Count == 0 || routes.Any(r => r.Outcome != "not-eligible")
            || !routes.Any(r => r.Checks.Where(c => c.Outcome == "not-met").All(c => c.Requirement == "diploma") && r.Checks.Any(c => c is { Requirement: "diploma", Outcome: "not-met" })))
        {
            return [];
        }

        // A route without the diploma (or with a test or proof instead) that was read is the way in the text offers: judged already.
        if (facts.Requirements.Routes.Any(r => r.Audience == RouteAudience.External && (r.Diploma == DiplomaLevel.None || r.Alternative.Count > 0)))
        {
            return [];
        }

        var lines = facts.Requirements.Unparsed.Where(u => !u.Touches.Contains("internal"))
            .Concat(facts.Requirements.Routes.Where(r => r.Audience == RouteAudience.External).Select(r => new UnparsedRequirement(["diploma"], r.Citation)))
            .ToList();
        // Experience asked instead of the diploma, more than all the candidate named: a no of its own.
        if (lines.Any(u => UnparsedLines.ExperienceShort(u, profile, referenceYear) is not null))
        {
            return [];
        }

        var offering = lines.Where(u => Offers(u.Citation.Quote) || Offers(u.Citation.Section)).ToList();
        if (offering.Count == 0)
        {
            return [];
        }

        // The experience lines of a section whose heading offers the choice are the way in itself: quoted with it.
        var sections = offering.Select(u => u.Citation.Section).ToHashSet(StringComparer.Ordinal);
        return [.. offering.Concat(lines.Where(u => u.Touches.Contains("experience") && sections.Contains(u.Citation.Section))).Distinct()];
    }

    /// <summary>Whether a requirement line or heading offers a way in without the diploma.</summary>
    public static bool Offers(string text) => Offer().IsMatch(TextFold.Fold(text));

    [GeneratedRegex(@"\bdiploma\s+(of|en\s*/\s*of|or|ou)\s+(relevante\s+|beroeps)?ervaring\b|\b(of|or|ou)\s+(voldoende\s+|relevante\s+|gelijkwaardige\s+)?(beroeps)?(ervaring|experience)\s+(in\s+plaats|instead|au\s+lieu)|\bzonder\s+(het\s+|de\s+|dat\s+|dit\s+|een\s+|vereiste\s+)*(diploma|getuigschrift|studiebewijs|diplomavoorwaarde)|\bwithout\s+(the\s+|a\s+|that\s+)?(diploma|degree|certificate)|\bsans\s+(le\s+|ce\s+)?diplome|\bevc\b|\bervaringsbewijs|\beerder\s+verworven\s+competenties|\bgelijkwaardige\s+competenties|\bbewijs\s+van\s+beroepskwalificatie|\b(een|1|one)\s+(van|of)\s+(de|deze|these|the)\s+(volgende\s+|twee\s+|drie\s+|vier\s+|following\s+|two\s+|three\s+)?(mogelijkheden|opties|possibilities|options)\b|\bvrijgesteld\s+van\s+(de\s+)?diplomavoorwaarde", RegexOptions.CultureInvariant)]
    private static partial Regex Offer();
}
