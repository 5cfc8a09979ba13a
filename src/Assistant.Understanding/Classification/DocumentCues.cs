using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions about the documents to send with an application.</summary>
internal static partial class DocumentCues
{
    [GeneratedRegex(
        @"\bdocumenten|\bdocuments?\b|\bpieces (a joindre|justificatives)|\bjustificatifs?\b|\bstukken\b|\bbijlagen?\b|\battesten?\b|\buittreksel|\bstrafregister"
        + @"|\bmotivatie ?brief|\bsollicitatiebrief|\bcv\b|\bcurriculum|\bkopie|\bcopy of\b|\b\w*dossier\b"
        + @"|\bapplication (file|package)\b|\bwat moet er (allemaal )?(in|bij)\b|\bafschrift"
        + @"|\bupload\w* .{0,30}\b(diploma|degree|cv|certificate|copy)\b"
        + @"|\b(wat|welke) .{0,25}\b(moet|dien|moeten) (ik|je|we) .{0,25}\b(meesturen|indienen|bezorgen|opladen|uploaden|toevoegen|bijvoegen|opsturen|voorleggen|meebrengen|insturen)\b"
        + @"|\bmeesturen|\bmee (te )?sturen\b|\bbijvoegen|\bvoorleggen\b|\bvoor te leggen\b|\bdocuments?\b"
        + @"|\battach(?!e\b|es\b|ee\b|ees\b)|\bcover letter|\bmotivation letter|\bresume\b|\bcriminal record|\bgood conduct"
        + @"|\bcertificate|\bpieces\b|\bjoindre|\blettre de motivation|\bcasier judiciaire|\bextrait\b|\bcopie\b"
        + @"|\bwhat (do|should|must) i (send|submit|upload|include)\b|\bwhat (do|will) i (have|need) to (send|submit|upload|include|provide|hand in|attach|enclose)\b"
        + @"|\bqu' est ce que (je dois|il faut|je devrai) (envoyer|fournir|joindre|transmettre|deposer)\b|\bwat moet ik (allemaal )?(opsturen|insturen|meesturen|bezorgen|indienen|opladen|binnenbrengen|voorleggen)\b|\bque (dois|faut) .{0,15}(envoyer|fournir)"
        + @"|\bwhere (do|should|can|must) i (send|submit|upload)\b|\bwaar (moet|kan|mag) ik .{0,25}\b(sturen|naartoe|indienen|opladen|bezorgen)\b"
        + @"|\bou (dois|puis|faut) .{0,20}\b(envoyer|deposer)\b|\bpapieren\b|\bpaperassen\b|\bpaperwork\b|\bpapiers\b"
        + @"|\b(toevoegen|toe te voegen|toe|meesturen|mee te sturen|bijvoegen|bij te voegen|meegeven) (aan|bij|met) (mijn|je|jouw|de|uw) (kandidatuur|sollicitatie|aanvraag|inschrijving|kandidaatstelling)\b"
        + @"|\b(add|attach|include) .{0,30}\b(to|with) (my|the) (application|candidacy)\b|\b(ajouter|joindre) .{0,30}\ba (ma|la) candidature\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    /// <summary>
    /// Which documents to send, asked outright ("which papers must I upload if I have no diploma", "welke stukken moet ik
    /// opsturen als ik ervaring heb", "quels documents dois-je joindre"): still the documents question when the candidate
    /// states their facts as its condition.
    /// </summary>
    [GeneratedRegex(
        @"\b(what|which) (documents?|papers|certificates?|attachments?|files)\b.{0,30}\b(upload|send|submit|attach|include|provide|hand in|enclose)\b"
        + @"|\bwelke (documenten|stukken|attesten|bijlagen|papieren|bewijsstukken|bewijzen)\b.{0,30}\b(opladen|uploaden|opsturen|insturen|meesturen|bezorgen|indienen|toevoegen|bijvoegen|voorleggen|binnenbrengen)\b"
        + @"|\bquel(le)?s? (documents?|pieces|justificatifs|attestations)\b.{0,30}\b(envoyer|fournir|joindre|deposer|telecharger|transmettre)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex AskedOutright();

    [GeneratedRegex(
        @"\bindienen\b|\bopsturen\b|\bbezorgen\b|\buploaden\b|\bopladen\b|\bsubmit\b|\benvoyer\b|\bfournir\b"
        + @"|\blaten zien\b|\btonen\b|\bbewijs\w*|\bproof\b|\bshow\b|\bpreuve\b|\bmontrer\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Medium();
}
