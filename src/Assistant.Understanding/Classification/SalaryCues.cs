using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions about pay: loon, wedde, salaris, verdienen, salary, earn, salaire (also inside compounds: "brutoloon").</summary>
internal static partial class SalaryCues
{
    /// <summary>
    /// "pay" naming the wage ("the pay", "does it pay well"), not the verb paying some cost: "do they pay for my studies",
    /// "will you pay relocation costs", "who pays the training fees" ask about a reimbursement the salary answer does not give.
    /// </summary>
    private const string PayTheWage =
        @"\bpay\b(?!\s+(back|off|towards?)\b)(?!(\s+\S+){0,3}\s+(costs?|fees?|expenses?|bills?|tuition|studies)\b)"
        + @"(?:(?<=\b(the|my|your|their|max|maximum|starting|gross|net|monthly|what's|whats|what) pay)|(?!\s+for\b))";

    [GeneratedRegex(
        @"loon|\blonen\b|salaris|wedde\b|\bwedde|\bverdien|\bverloning|\bbruto|\bnetto|\bbarema|\bweddeschaal"
        + @"|\bsalarisschaal|\binschaling|\bgeldelijke|\bhoeveel (krijg|betalen|betaalt|zou ik krijgen|krijgt)\b"
        + @"|\bsalar(y|ies)\b|\bwages?\b|" + PayTheWage + @"|\bearn|\bremuneration|\bcompensation\b"
        + @"|\bhow much .{0,50}\b(pay|pays|make|get paid|paid|per month|per year|a month|a year)\b|\bsalaire|\bremuner|\bgagner|\bgagne"
        + @"|\btraitement\b|\bbareme|\bcombien (?!(de |d' )(?!euros?\b|argent\b))(.{0,30})\b(paye|gagn|touche|par mois|par an)"
        + @"|\bhoeveel (is|bedraagt|wordt) (dat|het) per (maand|jaar)\b"
        + @"|\bhow much (do|would|will|can|does|did) (i|you|we|one|a|an|the) .{0,25}\b(get|make|earn|receive|take home)\b"
        + @"|\bcombien (je|on|est ce que je|est ce qu' on) (touche|gagne|recois|recoit|gagnerai|toucherai)\b|\b(what|which) (is|would be) the (pay|salary|wage)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    [GeneratedRegex(
        @"\bbetaal|\bpaid\b|" + PayTheWage + @"|\bpaye\b|\bschaal\b|\bscale\b|\bechelle\b|\bgeld\b|\bmoney\b|\bargent\b"
        + @"|\bper maand\b|\bper month\b|\bpar mois\b|\bsenior|\bancienniteit|\banciennete\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Medium();

    /// <summary>Whether earlier service or experience counts (for seniority, hence pay).</summary>
    [GeneratedRegex(
        @"\b(meegerekend|meegeteld|mee ?tellen|meetellen|valoriseerbaar|in rekening gebracht)\b"
        + @"|\btelt .{0,20}\bmee\b|\b(counts?|counted|recogni[sz]ed) (towards|for|as)\b|\bpris en compte\b"
        + @"|\bvaloris",
        RegexOptions.CultureInvariant)]
    public static partial Regex Counting();

    /// <summary>Starting pay (aspect start).</summary>
    [GeneratedRegex(
        @"\bstart(loon|salaris|wedde)|\bbegin(loon|salaris|wedde)|\baanvangs(loon|salaris|wedde)"
        + @"|\bals starter\b|\bbij (de )?start\b|\bbij aanvang\b|\bin het begin\b"
        + @"|\bzonder (ervaring|anciënniteit|ancienniteit)\b|\bstarting (salary|pay|wage)|\bstart(ing)? pay\b"
        + @"|\bentry level\b|\bstarting out\b|\bas a (starter|beginner)\b|\bals beginner\b|\bbeginnend\w*"
        + @"|\bjunior\b|\bbij indiensttreding\b|\bto start with\b|\bat the start\b"
        + @"|\bsalaire (de depart|de debut|initial|de base)|\ben debut de carriere|\bdebutant",
        RegexOptions.CultureInvariant)]
    public static partial Regex Start();

    /// <summary>
    /// The question's head names pay as the thing asked ("wat is dan mijn startloon", "quel serait mon salaire", "what's the max
    /// pay"): stronger than a topic word elsewhere in the sentence (a benefit in a job title, "zonder nachtpremies").
    /// </summary>
    [GeneratedRegex(
        @"\b(wat|hoeveel|hoe hoog|welk)\b(?:\s+\S+){0,4}?\s+\w*(loon|salaris|wedde|verloning)\b"
        + @"|\b(what|how much|how high|which)\b(?:\s+\S+){0,4}?\s+(salary|pay|wage|wages|earnings|gross pay)\b(?!\s+(for|of)\s+(a|the|my)?\s*(course|training|holiday|leave))"
        + @"|\b(quel|quelle|combien)\b(?:\s+\S+){0,4}?\s+(salaire|remuneration|traitement|paie|paye)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Asked();

    /// <summary>
    /// Published pay amounts by their own words: "jaarbedrag", "the yearly amount", "montant annuel", "aan index 100", "at index
    /// 100", "in real money": a question about the amounts of a pay scale.
    /// </summary>
    [GeneratedRegex(
        @"\b(jaar|maand|bruto|start|aanvangs)bedrag(en)?\b|\b(yearly|annual|monthly|gross|starting) (amount|amounts|figure)\b"
        + @"|\bmontants? (annuel|mensuel|brut)|\b(aan|at|tegen|a l|a) index 100\b|\bindex 100 ?%?|\bin real money\b|\bgeindexeerd\w* (bedrag|jaar|maand)",
        RegexOptions.CultureInvariant)]
    public static partial Regex Amounts();

    /// <summary>
    /// More pay for hours outside the day: "krijg ik meer op zondag?", "betalen jullie extra voor nachtwerk?", "do I earn more on
    /// Sundays?", "est-on mieux payé la nuit ?": a question about the pay supplements, answered with the salary and its allowance lines. It weighs less than a named
    /// supplement ("extra betaald voor nachten", a benefits topic), which keeps its own answer.
    /// </summary>
    [GeneratedRegex(
        @"\b(krijg|krijgt|krijgen|verdien|verdient|verdienen|betaal|betaalt|betalen|betaald)\b(\s+(ik|je|jullie|men|we|u|dan|er|wel|ook))*\s+(meer|extra|een (toeslag|supplement|premie))\b.{0,30}\b(zon|zater|feest)(dag|dagen)\b|\b(krijg|krijgt|krijgen|verdien|verdient|verdienen|betaal|betaalt|betalen|betaald)\b(\s+(ik|je|jullie|men|we|u|dan|er|wel|ook))*\s+(meer|extra|een (toeslag|supplement|premie))\b.{0,30}\b(weekend|nacht|avond|nachten|avonden|onregelmatig)"
        + @"|\b(get|earn|make|paid|pay)\b(\s+(i|you|we|any|anything))*\s+(more|extra|a (supplement|premium|bonus))\b.{0,30}\b(sundays?|saturdays?|weekends?|nights?|evenings?|holidays?|bank holidays?|irregular)\b"
        + @"|\b(gagne|gagner|touche|toucher|paye|payes)\w*\b.{0,15}\b(plus|davantage|mieux|un supplement|une prime)\b.{0,30}\b(dimanches?|samedis?|week end|nuits?|soirs?|soirees?|feries?)\b|\b(mieux|plus) (paye|payes|payee|remunere|remuneres)\b.{0,30}\b(dimanches?|samedis?|week end|nuits?|soirs?|soirees?|feries?)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex MoreForHours();

    /// <summary>
    /// Pay asked with a premium added: "hoeveel verdien ik met de tweetaligheidspremie erbij?", "what would I earn including the
    /// language allowance?", "quel salaire avec la prime ?": the salary is asked (with the premium in the total), not the premium alone.
    /// </summary>
    [GeneratedRegex(
        @"\b(verdien\w*|\w*loon|\w*salaris|\w*wedde|earn\w*|salary|pay|wage|gagne\w*|salaire|remuneration)\b.{0,80}\b(met|inclusief|incl|with|including|avec|y compris) (de |het |die |the |my |a |la |le |ma |mon |l' |une )?(\w+ )?\w*(premie|toelage|premium|allowance|prime)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex WithPremium();

    /// <summary>
    /// Pay asked with the premiums left out: "wat is mijn startloon zonder nachtpremies?", "what is the base salary without
    /// allowances?", "quel salaire hors primes ?", "zonder toeslagen, wat verdien ik?": the pay is asked, not a premium.
    /// </summary>
    [GeneratedRegex(
        @"\b(verdien\w*|\w*loon|\w*salaris|\w*wedde|earn\w*|salary|pay|wage|gagne\w*|salaire|remuneration)\b.{0,80}\b(zonder|exclusief|excl|buiten|without|excluding|excl|sans|hors)\b\.? (de |het |die |alle |the |any |my |les |la |le |l' )?(\w+ )?\w*(premies?|toelagen?|toeslagen?|premiums?|allowances?|supplements?|bonus\w*|primes?|indemnites?)\b"
        + @"|\b(zonder|exclusief|without|excluding|sans|hors)\b (de |het |die |alle |the |any |les |la |le |l' )?(\w+ )?\w*(premies?|toelagen?|toeslagen?|premiums?|allowances?|supplements?|bonus\w*|primes?|indemnites?)\b.{0,60}\b(verdien\w*|\w*loon|\w*salaris|\w*wedde|earn\w*|salary|pay|wage|gagne\w*|salaire|remuneration)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex WithoutPremium();

    /// <summary>
    /// What a share of a full-time job pays: "wat krijg ik voor 24/38?", "hoeveel is dat voor 80%?", "what would I get for
    /// half-time?", "combien je touche à mi-temps ?": a quantity asked with a working-time share, not days, hours or leave.
    /// </summary>
    [GeneratedRegex(
        @"\b(hoeveel|how much|combien|wat krijg ik|wat zou ik krijgen|wat hou ik over|what (would|do|will|could) i get|what does that (make|give)|ca fait|cela fait|je touche\w*)\b"
        + @"(?!.{0,50}\b(dagen|dag|verlof|vakantie\w*|uren|uur|hours?|days?|leave|holidays?|jours?|conges|heures?|weken|weeks?|semaines?)\b)"
        + @".{0,50}(\b\d{1,2}(,\d{1,2})?\s?/\s?\d{2}\b|\b\d{2}\s?%|\bhalftijd\w*|\bdeeltijd\w*|\bhalf[- ]?time\b|\bpart[- ]?time\b|\bmi[- ]?temps\b|\btemps partiel\b|\bvier vijfde\b|\bfour[- ]fifths\b|\bquatre[- ]cinquiemes\b)",
        RegexOptions.CultureInvariant)]
    public static partial Regex PartTimePay();
}
