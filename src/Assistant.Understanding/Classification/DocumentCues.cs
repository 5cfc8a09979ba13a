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
        // "Wat moet ik bij mijn sollicitatie voegen?", "wat steek ik bij de kandidatuur?": the verb after or before the application.
        + @"|\b(bij|met|aan) (mijn|je|jouw|de|uw|een|het) (kandidatuur|sollicitatie|aanvraag|inschrijving|kandidaatstelling|sollicitatiedossier)\b.{0,30}\b(voegen|toevoegen|bijvoegen|meesturen|sturen|steken|opladen|uploaden|bezorgen|meegeven)\b"
        + @"|\bwat (moet|moeten|dien|dienen|steek|steken|stuur|sturen|voeg|voegen|geef|doe) (ik|je|we|u|een \w+)\b.{0,20}\b(bij|met) (mijn|je|jouw|de|uw|het) (kandidatuur|sollicitatie|aanvraag|inschrijving|kandidaatstelling)\b"
        + @"|\b(add|attach|include) .{0,30}\b(to|with) (my|the) (application|candidacy)\b|\b(ajouter|joindre) .{0,30}\ba (ma|la) candidature\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    /// <summary>
    /// A question that asks for the list itself ("welke documenten moet ik opladen als ik geen diploma heb?", "what documents
    /// do I need to upload if I have experience?", "quels documents dois-je joindre ?"): the facts it states are its condition.
    /// </summary>
    [GeneratedRegex(
        @"\b(welke|wat voor|what|which|quels?|quelles?) (documenten|stukken|bijlagen|attesten|bewijsstukken|papieren|documents|papers|paperwork|attachments|pieces( justificatives)?|justificatifs)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Which();

    [GeneratedRegex(
        @"\bindienen\b|\bopsturen\b|\bbezorgen\b|\buploaden\b|\bopladen\b|\bsubmit\b|\benvoyer\b|\bfournir\b"
        + @"|\blaten zien\b|\btonen\b|\bbewijs\w*|\bproof\b|\bshow\b|\bpreuve\b|\bmontrer\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Medium();
}
