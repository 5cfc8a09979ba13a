using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Open questions about the job answered from the documents; greetings and thanks; words that show the domain.</summary>
internal static partial class GeneralCues
{
    [GeneratedRegex(
        @"\brapporteer|\bleidinggevende is\b"
        + @"|\bwie is (mijn|de|je) (baas|leidinggevende|chef|overste|directe)\b|\bcollega|\bteam\b|\bafdeling"
        + @"|\btaken\b|\btakenpakket|\bverantwoordelijkheden"
        + @"|\bwat (doe|ga|zal|moet) (je|ik)\b.{0,25}\b(doen|precies)\b|\bwat houdt .{0,30}\bin\b"
        + @"|\bfunctie ?inhoud|\binhoud van\b|\buurrooster|\bwerkuren|\buren\b|\bvoltijd|\bdeeltijd|\bcontract\b"
        + @"|\bstatuut|\bcontractueel|\bwerkplek|\bkantoor|\badres\b|\blocatie\b"
        + @"|\bwaar (is|ligt|zit|werk|bevindt)\b|\bkanalen|\bbeheert|\bbeheer\b|\bmeenemen|\bhond\b|\bparking\b"
        + @"|\bparkeer|\bkledij|\bdresscode|\breports? to\b|\bcolleagues|\btasks\b|\bresponsibilit"
        + @"|\bwhat (does|will|would) .{0,25}\bdo\b|\bworking hours|\bfull ?time|\bpart ?time|\boffice\b"
        + @"|\bwhere is\b|\bteam\b|\brapporte|\bcollegues|\btaches\b|\bhoraire|\btemps (plein|partiel)"
        + @"|\bbureau\b|\bou se trouve|\bchien\b|\bequipe|\bmissions?\b|\bwat is (de|het) (functie|job|rol)\b"
        + @"|\bprofiel\b|\bcompetenties|\bvaardigheden|\bskills\b|\bsoftware\b|\bprogramma|\btools\b"
        + @"|\bproefperiode|\bstartdatum|\bindiensttreding"
        + @"|\bwanneer (start|begin|begint|kan ik beginnen|kan ik starten)\b|\bwat doet\b|\bwho is my\b|\bdog\b"
        + @"|\bsamenwerken|\bsamen werken|\bwerkomgeving|\bsfeer\b|\bhoeveel mensen\b|\bhow many people\b"
        + @"|\bcombien de personnes\b|\bthuiswerkdag",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    [GeneratedRegex(
        @"^ (hallo|hello|hi|hey|hoi|dag|daag|goeiedag|goedendag|goedemorgen|goeiemorgen|goedemiddag|goeiemiddag|goedenavond|goeienavond|goeienamiddag|bonjour|bonsoir|salut|coucou|good (morning|afternoon|evening)|yo|allo)\b"
        + @"|\bbedankt|\bdank (je|u)\b|\bdankjewel|\bdankuwel|\bmerci\b|\bthanks|\bthank you|\bsuper\b|\btop\b"
        + @"|^ (ok|oke|okay|oki|prima|goed|perfect|cool|nice|great|parfait|d' accord|akkoord)\b|\btot ziens"
        + @"|\bdoei|\bsalu\b|\bbye\b|\bgoodbye|\bau revoir|\bhoe gaat het|\bhow are you|\bca va\b"
        + @"|\bwie ben (jij|je)\b|\bwat (kan|kun) (je|jij)\b|\bwho are you|\bwhat can you do|\bqui es tu"
        + @"|\bque (peux|sais) tu|^ (help|aide|hulp)\b|^ (ja|nee|yes|no|oui|non|neen)\b"
        + @"|\bben je een (robot|mens|bot)|\bare you a (bot|robot|human)|\bfijne dag\b|\bbonne journee\b"
        + @"|\bhave a nice day\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Smalltalk();

    /// <summary>Words that show a question is about jobs and applying at all (general rather than unknown).</summary>
    [GeneratedRegex(
        @"vacature|\bjob|functie|sollicit|kandida|\bwerk|\bbaan\b|diploma|selectie|vacanc|\bapply|applica"
        + @"|\bposition|\bposte|\bemploi|candidat|postul|travail|\bstad\b|gemeente|provincie|\bkamer\b|bestuur"
        + @"|\bwork|\brole\b|\bcontract|\bcollega|\bdienst|\bemployer|werkgever|\bemployeur|\bhr\b|personeel"
        + @"|aanwerving|recrut",
        RegexOptions.CultureInvariant)]
    public static partial Regex Domain();
}
