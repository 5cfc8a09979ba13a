using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions about the application deadline: until when, still open, days left (nl/en/fr, folded text).</summary>
internal static partial class DeadlineCues
{
    [GeneratedRegex(
        @"\btot wanneer\b|\btot welke? (datum|dag|uur|tijdstip)\b|\b(by|before|until|till) (what|which) (date|day|time|hour)\b|\breste (t il )?combien\b|\bcombien de (jours|temps|semaines) (me |nous |vous |il )?rest|\buiterste (\w+ )?(datum|dag|termijn)|\buiterste inschrijv"
        + @"|deadline|\bafsluit|\bhow long (until|till|before)\b|\bsluitingsdatum|\beinddatum\b|\bwanneer (sluit|sluiten|eindigt|stopt|vervalt)"
        + @"|\bnog (steeds |altijd |wel |op tijd |tijd om te |de kans om te |te |om te )?(sollicit|kandida|inschrijv|reager|postul|aanmeld|mijn kandidatuur|mijn cv)"
        + @"|\bhoeveel (dagen|tijd|weken|uur|uren) (heb ik |hebben we |is er |rest er |blijft er |heb je |zijn er )?(nog|resten|over)\b"
        + @"|\bhoe lang (heb ik |heb je |is het )?nog\b|\bnog hoeveel (dagen|tijd|weken|uur|uren)\b"
        + @"|\b(vacature|job|functie|post|betrekking) (is |staat |nog )?(nog|nog steeds|nog altijd|steeds) (open|beschikbaar|lopende)"
        + @"|\b(is|staat) .{0,30}\b(nog|nog steeds|nog altijd) (open|beschikbaar)\b|\buntil when\b"
        + @"|\bclosing date|\bclose date|\blast (day|date) to apply"
        + @"|\bstill (apply|applying|submit|possible|open|accepting|time|be able to apply|sign up|register|enrol|enroll)"
        + @"|\bstill (send|submit|hand in|file|put in|get in) (in )?(my |an |the |a )?(application|cv|resume|candidacy)"
        + @"|\bwhen (does|do|will|is) .{0,40}\b(close|closing|end)\b"
        + @"|\bhow (many|much) (days|time|hours) .{0,25}(left|remain|to apply|still)|\btime left\b|\bdate limite"
        // "How long do I have left to apply?", "how long have I got to send my application?", "how long is it still open?".
        + @"|\bhow long (do i have|have i got|do we have|do you have|is there)\b.{0,25}\b(left|remain\w*|to apply|to (send|submit) (my |an |the )?(application|cv))\b|\bhow long (is|will) .{0,30}\b(still )?(be )?open\b"
        + @"|\bjusqu' a quand|\bdate (de )?cloture|\bdernier (jour|delai)"
        + @"|\bencore (postuler|candidater|poser|envoyer|temps|ouvert|possible|le temps)|\bencore (m' |me |vous |s' )?inscrire\b"
        + @"|\btoujours (postuler|ouvert|possible)|\bcombien de (jours|temps) .{0,25}(reste|postuler|encore)"
        + @"|\bquand (se termine|ferme|cloture|finit)|\bclotur|\b(af)?gesloten\b|\bverstreken\b|\bclosed\b"
        + @"|\bexpired\b|\bfermee?s?\b"
        + @"|\b(sollicit\w*|kandida\w*|inschrijv\w*|postuler\w*|reageren)\b.{0,40}\b(kan|mag|gaat|lukt) (dat|da|het) (nog|nog steeds)\b"
        + @"|\bkan (dat|het) nog\b"
        + @"|\b(inschrijving\w*|sollicitaties|kandidaturen|applications|candidatures)\b.{0,30}\b(nog|still|encore|toujours) (steeds |being )?(lopende|open|mogelijk|accepted|accepting|ouvertes|possibles|welkom|welcome)\b"
        + @"|\bstill (being )?accept|\b(last|final) day\b|\blaatste dag\b"
        + @"|\b(sollicitatie|kandidatuur|cv|inschrijving|application|candidature)\b.{0,30}\b(binnen zijn|binnen moeten zijn|ingediend zijn|ontvangen zijn|in orde zijn)\b"
        + @"|\bwanneer (moet|moeten)\b.{0,30}\b(sollicitatie|kandidatuur|inschrijving)\b|\binschrijvingstermijn"
        + @"|\bsollicitatietermijn|\bsluit (de|het) .{0,30}\b(af|vacature|inschrijving)"
        // "Kan ik me nu al inschrijven?", "Vanaf wanneer kan ik solliciteren?", "Are applications already open?": the period's start
        // ("mag ik nu al solliciteren" from a student asks whether they may apply: eligibility).
        + @"|\b(me|mij|zich|je|ons) (nu |vandaag |nu reeds )?al (inschrijv|aanmeld|kandidaat stellen)|\b(register|sign up|enrol) (right )?now already\b"
        + @"|\bvanaf wanneer (kan|mag|kunnen|mogen) (ik|je|we|men) .{0,20}(sollicit|kandida|inschrijv|aanmeld|reageren)|\bfrom when can (i|we|you) (apply|register|sign up)"
        + @"|\ba partir de quand .{0,20}(postuler|inscrire|candidater)"
        + @"|\b(inschrijving\w*|sollicitaties|kandidaturen|applications|candidatures)\b.{0,40}\b(al|already|deja) (open|geopend|ouvertes)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    [GeneratedRegex(
        @"\btegen wanneer\b|\bten laatste\b|\buiterlijk\b|\bby when\b|\bat the latest\b|\bau plus tard\b"
        + @"|\bwanneer (moet|kan|mag|moeten) (ik|je|we) (ten laatste |uiterlijk )?(solliciteren|reageren|mijn kandidatuur|kandidaat|postuleren|inschrijven)"
        + @"|\bwhen (can|should|must|do) i (apply|submit)|\bquand (dois|puis|peut|faut) (je|on|il) postuler"
        + @"|\bvervaldatum|\bwhen is the deadline|\bnog (open|mogelijk)\b|\bvandaag nog\b|\bte laat\b"
        + @"|\btoo late\b|\btrop tard\b|\bclos(es|ing)\b"
        + @"|\b(tot|until|jusqu' au) (en met )?\d{1,2} ?(/ ?\d|(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)",
        RegexOptions.CultureInvariant)]
    public static partial Regex Medium();

    /// <summary>"Kan ik vandaag mijn kandidatuur nog afgeven?": handing in the application still, in that word order.</summary>
    [GeneratedRegex(@"\b(kandidatuur|sollicitatie|cv|inschrijving|application|candidature)\b.{0,25}\b(nog|still|encore)\b.{0,25}\b(afgeven|indienen|binnenbrengen|insturen|opsturen|bezorgen|versturen|sturen|doorsturen|submit|send|hand in|deposer|envoyer)\b", RegexOptions.CultureInvariant)]
    public static partial Regex StillHandIn();

    /// <summary>
    /// "Puis-je encore envoyer mon CV ?", "What's the last day I can send my CV?", "Tot wanneer kan ik mijn cv nog sturen?":
    /// sending the application still, or by a last day, is a deadline question although it names the CV.
    /// </summary>
    [GeneratedRegex(@"\b(nog|still|encore|toujours|last day|last date|dernier jour|tot wanneer|tegen wanneer|until when|by when|jusqu' a quand)\b.{0,30}(\b(submit|send|hand in|deposer|envoyer) (in )?(my |an |the |a |mon |ma |votre |une )?(application|cv|resume|candidature)\b|\b(mijn |je |een )?(kandidatuur|sollicitatie|cv) (nog )?(afgeven|indienen|binnenbrengen|insturen|opsturen|bezorgen|versturen|sturen|doorsturen)\b)|\b(kandidatuur|sollicitatie|cv) (vandaag |nu )?nog (afgeven|indienen|binnenbrengen|insturen|opsturen|bezorgen|versturen|sturen|doorsturen)\b", RegexOptions.CultureInvariant)]
    public static partial Regex StillSend();

    /// <summary>
    /// "Is het nog op tijd als ik …", "am I still in time", "suis-je encore dans les temps": whether an application sent
    /// now still counts, a deadline question even when it also names the CV or the mail it is sent with.
    /// </summary>
    [GeneratedRegex(@"\b(nog|still|encore|toujours) (op tijd|in time|on time|a temps|dans les (temps|delais))\b", RegexOptions.CultureInvariant)]
    public static partial Regex InTime();

    /// <summary>
    /// "Kan ik nu nog mailen voor …", "kan ik nog mailen voor die job", "Het is 21u, kan ik vanavond nog het formulier invullen?", "can I still send it
    /// tonight": sending or applying still, now or tonight, asks whether the application period is open, even when the way
    /// it is sent (a mail, a form) is a contact word. "Mag ik nu al solliciteren?" is not: a student asks whether they may;
    /// nor is "Waar kan ik nog solliciteren zonder …?", which asks for vacancies. Handing a paper letter in ("vandaag nog in de
    /// bus steken", "post it today", "poster ma lettre ce soir") is sending too.
    /// </summary>
    [GeneratedRegex(@"(?<!\bwaar )\b(kan|mag|lukt) (ik|je|we|het) (mijn \w+ )?nog\b.{0,40}\b(e ?mailen|mailen|sturen|opsturen|versturen|insturen|doorsturen|indienen|bezorgen|afgeven|uploaden|opladen)\b"
        + @"|\b(kan|mag|lukt) (ik|je|we|het) (me |mij |mijn \w+ )?(nu|vandaag|vanavond|vannacht|deze avond|vanmiddag|deze namiddag) nog\b.{0,40}\b(sollicit\w*|kandida\w*|inschrijv\w*|aanmeld\w*|reageren|e ?mailen|mailen|sturen|opsturen|versturen|insturen|doorsturen|indienen|invullen|bezorgen|afgeven|uploaden|opladen|posten|binnenbrengen|binnen brengen|afleveren|deponeren|steken|droppen|op de post doen)\b"
        + @"|\b(can|could|may) (i|we) (still )?(send|submit|mail|email|e mail|apply|hand|post|drop|deliver|bring)\b.{0,30}\b(tonight|today|this afternoon|now|still)\b|\bis it (already )?too late\b"
        + @"|\b(puis|peux|peut) (je|on) (encore )?(envoyer|postuler|deposer|poster|remettre|apporter)\b.{0,30}\b(ce soir|cet apres midi|aujourd' hui|maintenant|encore)\b"
        + @"|\b(is|ben) (het|ik|dat) (nu |al |dan |nog niet )?te laat\b|\b(est ce|est il|c' est) (deja )?trop tard\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex NowStill();

    /// <summary>
    /// "Als ik me op 1 maart inschrijf, is dat nog goed?", "if I apply on 3 May, is that still fine?": applying on a given
    /// day asks whether that day is still within the application period.
    /// </summary>
    [GeneratedRegex(@"\b(als|indien|if|si) (ik|i|je|j') (me |mij |m' |my )?(pas |only |seulement )?(op|on|le|tegen|by) (\d{1,2}(er)? " + Months + @"|" + Months + @" \d{1,2})\b.{0,40}\b(inschrijf|inschrijv|sollicit|aanmeld|kandid|reageer|apply|register|sign up|submit|send|postule|inscri|envoie)"
        + @"|\b(inschrijf\w*|inschrijv\w*|sollicit\w*|aanmeld\w*|apply|applying|register|postule\w*|inscri\w*) (me |mij )?(pas |only )?(op|on|le) (\d{1,2}(er)? " + Months + @"|" + Months + @" \d{1,2})\b.{0,40}\b(nog (goed|ok|oke|op tijd|geldig|mogelijk)|still (ok|okay|fine|valid|possible|in time|on time)|encore (bon|valable|possible|a temps))\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex DatedApply();

    private const string Months = @"(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)";

    /// <summary>
    /// "Is dat een weekdag?", "valt die datum in het weekend?", "is that a Sunday?": which day the date just given is, asked
    /// about the date itself rather than about working on such days.
    /// </summary>
    [GeneratedRegex(@"\b(is|valt) (dat|die|die dag|die datum|de deadline|de uiterste datum|de laatste dag) (een |op een |in het |in een )?(weekdag|werkdag|weekend|weekenddag|zaterdag|zondag|feestdag)\b|\bwelke (dag|weekdag) (is|valt) (dat|die|de deadline|de uiterste datum)\b"
        + @"|\b(is|does) (that|it|the deadline) (a |on a |fall on a |in the )?(weekday|working day|weekend|saturday|sunday|holiday)\b|\bwhat day (is|of the week is) (that|it|the deadline)\b"
        + @"|\b(est ce|c' est) (un|en) (jour ouvrable|week end|samedi|dimanche|semaine)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex DayOfDate();

    /// <summary>"tot wanneer", "tot hoe laat", "until when", "jusqu'à quand": a question about the deadline even when it also says "kan ik solliciteren als …".</summary>
    [GeneratedRegex(@"\btot (wanneer|hoe laat)\b|\buntil (when|what time)\b|\bjusqu' a (quand|quelle heure)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Until();

    /// <summary>
    /// "Jusqu'à quand peut-on s'inscrire pour la réserve …", "tot wanneer kan ik me kandidaat stellen voor de reserve …",
    /// "until when can I apply": until-when with applying in it asks the deadline, whatever else (a reserve, a test) the question names.
    /// </summary>
    [GeneratedRegex(@"\b(tot wanneer|tegen wanneer|tot hoe laat|tot welke? (datum|dag|uur)|until when|until what (time|date)|by when|jusqu' a (quand|quelle (heure|date))|avant quand)\b.{0,40}\b(sollicit|kandidaat (te )?stellen|kandidatuur|kandideren|inschrijven|aanmelden|reageren|apply|sign up|register|postuler|inscrire|inscriptions?|candidater|candidatures?)", RegexOptions.CultureInvariant)]
    public static partial Regex UntilApply();

    /// <summary>"how many days are left" (aspect days-left).</summary>
    [GeneratedRegex(
        @"\bhoeveel (dagen|tijd|weken|uur|uren)\b|\bhow long (until|till|before)\b|\bhoe lang (nog|heb ik nog)\b"
        + @"|\bhow (many|much) (days|time|hours|weeks)\b|\bhow long (do i have|left|still|have i got|do we have|do you have)"
        + @"|\bcombien de (jours|temps|semaines)\b|\bdays left\b|\bnog hoeveel (dagen|tijd|weken)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex DaysLeft();

    /// <summary>"can I still apply", "vandaag nog" (aspect still-open).</summary>
    [GeneratedRegex(
        @"\bnog\b|\bvandaag\b|\bvanavond\b|\bstill\b|\btoday\b|\btonight\b|\bencore\b|\btoujours\b"
        + @"|\baujourd'hui\b|\bopen\b|\bouvert|\bgesloten\b|\bafgesloten\b|\bclosed\b|\bferme\b|\btoo late\b"
        + @"|\bte laat\b|\btrop tard\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex StillOpen();
}
