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

    /// <summary>
    /// How to apply, or whether one may apply a certain way ("hoe solliciteer ik?", "mag ik gewoon mailen?", "kan ik per post
    /// solliciteren?", "how do I apply, by e-mail?", "comment postuler ?", "puis-je envoyer ma candidature par courrier ?"): the
    /// answer is the way the vacancy accepts applications and what goes with them, not a contact to write to. A question
    /// about applying without something ("hoe kan ik solliciteren zonder diploma?") is about eligibility, one about still
    /// applying ("kan ik nu nog mailen?") about the deadline, and "wie moet ik mailen?" asks for a person.
    /// </summary>
    [GeneratedRegex(
        @"^(?!.*\b(zonder|without|sans|nog|still|encore|tot wanneer|until when|jusqu' a quand|deadline|uiterste)\b)(?:"
        + @".*\bhoe (kan|moet|mag|dien|kun) (ik|je|men|u) (\w+ ){0,3}(solliciteren|postuleren|kandideren|inschrijven|kandidaat stellen|reageren)\b"
        + @"|.*\bhoe (solliciteer|postuleer|kandideer|reageer) (ik|je|u)\b|.*\bhoe stel (ik|je) (me|mij|je) kandidaat\b"
        + @"|.*(?<!\b(wie|wien|naar wie|aan wie) )\b(mag|kan|moet|kun) (ik|je) (\w+ ){0,3}(mailen|e ?mailen|per (e ?)?mail|via (e ?)?mail|per post|met de post|per brief|op papier|afgeven|binnenbrengen)\b"
        + @"|.*\b(solliciteren|sollicitatie|kandidatuur|postuleren) (\w+ )?(per|via|met) (e ?mail|post|de post|brief)\b"
        + @"|.*\bhow (do|can|should|must|would) (i|you|we) apply\b|.*\bhow to apply\b|.*\b(can|may|should) i (apply|send (it|my application|my cv)) (by|via|through|per) (e ?mail|post|mail|letter)\b"
        + @"|.*\bapply (by|via|through) (e ?mail|post|mail|letter)\b"
        + @"|.*\bcomment (postuler|candidater|poser (ma |sa |une )?candidature|envoyer (ma |sa )?candidature)\b|.*\bcomment (je peux|puis je|dois je|faut il) (postuler|candidater|envoyer)\b"
        + @"|.*\b(postuler|candidature|candidater) (par|via) (e ?mail|courriel|courrier|la poste|poste)\b)",
        RegexOptions.CultureInvariant)]
    public static partial Regex HowToApply();
}
