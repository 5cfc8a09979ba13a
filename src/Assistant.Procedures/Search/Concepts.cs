namespace Assistant.Procedures.Search;

/// <summary>
/// The vocabulary of HR procedures as concepts shared by Dutch, English and French: a question in any of the three
/// matches Dutch documents through them ("selection board", "jury", "comité de sélection" → committee). Entries are
/// folded word beginnings; "*x" matches x anywhere in a word (compound parts: "selectiecommissie"); an entry with a
/// space is a phrase. Domain words only: nothing here belongs to one employer.
/// </summary>
public static class Concepts
{
    private static readonly (string Name, string[] Words)[] Table =
    [
        ("committee", ["*commissie", "jury", "juryle", "selectiejury", "committee", "board", "panel", "comite", "commission"]),
        ("publication", ["publicat", "publiceer", "publiceren", "gepubliceerd", "bekendmak", "bekendgemaakt", "oproep", "publish", "advertis", "publier", "publie", "parution", "vacaturebericht", "call for"]),
        ("closing", ["uiterste", "sluit", "afsluit", "closing", "close", "deadline", "cloture", "clotur", "date limite", "kandidaatstelling", "inschrijvingsdatum", "inschrijvingstermijn", "kandidaatstellingstermijn", "candidature", "applications"]),
        ("term", ["termijn", "*termijn", "period", "delai", "duur", "duration"]),
        ("probation", ["proeftijd", "proefperiode", "probation", "trial period", "periode d essai", "periode d'essai", "stage", "essai"]),
        ("reserve", ["*reserve", "reserve", "wervingsreserve", "pool"]),
        ("extend", ["verleng", "extend", "extension", "prolong", "renew"]),
        ("retention", ["bewaar", "bewar", "bewaart", "vernietig", "gewist", "wissen", "verwijder", "retain", "retention", "keep", "kept", "stored", "store", "conserv", "delete", "destroy", "detrui", "supprim"]),
        ("data", ["gegeven", "persoonsgegeven", "dossier", "kandidatuurdossier", "data", "donnee", "file", "record", "sollicitatiegegeven"]),
        ("candidate", ["kandida", "sollicitant", "candidat", "applicant"]),
        ("invite", ["uitnodig", "uitgenodig", "uitnodiging", "opgeroepen", "oproeping", "invite", "invitation", "convoc", "notice", "op voorhand", "vooraf", "in advance", "a l avance"]),
        ("result", ["resultat", "resultaat", "uitslag", "result", "score", "outcome"]),
        ("notify", ["op de hoogte", "meegedeeld", "kennisgeving", "inform", "notif", "e-mail met", "told", "communiqu", "averti"]),
        ("pass", ["slag", "slaagt", "geslaagd", "halen", "haalt", "behaal", "behalen", "gehaald", "pass", "reuss", "procent", "percent", "pourcentage", "percentage", "%"]),
        ("failed", ["niet-geslaagd", "niet geslaagd", "niet-weerhouden", "niet weerhouden", "unsuccessful", "failed", "non retenu", "rejected", "non-retenu"]),
        ("first-day", ["eerste dag", "eerste werkdag", "first day", "first working day", "premier jour", "startdag", "indiensttreding", "start date", "entree en service", "entre en service"]),
        ("hand-in", ["meebreng", "brengt", "mee", "afgeven", "afgeeft", "bezorg", "binnenbreng", "inlever", "hand in", "bring", "apporte", "remet", "fourni", "submit"]),
        ("newcomer", ["nieuw", "new", "nouveau", "nouvel", "nouvelle", "starter", "newcomer"]),
        ("employee", ["collega", "personeelslid", "medewerker", "colleague", "employee", "staff member", "agent", "collegue", "membre du personnel", "werknemer"]),
        ("decide", ["beslis", "bevoegd", "goedkeur", "keurt", "stelt", "decide", "approve", "authority", "decid", "approuv", "competen", "who decides"]),
        ("appoint", ["aanstel", "aangesteld", "aanstelling", "appoint", "nomm", "nomination", "recruit"]),
        ("evaluation", ["evaluat", "beoordel", "appraisal", "evaluation", "review"]),
        ("inspection", ["inzage", "inzien", "inspect", "consult", "access to", "see their", "view"]),
        ("vacancy", ["vacature", "vacant", "vacancy", "job", "post", "poste", "betrekking", "functie"]),
        ("steps", ["stap", "step", "etape", "procedure", "checklist", "fase", "werkwijze", "how do i", "comment"]),
        ("closed-days", ["sluitingsdag", "feestdag", "gesloten", "holiday", "closed", "ferme", "ferie", "jours feries"]),
        ("composition", ["samenstel", "samengesteld", "bestaat uit", "telt", "leden", "lid", "zetel", "member", "sit on", "compos", "membre", "siege", "zit"]),
        ("family", ["familie", "familielid", "verwant", "aanverwant", "bloedverwant", "bloed", "relative", "family", "famille", "parent"]),
        ("person", ["voorzitter", "lid", "leden", "deskundige", "directeur", "college", "leidinggevende", "medewerker", "secretaris", "raad", "burgemeester", "schepen", "consulent", "overheid", "personeelsdienst", "evaluator", "jury", "juryleden"]),
        ("chair", ["voorzitter", "chair", "president"]),
        ("secretary", ["secretaris", "secretariaat", "secretary", "secretaire", "secretariat"]),
        ("external", ["extern", "external", "exterieur", "niet verbonden", "outside"]),
        ("confidential", ["geheim", "confidential", "secret", "discret"]),
        ("refuse", ["weiger", "refuse", "decline", "refus"]),
        ("opening-hours", ["bereikbaar", "openingsur", "opening hours", "reachable", "heures d ouverture", "ouvert"]),
        ("phone", ["telefo", "phone", "telephon", "bellen", "belt"]),
        ("badge", ["badge", "sleutel", "key", "cle"]),
        ("medical", ["medisch", "medical", "medical exam", "medic", "arbeidsgeneesheer", "preventiedienst"]),
        ("letter", ["brief", "letter", "lettre"]),
        ("diploma", ["diploma", "degree", "diplome"]),
        ("criminal-record", ["strafregister", "criminal record", "casier"]),
        ("identity", ["identiteit", "identity", "id card", "identite"]),
    ];

    /// <summary>The concept names a text touches, as features "#name".</summary>
    public static IEnumerable<string> Of(string foldedText, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(foldedText);
        ArgumentNullException.ThrowIfNull(words);
        var padded = " " + foldedText.Replace('\'', ' ').Replace('’', ' ') + " ";
        foreach (var (name, entries) in Table)
        {
            if (entries.Any(e => Matches(e, padded, words)))
            {
                yield return "#" + name;
            }
        }
    }

    /// <summary>Whether a folded word belongs to the concept <paramref name="name"/> (without '#').</summary>
    public static bool Has(string name, string foldedText) =>
        Of(foldedText, TermText.Words(foldedText)).Contains("#" + name);

    private static bool Matches(string entry, string padded, IReadOnlyList<string> words)
    {
        if (entry.Contains(' ', StringComparison.Ordinal) || entry == "%")
        {
            return padded.Contains(entry == "%" ? "%" : " " + entry, StringComparison.Ordinal);
        }

        if (entry[0] == '*')
        {
            var part = entry[1..];
            return words.Any(w => w.Contains(part, StringComparison.Ordinal));
        }

        return entry.Length < 4 ? words.Any(w => w == entry) : words.Any(w => w.StartsWith(entry, StringComparison.Ordinal));
    }
}
