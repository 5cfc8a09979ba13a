using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Judges requirement sentences no extraction rule read, where the candidate's own words settle them anyway: a line that
/// only restates a licence requirement already checked and met ("je komt niet in aanmerking als je geen rijbewijs B hebt"),
/// and a standalone experience line whose stated minimum ("minstens vierentwintig maanden", "at least 3 years") is more than
/// all the experience the candidate named. Only a no is decided from an experience line: meeting its number says nothing
/// about the domain or period it asks, so that stays a line to check.
/// </summary>
public static partial class UnparsedLines
{
    /// <summary>
    /// Whether <paramref name="line"/> touches only the driving licence and every category it names is one a met licence check
    /// already covers: the requirement said again (often as an exclusion), nothing more to check.
    /// </summary>
    public static bool RestatesMetLicence(UnparsedRequirement line, IReadOnlyList<RequirementCheck> generalChecks)
    {
        if (line.Touches.Count == 0 || line.Touches.Any(t => t != "licence"))
        {
            return false;
        }

        var met = generalChecks.Where(c => c is { Requirement: "licence", Outcome: "met" }).Select(c => c.Required?.ToUpperInvariant()).ToHashSet();
        if (met.Count == 0)
        {
            return false;
        }

        var named = LicenceCategory().Matches(line.Citation.Quote).Select(m => m.Groups["cat"].Value.ToUpperInvariant()).ToList();
        if (named.Count == 0)
        {
            // "Dit rijbewijs moet je hebben op de uiterste inschrijvingsdatum", "You must hold this licence on the closing date",
            // "Ce permis est exigé à la date de clôture": the licence already required, referred back to, and only the moment by
            // which it must be held, which a licence held now meets.
            var folded = TextFold.Fold(line.Citation.Quote);
            return LicenceReferredBack().IsMatch(folded) && Moment().IsMatch(folded) && !OtherCondition().IsMatch(line.Citation.Quote);
        }

        return named.All(met.Contains) && !OtherCondition().IsMatch(line.Citation.Quote);
    }

    /// <summary>
    /// A failed check for a standalone experience line ("5° minstens 24 maanden beroepservaring in …") when the candidate
    /// named their experience in years and all of it together is below the line's minimum; null when the line does not
    /// settle it (no minimum read, a line that offers experience instead of a diploma, or no years given). A line that asks
    /// recent experience counts only the years that can lie within its window before <paramref name="referenceYear"/>.
    /// </summary>
    public static RequirementCheck? ExperienceShort(UnparsedRequirement line, CandidateProfile profile, int? referenceYear = null)
    {
        if (!line.Touches.Contains("experience") || profile.Experience.Count == 0 || profile.Experience.All(e => e.Years == 0 && e.Kind != "any"))
        {
            return null;
        }

        if (StandaloneMinimum(line) is not { } required)
        {
            return null;
        }

        // Experience that must be recent counts only the years that can fall in that window.
        var window = referenceYear is null ? null : Recency.WindowYears(line.Citation.Quote);
        var total = window is { } years && referenceYear is { } year
            ? Recency.YearsWithin(profile.Experience, years, year)
            : profile.Experience.Sum(e => e.Years);
        var dated = window is not null && total < profile.Experience.Sum(e => e.Years);
        return total < required
            ? new RequirementCheck("experience", "not-met", line.Citation)
            {
                Required = required.ToString("0.##", CultureInfo.InvariantCulture), Given = total.ToString("0.##", CultureInfo.InvariantCulture),
                Caveat = dated ? "recent:" + window : null,
            }
            : null;
    }

    /// <summary>
    /// The check of a residence condition with a distance ("op maximaal 20 km") against the distance the candidate states; null
    /// when either is missing (a candidate who names only a place leaves the line to check).
    /// </summary>
    public static RequirementCheck? ResidenceDistance(UnparsedRequirement line, CandidateProfile profile)
    {
        if (!line.Touches.Contains("residence") || profile.ResidenceKm is not (> 0 and var km)
            || Kilometres().Match(TextFold.Fold(line.Citation.Quote)) is not { Success: true } limit || !int.TryParse(limit.Groups["n"].Value, CultureInfo.InvariantCulture, out var most))
        {
            return null;
        }

        return new RequirementCheck("residence", km <= most ? "met" : "not-met", line.Citation)
        {
            Required = most.ToString(CultureInfo.InvariantCulture), Given = km.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// A failed check for an exclusion of partners or relatives of office holders when the candidate names such a tie of the kind
    /// it excludes (a partner where it names spouses or partners, family where it names relatives); null otherwise (the line,
    /// touched, stays to check: only the contact can say whether the office named is the one meant).
    /// </summary>
    public static RequirementCheck? RelationExcluded(UnparsedRequirement line, CandidateProfile profile)
    {
        if (!line.Touches.Contains("relation") || profile.Relation is not { } tie)
        {
            return null;
        }

        var quote = TextFold.Fold(line.Citation.Quote);
        var named = tie == "partner" ? PartnerWord().IsMatch(quote) : RelativeWord().IsMatch(quote);
        return named ? new RequirementCheck("relation", "not-met", line.Citation) { Given = tie } : null;
    }

    /// <summary>A distance in a residence condition: "op maximaal 20 km", "within 15 kilometres".</summary>
    [GeneratedRegex(@"(?<n>\d{1,3})\s*(km|kilometer\w*|kilometres?)\b")]
    private static partial Regex Kilometres();

    [GeneratedRegex(@"\b(echtgeno\w*|partners?|samenwon\w*|spouses?|conjoints?)\b")]
    private static partial Regex PartnerWord();

    [GeneratedRegex(@"\b(bloed\w*|aanverwant\w*|verwant\w*|familie\w*|relatives?|parents?|allies?)\b")]
    private static partial Regex RelativeWord();

    /// <summary>
    /// An open check for a standalone experience line with a stated minimum ("5° minstens 24 maanden beroepservaring in …,
    /// opgedaan in de laatste vijf jaar") when the candidate said nothing of their experience: a minimum of experience is a
    /// condition of admission like one a route carries, so it is asked before any yes, not left as a reminder.
    /// </summary>
    public static RequirementCheck? ExperienceUnstated(UnparsedRequirement line, CandidateProfile profile)
    {
        if (!line.Touches.Contains("experience") || profile.Experience.Count > 0 || profile.WorkMentioned == true)
        {
            return null;
        }

        return StandaloneMinimum(line) is { } required
            ? new RequirementCheck("experience", "unknown", line.Citation) { Required = required.ToString("0.##", CultureInfo.InvariantCulture) }
            : null;
    }

    /// <summary>The minimum of experience an experience line asks of everyone, or null (none stated, or a way in instead of a diploma).</summary>
    private static decimal? StandaloneMinimum(UnparsedRequirement line)
    {
        var quote = TextFold.Fold(line.Citation.Quote);
        return AlternativeRoute().IsMatch(quote) ? null : MinimumYears(quote);
    }

    /// <summary>
    /// Whether a line about final-year students refuses them ("Studenten in het laatste jaar worden niet toegelaten",
    /// "Final-year students are not admitted", "Les étudiants de dernière année ne sont pas admis").
    /// </summary>
    public static bool RefusesStudents(string quote) => VerdictGuard.Refuses(quote) || StudentsRefused().IsMatch(TextFold.Fold(quote));

    [GeneratedRegex(@"\b(niet|geen|not|cannot|can t|ne sont pas|ne peuvent pas)\b[^.;]{0,20}\b(toegelaten|toegang|deelnemen|meedoen|admitted|eligible|apply|take part|admis|admissibles|postuler|participer)\b|\bpas admis\b|\buitgesloten\b|\bexcluded\b|\bexclus\b")]
    private static partial Regex StudentsRefused();

    /// <summary>The minimum a line states in years ("minstens 2 jaar", "ten minste vierentwintig maanden", "at least 3 years", "au moins 36 mois").</summary>
    public static decimal? MinimumYears(string folded)
    {
        var m = Minimum().Match(folded);
        if (!m.Success || Count(m.Groups["n"].Value) is not { } n)
        {
            return null;
        }

        return m.Groups["unit"].Value.StartsWith('m') ? Math.Round(n / 12m, 2) : n;
    }

    // Digits, a number word of nl/en/fr, or a hyphenated one ("twenty-four", "dix-huit", "vingt-quatre").
    private static decimal? Count(string word)
    {
        if (NumberWords.Digits(word) is { } digits)
        {
            return digits;
        }

        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(NumberWords.Word).ToList();
        return parts.Count > 0 && parts.All(p => p is not null) ? parts.Sum() : null;
    }

    // A minimum word, then within a few words the number and its unit: "minstens twee jaar", "van minimum 24 maanden", "at least three years".
    [GeneratedRegex(@"\b(minstens|minimaal|minimum|ten minste|tenminste|at least|a minimum of|au moins|au minimum)\s+(van\s+|of\s+|de\s+)?(?<n>\d+(?:[.,]\d+)?|[a-z-]+)\s+(?<unit>jaar|jaren|maand|maanden|years?|months?|ans?|annees?|mois)\b")]
    private static partial Regex Minimum();

    // Experience offered as a way in instead of (or beside) a diploma, or for one group only: that is a route, not a line for everyone.
    [GeneratedRegex(@"\b(tenzij|unless|sauf|ofwel|hetzij|zonder|without|sans|in plaats van|instead of|au lieu|interne?|bevordering|promotion|leeftijd|oud|old|age)\b|diplom|bachelor|master|graduaat|secundair|getuigschrift|degree|bachelier|licentia|ancienn|seniority|dienstjaren")]
    private static partial Regex AlternativeRoute();

    [GeneratedRegex(@"\b(rijbewijs|permis|licen[cs]e)\s+(?:(?:van\s+)?(?:de\s+)?(?:categorie|category|categorie|type)\s+)?(?<cat>AM|A1|A2|A|BE|B|C1E|C1|CE|C|D1E|D1|DE|D|G)\b|\b(?<cat>AM|A1|A2|BE|B|C1E|C1|CE|D1E|D1|DE)[- ]?(driving\s+)?(rijbewijs|licen[cs]e)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceCategory();

    // The licence named before, referred back to: "dit/dat/het/dit zelfde rijbewijs", "this/that/the licence", "ce permis".
    [GeneratedRegex(@"\b(dit|dat|deze|die|het|dezelfde|this|that|the|such a|ce|cet|le|ledit)\s+(\w+\s+)?(rijbewijs|driving licen[cs]e|licen[cs]e|permis)\b")]
    private static partial Regex LicenceReferredBack();

    // The moment a requirement must be met: the closing date of applications, the start of employment.
    [GeneratedRegex(@"\b(uiterste|laatste)\s+(inschrijvings|kandidaatstellings|sollicitatie)?\s*(datum|dag)\b|\b(uiterste|laatste)\s+dag\s+(om|van|voor)\b|\bsluitingsdatum\b|\b(inschrijvings|kandidaatstellings|sollicitatie)datum\b|\bindiensttreding\b|\bin dienst treedt\b|\bclosing date\b|\bdeadline\b|\bdate (limite|de cloture)\b|\bentree en (fonction|service)\b")]
    private static partial Regex Moment();

    // A line that asks more than the category: a code, a period held, a clean record, an age.
    [GeneratedRegex(@"\b(code|sinds|since|depuis|minstens|at least|au moins|jaar|years?|ans|punten|points|geldig|valid|valable|rijverbod|verval)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCondition();
}
