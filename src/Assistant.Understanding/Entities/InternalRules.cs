using System.Text.RegularExpressions;
using Assistant.Core.Text;
using Assistant.Tools.Profile;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

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

        // "ik werk als administratief medewerker (C1-C3)": the scale range of the candidate's own job gives the level.
        if (level is null && OwnScale().Match(s) is { Success: true } scale && CurrentWork().IsMatch(s[..scale.Index]))
        {
            level = scale.Groups["l"].Value.ToUpperInvariant();
        }

        bool? evaluation = UnfavourableEvaluation().IsMatch(s) ? false : FavourableEvaluation().IsMatch(s) ? true : null;
        var promotion = Promotion().IsMatch(s);
        var m = Seniority().Match(s);
        if (level is null && m.Success && m.Groups["l"].Success && !LanguageLevel().IsMatch(s))
        {
            // "6 jaar in niveau C": the level the seniority is in is the candidate's own.
            level = m.Groups["l"].Value.ToUpperInvariant();
        }

        if (!internalSaid && contract is null && level is null && evaluation is null && !promotion)
        {
            return null;
        }

        int? months = null;
        if (m.Success && NumberWords.Digits(m.Groups["n"].Value) is { } n)
        {
            months = (int)Math.Round(m.Groups["unit"].Value is "maand" or "maanden" or "months" or "month" or "mois" ? n : n * 12, MidpointRounding.AwayFromZero);
        }

        var employer = Employer().Match(s);
        return new InternalStatus(true, contract, months, level)
        {
            FavourableEvaluation = evaluation, PromotionAsked = promotion, Employer = employer.Success ? employer.Groups["e"].Value.Trim() : null,
        };
    }

    /// <summary>
    /// The public employer the candidate works for: "bij de provincie", "bij de stad Aalst", "voor een andere gemeente", "at the
    /// city of X", "pour la commune de X", "à la province".
    /// </summary>
    [GeneratedRegex(@"\b(bij|voor|for|at|with|chez|pour|a|dans) (de |het |een |the |la |le |l ' ?|une |un )?(?<e>(andere |other |another |autre )?(stad|gemeente|provincie|ocmw|politiezone|hulpverleningszone|intercommunale|city|municipality|province|commune|ville|cpas)( (van |of |de )?(?!(sinds|als|met|voor|waar|maar|want|niveau|level|statutair|contractueel|since|as|with|where|but|depuis|comme|avec|mais|en|and|et|in|op|at|dans|sur|al|reeds|already|now|nu|momenteel|tot|until|jusqu|zelf|hier|here|ici|dus|also|ook|aussi|the|een|het)\b)[a-z][\w-]{2,})?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Employer();

    /// <summary>
    /// A candidate who says they are not on the staff ("ik werk niet bij de gemeente", "ik ben geen personeelslid", "externe
    /// kandidaat", "I'm not an employee there", "je ne travaille pas pour la ville"): an external candidate, or null.
    /// </summary>
    public static InternalStatus? External(RuleText t) => ExternalSaid().IsMatch(t.Text) || PrivateEmployerSaid(t.Text) ? new InternalStatus(false) : null;

    private static bool PrivateEmployerSaid(string s) =>
        PrivateEmployer().Match(s) is { Success: true } m && !NotSaid().IsMatch(m.Value);

    [GeneratedRegex(@"\b(niet|geen|nooit|not|never|pas|plus|no longer|niet meer|vroeger|used to|formerly|autrefois)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotSaid();

    /// <summary>
    /// The candidate's own employer is a private one ("ik ben ploegbaas bij een bouwbedrijf", "I work for a road contractor",
    /// "je travaille chez un privé"): said of where the candidate works now, it makes them an external candidate.
    /// </summary>
    [GeneratedRegex(
        @"\b(ik (ben|werk)|i (am|work|'m|' m)|i ' ?m|je (suis|travaille))\b[^.?!;]{0,50}?\b(bij|voor|in|for|at|with|in|chez|pour|dans) (een|a|an|un|une|le|la|the) (\w+ ){0,2}?"
        + @"(\w*bedrijf|firma|onderneming|aannemer|\w*zaak|kmo|private|privé|prive|company|firm|contractor|business|entreprise|societe|pme|employeur prive)\b"
        + @"|\b(ik (ben|werk)|i (am|work)|i ' ?m|je (suis|travaille))\b[^.?!;]{0,50}?\b(in de priv(e|é) ?sector|in the private sector|dans le (secteur )?prive)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PrivateEmployer();

    [GeneratedRegex(
        @"\bik werk (nu |momenteel |nog )?niet (bij|voor|in) (de|het|dit|deze|jullie|die) \w+|\bik ben (nog )?geen (personeelslid|medewerker|werknemer|ambtenaar|interne? kandidaat)\b"
        + @"|\bik ben (niet (in dienst|intern)|extern)\b|\bexterne? (kandidaat|sollicitant)\b|\bvan buitenaf\b|\bniet intern\b"
        + @"|\b(i am|i ' ?m|i m|im) not (an? )?(employee|staff member|member of staff|internal|working)\b|\bi (do not|don ' ?t|dont|don t) work (for|at|in|there)\b"
        + @"|\bexternal (candidate|applicant)\b|\bfrom outside\b|\b(i am|i ' ?m|i m|im) external\b"
        + @"|\bje ne (travaille|suis) pas (pour|a|chez|dans|employe|membre|agent)\b|\bcandidat(e)? extern\w*|\bje suis extern\w*|\bde l' exterieur\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ExternalSaid();

    /// <summary>
    /// Masks the candidate's current job in "ik ben administratief medewerker bij de gemeente …" so that it is not read as
    /// the name of the vacancy asked about.
    /// </summary>
    public static void MaskCurrentJob(RuleText t, bool[] masked)
    {
        foreach (Match m in CurrentJob().Matches(t.Text))
        {
            var role = m.Groups["role"];
            if (role.Success && role.Length > 0)
            {
                WordWindow.Mask(masked, t.WordAt(role.Index), t.WordBefore(role.Index + role.Length));
            }
        }
    }

    [GeneratedRegex(@"\b(ik ben|ik werk( al| nu)? als|i am an?|i ' ?m an?|i work as an?|je suis|je travaille comme) (?<role>(\w+ ){1,3}?)(bij|at|for|a|chez|pour) (de |het |the |la |le |l' )?(stad|gemeente|provincie|ocmw|lokaal bestuur|city|municipality|province|ville|commune)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CurrentJob();

    /// <summary>True when the text mentions internal seniority, so "N jaar anciënniteit" is not a salary seniority.</summary>
    public static bool IsInternalSeniority(RuleText t) => Internal().IsMatch(t.Text) || Level().IsMatch(t.Text);

    [GeneratedRegex(
        @"\binterne? (kandida\w*|sollicitant|medewerker|personeelslid|mobiliteit|bevordering|werknemer|selectie|procedure|oproep)\b"
        + @"|\bintern (solliciteren|kandideren|postuleren)\b"
        + @"|\bik werk (al |nu |momenteel |reeds |sinds \w+ |vandaag )?(\d+(,\d+)? (jaar|maanden) )?(bij|voor|in) (de|het|dit|deze|jullie) (stad|gemeente|provincie|ocmw|bestuur|kamer|organisatie|dienst|huis|lokaal bestuur|administratie|bedrijf|team)\b"
        + @"|\bik ben (al |nu |momenteel )?(in dienst|personeelslid|werknemer|medewerker|statutair|vastbenoemd|contractueel|ambtenaar) (bij|van|in)\b"
        + @"|\b(ik ben|ik werk( al| nu)? als|i am an?|i ' ?m an?|i work as an?|je suis|je travaille comme) (\w+ ){1,3}?(bij|at|for|a|chez|pour) (de |het |the |la |le |l' )?(stad|gemeente|provincie|ocmw|lokaal bestuur|city|municipality|province|ville|commune)\b"
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
        + @"|\bcontractueel (\( )?(van |voor )?onbepaalde duur\b|\bcontractuel (\( )?(a |de )?duree indeterminee\b"
        + @"|\bvast contract\b|\bvaste aanstelling\b|\bpermanent contract\b|\bopen ?ended contract\b"
        + @"|\bindefinite (contract|duration)\b|\bcontrat (a|de) duree indeterminee\b|\bcdi\b"
        + @"|(?<fixed>\bcontractueel (\( )?(van |voor )?bepaalde duur\b|\bbepaalde duur\b|\btijdelijk contract\b|\bvervangingscontract|\bcdd\b|\bfixed ?term\b|\btemporary contract\b)"
        + @"|(?<statutory>\bstatutair|\bvast ?benoemd|\bstatutory\b|\bstatutaire\b|\bnomme a titre definitif\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Contract();

    [GeneratedRegex(
        @"\b(niveau|level|graad|grade) (?<l>[a-e])[1-5]?[ab]?\b(?! ?[0-9])|\b(?<l>[a-e]) niveau\b"
        + @"|\b(?<l>[a-e])niveau\b"
        + @"|\bals (?<l>[a-e])[1-5][ab]?\b(?! ?[0-9])|(?<!\b(rijbewijs|permis|licence|license|categorie|category|type|code|en|of) )\b(?<l>[a-e])[1-5][ab]? (bij|in|op|voor|at|for|chez|dans)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Level();

    [GeneratedRegex(@"\b(gunstige?|positieve?|goede?) (\w+ )?(evaluatie|beoordeling)\b|\b(evaluatie|beoordeling)\w* (\w+ ){0,3}['‘’]?(gunstig|positief|goed|voldoende)\b"
        + @"|\b(favourable|favorable|positive|good|sufficient|satisfactory) (\w+ )?(evaluation|appraisal|review)\b|\b(evaluation|appraisal|review) (\w+ ){0,3}['‘’]?(favourable|favorable|positive|good|sufficient|satisfactory)\b"
        + @"|\bevaluation (\w+ ){0,3}(favorable|positive|bonne|suffisante|satisfaisante)\b|\b(bonne|favorable) evaluation\b|\bgunstig geevalueerd\b", RegexOptions.CultureInvariant)]
    private static partial Regex FavourableEvaluation();

    [GeneratedRegex(@"\b(ongunstige?|negatieve?|slechte?|onvoldoende) (\w+ )?(evaluatie|beoordeling)\b|\b(evaluatie|beoordeling)\w* (\w+ ){0,3}(ongunstig|negatief|onvoldoende|slecht)\b"
        + @"|\b(unfavourable|unfavorable|negative|bad|poor) (\w+ )?(evaluation|appraisal|review)\b|\bevaluation (\w+ ){0,3}(defavorable|negative|mauvaise|insuffisante)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnfavourableEvaluation();

    /// <summary>The candidate asks about the internal route itself: "via bevordering", "par promotion", "through internal promotion".</summary>
    [GeneratedRegex(@"\b(via|door|met|langs) (een )?(bevordering|interne mobiliteit|promotie)\b|\bbevorderd worden\b|\bbevordering\b|\b(par|via|en) (une )?promotion\b|\bpromotion interne\b"
        + @"|\b(through|by|via) (an )?(internal )?promotion\b|\bbe promoted\b|\binternal (promotion|mobility)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Promotion();

    [GeneratedRegex(@"\( (?<l>[a-e])[1-5][ab]? ((- )?\k<l>[1-5][ab]? )?\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OwnScale();

    [GeneratedRegex(@"\b(ik ben|ik werk|i am|i ' ?m|i work|je suis|je travaille)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CurrentWork();

    [GeneratedRegex(@"\b(taal|language|langue|nederlands|frans|engels|dutch|french|english|francais|anglais|neerlandais|cefr|erk)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageLevel();

    [GeneratedRegex(@"\b(ik|mijn|i|my|je|j'|mon|me|mij|kheb)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(
        @"\b(?<n>\d+(,\d+)?) (?<unit>maand|maanden|months?|mois|jaar|jaren|years?|ans|annees) (\w+ ){0,2}?(\w*ancienniteit|anciennete|seniority|in dienst|dienst|in service)\b"
        + @"|\b(ik )?werk (al |reeds )?(?<n>\d+(,\d+)?) (?<unit>jaar|maanden|maand)\b"
        + @"|\b(ik ben|i ' ?ve been|i have been|je suis) (al |reeds |nu |since |sinds |depuis )?(?<n>\d+(,\d+)?) (?<unit>jaar|jaren|years?|ans) [^.?!]{0,40}?\b(bij|at|for|chez|pour|in dienst)\b"
        + @"|\b(?<n>\d+(,\d+)?) (?<unit>jaar|jaren|maanden|maand|years?|months?|ans|annees|mois) (in|op|au|at|op het|in het|dans le) (niveau|level|graad|grade) (?<l>[a-e])\b"
        + @"|\b(sinds|al|depuis|for|pendant) (?<n>\d+(,\d+)?) (?<unit>jaar|jaren|maanden|maand|years?|months?|ans|annees|mois) (\w+ ){0,2}(in|op|au|at|dans le) (niveau|level|graad|grade) (?<l>[a-e])\b"
        + @"|(\b(niveau|level|graad|grade) (?<l>[a-e])[1-5]?|(?<!\b(rijbewijs|permis|licence|license|categorie|category|type|code) )\b(?<l>[a-e])[1-5][ab]?)\b(?! (rijbewijs|licence|license|permis|driving|truck)\b) ((\w+|,|\(|\)) ){0,7}?(sinds|al|depuis|for|pendant) (?<n>\d+(,\d+)?) (?<unit>jaar|jaren|maanden|maand|years?|months?|ans|annees|mois)\b"
        + @"|\b(je travaille|i (have )?work(ed)?|ik werk) (\w+ ){0,2}?(depuis|for|sinds|al) (?<n>\d+(,\d+)?) (?<unit>ans|annees|mois|years?|months?|jaar|maanden)\b"
        + @"|\b(ancienniteit|seniority|anciennete) (van|of|de) (?<n>\d+(,\d+)?) (?<unit>maand|maanden|months?|mois|jaar|jaren|years?|ans)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Seniority();
}
