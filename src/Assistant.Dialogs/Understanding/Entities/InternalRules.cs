using System.Text.RegularExpressions;
using Assistant.Dialogs.Understanding.Text;
using Assistant.Tools.Profile;

namespace Assistant.Dialogs.Understanding.Entities;

/// <summary>
/// Internal candidates: "interne kandidaat", "ik werk al bij de stad", "personeelslid", a contract of indefinite duration,
/// seniority in months ("12 maanden anciënniteit") and the current level ("C-niveau", "niveau C").
/// </summary>
internal static partial class InternalRules
{
    public static InternalStatus? Find(RuleText t)
    {
        var s = t.Text;
        var internalSaid = Internal().IsMatch(s);
        string? contract = null;
        var c = Contract().Match(s);
        if (c.Success && FirstPerson().IsMatch(s[..c.Index]))
        {
            contract = c.Groups["fixed"].Success ? "fixed" : c.Groups["statutory"].Success ? "statutory" : "indefinite";
        }

        string? level = null;
        var l = Level().Match(s);
        if (l.Success && !LanguageLevel().IsMatch(s) && FirstPerson().IsMatch(s[..l.Index]))
        {
            level = l.Groups["l"].Value.ToUpperInvariant();
        }

        if (!internalSaid && contract is null && level is null)
        {
            return null;
        }

        int? months = null;
        var m = Seniority().Match(s);
        if (m.Success && NumberWords.Digits(m.Groups["n"].Value) is { } n)
        {
            months = (int)Math.Round(m.Groups["unit"].Value is "maand" or "maanden" or "months" or "month" or "mois" ? n : n * 12, MidpointRounding.AwayFromZero);
        }

        return new InternalStatus(true, contract, months, level);
    }

    /// <summary>True when the text mentions internal seniority, so "N jaar anciënniteit" is not a salary seniority.</summary>
    public static bool IsInternalSeniority(RuleText t) => Internal().IsMatch(t.Text) || Level().IsMatch(t.Text);

    [GeneratedRegex(
        @"\binterne? (kandida\w*|sollicitant|medewerker|personeelslid|mobiliteit|bevordering|werknemer|selectie|procedure|oproep)\b"
        + @"|\bintern (solliciteren|kandideren|postuleren)\b"
        + @"|\bik werk (al |nu |momenteel |reeds |sinds \w+ |vandaag )?(\d+(,\d+)? (jaar|maanden) )?(bij|voor|in) (de|het|dit|deze|jullie) (stad|gemeente|provincie|ocmw|bestuur|kamer|organisatie|dienst|huis|lokaal bestuur|administratie|bedrijf|team)\b"
        + @"|\bik ben (al |nu |momenteel )?(in dienst|personeelslid|werknemer|medewerker|statutair|vastbenoemd|contractueel|ambtenaar) (bij|van|in)\b"
        + @"|\bpersoneelslid (van|bij)\b|\bals personeelslid\b"
        + @"|\binternal (candidate|applicant|applicants|candidates|mobility|promotion)\b"
        + @"|\bi (already |currently )?work (for|at|in) (the|this|your) (city|municipality|province|chamber|organisation|organization|council)\b"
        + @"|\bi am (an |a )?(employee|staff member) (of|at)\b|\bcandidat\w* interne?\b|\bpromotion interne\b"
        + @"|\bje travaille (deja |actuellement )?(pour|a|chez|dans) (la|le|l'|cette) ?(ville|commune|province|chambre|organisation)\b"
        + @"|\bmembre du personnel\b|\bvast ?benoemd|\bbevorderingsprocedure|\bbevordering\b|\binterne vacature",
        RegexOptions.CultureInvariant)]
    private static partial Regex Internal();

    [GeneratedRegex(
        @"\b(contract|overeenkomst|arbeidsovereenkomst|aanstelling) (van |voor )?onbepaalde duur\b|\bcod\b"
        + @"|\bvast contract\b|\bvaste aanstelling\b|\bpermanent contract\b|\bopen ?ended contract\b"
        + @"|\bindefinite (contract|duration)\b|\bcontrat (a|de) duree indeterminee\b|\bcdi\b"
        + @"|(?<fixed>\bbepaalde duur\b|\btijdelijk contract\b|\bvervangingscontract|\bcdd\b|\bfixed ?term\b|\btemporary contract\b)"
        + @"|(?<statutory>\bstatutair|\bvast ?benoemd|\bstatutory\b|\bstatutaire\b|\bnomme a titre definitif\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Contract();

    [GeneratedRegex(
        @"\b(niveau|level|graad|grade) (?<l>[a-e])[1-5]?[ab]?\b(?! ?[0-9])|\b(?<l>[a-e]) niveau\b"
        + @"|\b(?<l>[a-e])niveau\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Level();

    [GeneratedRegex(@"\b(taal|language|langue|nederlands|frans|engels|dutch|french|english|francais|anglais|neerlandais|cefr|erk)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageLevel();

    [GeneratedRegex(@"\b(ik|mijn|i|my|je|j'|mon|me|mij|kheb)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(
        @"\b(?<n>\d+(,\d+)?) (?<unit>maand|maanden|months?|mois|jaar|jaren|years?|ans|annees) (\w+ ){0,2}?(\w*ancienniteit|anciennete|seniority|in dienst|dienst|in service)\b"
        + @"|\b(ik )?werk (al |reeds )?(?<n>\d+(,\d+)?) (?<unit>jaar|maanden|maand)\b"
        + @"|\b(ancienniteit|seniority|anciennete) (van|of|de) (?<n>\d+(,\d+)?) (?<unit>maand|maanden|months?|mois|jaar|jaren|years?|ans)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Seniority();
}
