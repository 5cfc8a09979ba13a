using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>The heading words of the genre and the topic each announces.</summary>
public static partial class TopicRules
{
    /// <summary>The topic a heading announces, or <see cref="Topic.Unknown"/>.</summary>
    public static Topic OfHeading(string title)
    {
        if (title.Length == 0)
        {
            return Topic.Unknown;
        }

        // "Op de uiterste inschrijvingsdatum:", "Uiterlijk bij indiensttreding:" under the requirements say when a condition must
        // be met; they belong to the heading above them, not to the application.
        if (Moment().IsMatch(title)) return Topic.Unknown;
        if (Reserve().IsMatch(title)) return Topic.Reserve;
        // "Stap 0 – enkel voor kandidaten zonder diploma:" is a step of the selection, whatever else it names.
        if (NumberedStep().IsMatch(title)) return Topic.Selection;
        if (Requirements().IsMatch(title)) return Topic.Requirements;
        if (Selection().IsMatch(title)) return Topic.Selection;
        if (Application().IsMatch(title)) return Topic.Application;
        if (Benefits().IsMatch(title)) return Topic.Benefits;
        // "Profiel B – salarisschaal B1-B3", "Instapprofiel 2 (barema C1-C3)": a heading that names a profile first and its scale
        // after it announces the requirements of that profile, not the pay.
        if (Salary().IsMatch(title) && ProfileFirst().IsMatch(title)) return Topic.Profile;
        if (Salary().IsMatch(title)) return Topic.Salary;
        if (Offer().IsMatch(title)) return Topic.Offer;
        if (Contact().IsMatch(title)) return Topic.Contact;
        if (Profile().IsMatch(title)) return Topic.Profile;
        if (Tasks().IsMatch(title)) return Topic.Tasks;
        return Topic.Unknown;
    }

    /// <summary>A heading that only names the moment a condition must be met: a preposition and a moment, nothing else.</summary>
    [GeneratedRegex(@"^\W*(?:(?:uiterlijk|ten\s+laatste|ten\s+vroegste|vanaf)\s+)?(?:op|bij|tegen|vóór|voor|uiterlijk|at|by|on|upon|à|a|au|dès|lors\s+de)\s+(?:(?:de|het|the|la|le|l'|du)\s+)?(?:moment\s+(?:van|of|de)\s+(?:de\s+|het\s+|la\s+|l')?)?(?:uiterste\s+|laatste\s+)?(?:inschrijvingsdatum|sluitingsdatum|kandidaatstellingsdatum|indiensttreding|aanwerving|benoeming|aanstelling|start|closing\s+date|deadline|start\s+of\s+(?:employment|work)|appointment|date\s+limite|entrée\s+en\s+(?:service|fonction)|engagement|nomination)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Moment();

    [GeneratedRegex(@"^\s*(stap|fase|ronde|selectieronde|onderdeel)\s*\d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedStep();

    [GeneratedRegex(@"reserve", RegexOptions.IgnoreCase)]
    private static partial Regex Reserve();

    // "Wie kan solliciteren?", "Wie mag deelnemen?", "Kom jij in aanmerking?", "Who can apply?", "Qui peut postuler ?": a question
    // about who may apply announces the conditions, not how to apply (checked before the application words it contains). A
    // question in the first person ("Ik studeer nog. Mag ik deelnemen?") is one case in a list of questions, left as it was.
    [GeneratedRegex(@"(?<!arbeids)voorwaarden|vereisten|toelaatbaarheid|toelating|diploma|bekwaamheidsbewij[sz]|studiebewij[sz]|\bvoor\s+wie\s+is\s+(?:deze|de|dit|die)\s+(?:job|functie|vacature|betrekking|plaats)\b|wie zoeken we|wie ben jij|kandidaten\b|aan welke|wat vragen (we|wij)|wat (heb|breng) je (nodig|mee)|wat verwachten (we|wij)|\bwie\s+(kan|kunnen|mag|mogen)\s+(er\s+|zich\s+)?(solliciteren|deelnemen|meedoen|kandideren|postuleren|kandidaat\s+stellen|inschrijven|kandidaat\s+zijn)|\bwie\s+komt\s+in\s+aanmerking|\b(kom|komt)\s+(ik|jij|je|u)\s+in\s+aanmerking|\brequirements\b|\bwhat we (ask|expect)\b|\bwho\s+(can|may|is\s+eligible\s+to)\s+apply\b|\b(am\s+i|are\s+you)\s+eligible\b|\bqui\s+peut\s+(postuler|participer|poser\s+sa\s+candidature|se\s+porter\s+candidat|s'inscrire)|\bconditions d'admission\b|\bexigences\b", RegexOptions.IgnoreCase)]
    private static partial Regex Requirements();

    [GeneratedRegex(@"selectie|procedure|verloopt|stappen|proef|test\b|interview|screening|assessment|gesprek|noteer|data\b|timing|planning|^deel \d|\bselection\b|sélection", RegexOptions.IgnoreCase)]
    private static partial Regex Selection();

    [GeneratedRegex(@"sollicit|kandidaatstelling|kandideren|reageren|interesse|hoe (?:stel|schrijf)|inschrijv|\bapply\b|\bapplication\b|\bpostuler\b|\bcandidature\b", RegexOptions.IgnoreCase)]
    private static partial Regex Application();

    [GeneratedRegex(@"voordel|andere\b|extra|\bbenefits\b|\bavantages\b", RegexOptions.IgnoreCase)]
    private static partial Regex Benefits();

    [GeneratedRegex(@"salaris|loon|wedde|verloning|bezoldiging|barema|\bsalary\b|\bsalaire\b|rémunération", RegexOptions.IgnoreCase)]
    private static partial Regex Salary();

    // What the employer gives in return, however the heading words it: "Wat mag je (nog/van ons) verwachten?", "Wat kan jij
    // van ons verwachten", "Wat staat er tegenover?", "In ruil krijg je", "Onze troeven", "Arbeidsvoorwaarden", "Waarom bij ons werken?".
    [GeneratedRegex(@"aanbod|bieden|verwachten van ons|(?:mag|kan|kun|mogen|zal)\s+(?:je|jij|u)\s+(?:\S+\s+){0,3}?verwachten|van ons verwachten|wij bieden|ons aanbod|wat krijg|staat (?:er )?tegenover|in ruil|onze troeven|arbeidsvoorwaarden|waarom (?:bij|voor) ons|\bour offer\b|\bwe offer\b|\bwhat (?:we|you) (?:offer|get)\b|\bnotre offre\b|\bnous offrons\b|\bce que nous offrons\b", RegexOptions.IgnoreCase)]
    private static partial Regex Offer();

    [GeneratedRegex(@"contact|meer info|vragen|tot slot", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    /// <summary>A heading whose first word is a profile: "Profiel B", "Instapprofiel 2", "Jouw functieprofiel".</summary>
    [GeneratedRegex(@"^\W*(?:(?:je|jouw|uw|het|ons|een)\s+)?\p{L}*profiel", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileFirst();

    [GeneratedRegex(@"profiel|verwacht|competenties|vaardigheden|wie ben|\bprofile\b|\bprofil\b", RegexOptions.IgnoreCase)]
    private static partial Regex Profile();

    [GeneratedRegex(@"functie|taken|takenpakket|wat doe|inhoud|job|resultaatsgebied|verantwoordelijkheden|doel|\byour role\b|\btasks\b|\bresponsibilities\b|\bvotre rôle\b|\btâches\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tasks();
}
