using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions for a contact person, and the topic the user wants to ask about (the aspect).</summary>
internal static partial class ContactCues
{
    [GeneratedRegex(
        @"\bcontacteren|\bcontact|\bwie kan ik\b|\bwie kan (me|mij)\b|\bwho (can|could) (help|give|make|tell|send) me\b|\bqui peut me\b|\bbij wie\b|\btot wie\b|\bwie (moet|mag|zou) ik\b"
        + @"|\btelefoonnummer|\bbellen\b|\bopbellen|(?<!\bnog )\bmailen\b|\bwhom\b"
        + @"|\bwho (can|should|do|could|may) i (contact|call|email|e mail|ask|reach|write|talk)|\bwho can i\b"
        // "A company phone", "un téléphone de service" is a thing one gets with the job (a benefit), not a number to call; "on-call
        // duty", "call-outs" are a duty that may be paid extra, not a request to call someone.
        + @"|(?<!\b(?:company|work|business|service|mobile|own) )\bphone(?! (?:allowance|subscription|plan|bill)\b)|(?<!\bon )\bcall\b(?! (duty|duties|shifts?|outs?|service|rota|allowance|pay)\b)|\bqui (puis|dois|peut|peux|faut|contacter|appeler)\b|\bcontacter|\bjoindre qui\b"
        + @"|\bappeler\b|\btelephone(?! (?:portable|de service|de fonction|professionnel)\b)|\bmeer (info|informatie|uitleg)\b"
        + @"|\bwie is (de )?(contactpersoon|verantwoordelijke|hr)\b|\bmore (information|info)\b"
        + @"|\bwie is (de|het) (\w+ )?(coordinator|coordinatrice|contactpersoon|verantwoordelijke|selectieverantwoordelijke|personeelsverantwoordelijke|hr ?\w+|recruiter|consulent|personeelsdienst)\b"
        + @"|\bwho is the (\w+ )?(coordinator|contact person|contact|recruiter|hr \w+|person in charge)\b|\bname of the (contact|coordinator|recruiter|person)\b|\bhiring manager\b"
        + @"|\bwho (can|could|will|should) (answer|explain)\b|\bwho (handles?|process(es)?|reviews?|manages?|deals with) (the |my )?(applications?|recruitment|selection|hiring)\b"
        + @"|\bwie (behandelt|verwerkt|beheert|volgt) (de )?(sollicitaties|kandidaturen|selectie|aanwerving)\b|\bwie kan (er )?(antwoorden|uitleg geven|meer vertellen)\b"
        + @"|\bnaam van (de |het )?(contactpersoon|verantwoordelijke|diensthoofd|hr|recruiter|persoon)\b"
        + @"|\bqui (s' occupe|traite|gere) (du |de la |des )?(recrutement|candidatures|selection)\b|\bqui (peut|pourra|pourrait) (repondre|m' expliquer|expliquer)\b|\bnom (du|de la) (responsable|personne|recruteur|recruteuse)\b"
        + @"|\bqui est (le |la |l' )?(\w+ )?(coordinat(eur|rice)|personne de contact|recruteur|recruteuse|responsable (rh|du recrutement|de la selection|du personnel))\b"
        + @"|\bplus d' (info|informations)\b|\bwie kan mij\b|\bwho can (help|tell)\b"
        + @"|\bqui peut (m' aider|me renseigner)\b|\bterecht\b|\bnummer\b|\bvraag stellen\b|\bvragen stellen\b"
        + @"|\b(someone|somebody|anyone|iemand|quelqu' un|een persoon)\b.{0,25}\b(talk|speak|call|ask|contact|bellen|spreken|praten|vragen|contacteren|contacter|parler|appeler)\b"
        + @"|\ba qui (je |j' )?(dois|puis|peux|faut|pourrais|peut) .{0,20}\b(adresser|demander|parler|poser)\b"
        // "qui est la responsable de la crèche ?", "wie is de directeur van de academie?", "who is the head of the lab?": the
        // person in charge, whom the vacancy names as a contact when it names one.
        + @"|\bqui est (le |la |l' )?(responsable|directeur|directrice|chef|cheffe|coordinateur|coordinatrice)\b"
        + @"|\bwie is (de|het) (directeur|directrice|diensthoofd|hoofdverpleegkundige|afdelingshoofd|teamleider|teamverantwoordelijke)\b"
        + @"|\bwho is (the|my) (\w+ )?(manager|head|director|supervisor|team leader|person responsible)\b"
        + @"|\bwie weet (er )?(meer|iets|alles)\b|\bwie kent (de job|het werk|de functie)\b|\bwho knows (more|about)\b|\bqui (en )?(sait|connait) (plus|davantage|le)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    [GeneratedRegex(
        @"\be ?mail|\bmail\b|\bmailadres|\bcourriel|\badresse mail|\bvragen over\b|\bquestions about\b"
        + @"|\bquestions sur\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Medium();

    [GeneratedRegex(
        @"loon|\bsalaris|\bwedde|\bverloning|\bverdien|\bsalar|\bpay\b|\bremuner|\bbarema|\bsimulatie"
        + @"|\bsimulation|\bsalaire",
        RegexOptions.CultureInvariant)]
    public static partial Regex SalaryTopic();

    [GeneratedRegex(
        @"\bselectie|\bprocedure|\bproef|\bexamen|\btest|\binterview|\bassessment|\bepreuve|\bselection"
        + @"|\bgesprek|\bwervingsreserve",
        RegexOptions.CultureInvariant)]
    public static partial Regex ProcedureTopic();

    [GeneratedRegex(
        @"\binhoud|\bfunctie ?inhoud|\btaken\b|\bjob zelf\b|\bde functie\b|\bcontent\b|\bthe job\b"
        + @"|\bthe role\b|\btasks\b|\bcontenu\b|\bla fonction\b|\btaches\b|\binhoudelijk"
        + @"|\bover (de job|het werk|het takenpakket)\b|\b(technische|praktische) kant\b|\bkant van de (job|functie)\b"
        + @"|\bsur le (travail|poste|job)\b|\babout the (work|job)\b|\bthe work itself\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex ContentTopic();

    [GeneratedRegex(
        @"\bsollicit|\bkandidatuur|\binschrijv|\bapplication|\bapplying\b|\bcandidature|\bpostuler|\bmijn cv\b"
        + @"|\bdossier\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex ApplicationTopic();

    /// <summary>The user asks for a phone number ("telefoonnummer", "can I call", "numéro de téléphone").</summary>
    [GeneratedRegex(
        @"\btelefoon\w*|\bnummer\b|\bbellen\b|\bopbellen\b|\bphone\w*|(?<!\bon )\bcall\b(?! (duty|duties|shifts?|outs?|service|rota|allowance|pay)\b)|\btelephone\w*|\bnumero\b|\bappeler\b|\bgsm ?nummer",
        RegexOptions.CultureInvariant)]
    public static partial Regex PhoneAsked();

    /// <summary>The user asks for an e-mail address.</summary>
    [GeneratedRegex(@"\be ?mail\w*|\bmailadres|\bcourriel|\badresse mail|\bmailen\b", RegexOptions.CultureInvariant)]
    public static partial Regex EmailAsked();
}
