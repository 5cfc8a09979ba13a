using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions over all vacancies: which are open, which close soon, which pay most, which need no diploma.</summary>
internal static partial class VacancyListCues
{
    /// <summary>Plural or "all/any" references to vacancies: the question is about the whole list.</summary>
    [GeneratedRegex(
        @"\b(welke|alle|andere|meer|openstaande|lopende|actuele|huidige|jullie) (vacatures|jobs|functies|betrekkingen|posities|vacaturen|openstaande vacatures|openingen)\b"
        + @"|\bvacatures (staan|zijn|lopen|heb|hebben|sluiten|kan|vind)\b"
        + @"|\bzijn er (nog |momenteel |nu )?(andere |nog andere )?(vacatures|jobs|openstaande)\b"
        + @"|\bhebben jullie (nog |momenteel )?(vacatures|jobs|openstaande)\b"
        + @"|\boverzicht (van|met)? ?(de |alle )?(vacatures|jobs)|\blijst (van|met) (de |alle )?(vacatures|jobs)"
        + @"|\bwhich (vacancies|jobs|positions|openings|roles|ones)\b"
        + @"|\b(all|other|open|any|current) (vacancies|jobs|positions|openings)\b"
        + @"|\bare there (any )?(other |more )?(vacancies|jobs|openings|positions)\b"
        + @"|\bquel(le)?s (postes|emplois|offres|fonctions|vacances)\b"
        + @"|\b(toutes|tous) les (offres|vacances|postes|emplois)\b"
        + @"|\by a t il (des|d' autres|encore des) (postes|offres|emplois)\b"
        + @"|\b(avez vous|vous avez|auriez vous|heeft u|hebt u|do you have|have you got|got any) (encore |nog |any |some )?(des |d' )?(offres|postes|emplois|vacatures|jobs|vacancies|openings|positions)\b"
        + @"|\bpostes (ouverts|vacants|disponibles)\b|\boffres d' emploi\b|\bwelke (sluiten|staan|lopen)\b"
        + @"|\bin (alle|elke) vacature|\bover (alle|de verschillende) vacatures\b"
        + @"|\bwelke van (de|deze) (vacatures|jobs)\b|\bvoor welke\b.{0,20}\b(vacatures|jobs|functies)\b"
        + @"|\bwaar (kan|mag) ik (nog |ook |dan )?(solliciteren|postuleren|aan de slag|werken)\b|\bwhere (can|could) i (still |also )?(apply|work)\b"
        + @"|\bou (puis je|peux je|est ce que je peux) (encore |aussi )?(postuler|travailler|commencer)\b"
        + @"|\b(bij|in) welke (vacature|job|functie)s?\b.{0,30}\b(zonder|met)\b|\bfor which (job|position|vacancy)\b.{0,30}\b(without|with)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex All();

    /// <summary>
    /// Something in a field over all vacancies ("hebben jullie iets in de zorg?", "is er iets voor studenten?", "do you have
    /// any federal government jobs?", "avez-vous quelque chose dans le social ?"); not something in the vacancy's text.
    /// </summary>
    [GeneratedRegex(
        @"\b(hebben jullie|heb je|hebt u|heeft u|is er|zijn er) (nog |momenteel |ook |nu )?iets (voor|in|met|bij)\b(?! (de|het|die|deze) (vacature|tekst|document|aankondiging))"
        + @"|\b(do you have|have you got|are there) (any|anything|something)\b.{0,30}\b(jobs|vacancies|positions|openings)\b"
        + @"|\b(avez vous|vous avez|y a t il) (quelque chose|des (postes|offres|emplois))\b.{0,20}\b(dans|pour|en)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Field();

    /// <summary>Singular "which vacancy": about the list only when no vacancy is named.</summary>
    [GeneratedRegex(
        @"\bwelke (vacature|job|functie|betrekking)\b|\bwhich (vacancy|job|position|one)\b"
        + @"|\bquel(le)? (poste|emploi|offre)\b|\bvacatures\b|\bvacancies\b|\bjobs\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Single();

    [GeneratedRegex(
        @"\b(hoogste|hoogst|beste|best|meeste|meest|hogere|hoger) \w*(loon|salaris|wedde|betaald|betaalt|verdien|bezoldig)"
        + @"|\bbetaalt (het )?(best|meest)\b|\bbest betaald|\bverdien ik (het )?(meest|meeste)\b"
        + @"|\bhighest (salary|pay|paid|wage)|\bbest paid\b|\bpays (the )?(most|best)\b"
        + @"|\bpaid (the )?(most|best)\b|\bmost money\b|\ble mieux paye\b|\bsalaire le plus (eleve|haut)\b"
        + @"|\bpaye le (mieux|plus)\b|\bplus (eleve|haut) salaire\b|\bmeeste geld\b"
        // "the highest starting salary", "het hoogste beginloon", "le salaire de départ le plus élevé".
        + @"|\b(hoogste|highest|best) (start|begin|starting|initial|aanvangs|maximum|maximale|top)\w* ?(loon|salaris|wedde|salary|pay|wage)"
        + @"|\bsalaire (de depart |de debut |maximum |maximal )?le plus (eleve|haut)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex HighestSalary();

    /// <summary>
    /// Pay compared between the vacancies a question names ("which pays more, X or Y?", "wat betaalt het best: X of Y?",
    /// "où gagne-t-on le plus : X ou Y ?", "is X beter betaald dan Y?").
    /// </summary>
    [GeneratedRegex(
        @"\b(pays?|paid|earns?|earning|betaalt|betalen|verdient|verdien|verdienen|paye|payes|gagne|gagnes|gagnent)\b.{0,30}\b(more|most|best|better|higher|meer|meest|meeste|best|beter|hoger|plus|mieux)\b"
        + @"|\b(more|better|best|higher|beter|best|hoger|mieux|plus) (paid|betaald|betaalde|paye|payee|remunere)\b"
        + @"|\b(higher|highest|hoger|hogere|hoogste|plus eleve|plus haut) (\w+ )?(salary|pay|wage|loon|salaris|wedde|salaire|remuneration)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex ComparedPay();

    /// <summary>The top of the pay scale rather than the start ("at the top of the scale", "maximum", "op het einde van de loopbaan", "en fin de carrière").</summary>
    [GeneratedRegex(
        @"\b(top|end|maximum|max) of (the |their |its )?(scale|range|pay scale|career)\b|\bat the (top|maximum)\b|\bmaximum (salary|pay|wage)\b"
        + @"|\b(maximum|maximale|max|hoogste) (loon|salaris|wedde|trap|bedrag)\b|\b(einde|top|eind|top) van de (schaal|loopbaan|weddeschaal|carriere|barema)\b|\bop het einde\b|\bop termijn\b"
        + @"|\b(salaire|remuneration) maximum\b|\bau (sommet|maximum|bout)\b|\ben fin de carriere\b|\bfin de (l |la )?(echelle|carriere|bareme)\b|\bin the long run\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex TopOfScale();

    /// <summary>
    /// The diploma level a comparison is limited to ("voor een bachelor", "for a master's", "pour un bachelier", "niveau B"),
    /// or null.
    /// </summary>
    public static Assistant.Core.Facts.DiplomaLevel? Level(string folded)
    {
        var m = ForLevel().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var w = m.Groups["w"].Value;
        return w.StartsWith("master", StringComparison.Ordinal) || w == "a" ? Assistant.Core.Facts.DiplomaLevel.Master
            : w.StartsWith("bachel", StringComparison.Ordinal) || w == "b" ? Assistant.Core.Facts.DiplomaLevel.Bachelor
            : w.StartsWith("gradua", StringComparison.Ordinal) ? Assistant.Core.Facts.DiplomaLevel.Graduate
            : w == "d" || w == "e" ? Assistant.Core.Facts.DiplomaLevel.None
            : Assistant.Core.Facts.DiplomaLevel.Secondary;
    }

    [GeneratedRegex(
        @"\b(voor|als|met|for|as|with|pour|avec|comme) (een |a |an |un |une )?(?<w>bachelor|master|graduaat|graduat|secundair|secondary|secondaire|bachelier)\w*"
        + @"|\b(niveau|level) (?<w>[a-e])\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ForLevel();

    /// <summary>Vacancies without a deadline: continuous recruitment.</summary>
    [GeneratedRegex(
        @"\bdoorlopend\w*|\bpermanent\w* (werving|oproep|aanwerving)|\bzonder (deadline|einddatum|uiterste (datum|inschrijvingsdatum)|sluitingsdatum)\b"
        + @"|\bgeen (deadline|einddatum|uiterste (datum|inschrijvingsdatum)|sluitingsdatum)\b|\bcontinuous\w*|\bongoing (recruitment|basis)|\brolling (basis|recruitment)"
        + @"|\bwithout (a )?(deadline|closing date)|\bno (deadline|closing date)\b|\ben continu\b|\bpermanente?\b.{0,15}\brecrutement|\brecrutement permanent"
        + @"|\bsans (date limite|date de cloture|deadline)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Continuous();

    [GeneratedRegex(
        @"\b(sluit|sluiten|closes|close|closing|ferme|ferment|cloturent|afloopt|aflopen|vervalt|vervallen|eindigt|eindigen) .{0,15}(binnenkort|snel|eerst|eerste|soon|first|bientot|en premier|deze week|this week|cette semaine|weldra)\b"
        + @"|\b(binnenkort|eerstdaags|weldra) (af|sluiten|dicht)\b|\bclosing soon\b|\bfirst to close\b|\b(earliest|soonest|vroegste|eerstvolgende) (deadline|closing date|uiterste datum|sluitingsdatum)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex ClosingSoon();

    /// <summary>The vacancy that closes last ("welke sluit als laatste?", "which closes last?", "the latest deadline", "laquelle ferme en dernier ?").</summary>
    [GeneratedRegex(
        @"\b(sluit|sluiten|closes|close|closing|ferme|ferment|cloture|cloturent|afloopt|aflopen|eindigt|eindigen|loopt|lopen) .{0,15}(laatst|laatste|langst|langste|last|latest|en dernier|le plus tard)\b"
        + @"|\b(latest|last|laatste|uiterste laatste|verste) (deadline|closing date|sluitingsdatum|uiterste datum|einddatum)\b|\bdate limite la plus (tardive|eloignee)\b"
        + @"|\b(langst|langste|longest|le plus longtemps) (open|ouvert)",
        RegexOptions.CultureInvariant)]
    public static partial Regex ClosingLast();

    [GeneratedRegex(
        @"\b(staan|zijn|is|lopen) (er )?(nog |momenteel |nu |op dit moment |vandaag )?(open|lopende)\b"
        + @"|\bnog open\b|\bopenstaand|\bopen (vacancies|jobs|positions|vacatures|functies|posten)\b"
        + @"|\bcurrently (open|available)\b|\bstill open\b|\bopen (now|right now|at the moment|today)\b"
        + @"|\bare open\b|\bouvert(e|es|s)?\b|\ben cours\b|\bactueel|\bmomenteel\b|\bop dit moment\b"
        + @"|\bcurrently\b|\bright now\b|\bactuellement\b|\bnow\b|\bnu\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex OpenNow();
}
