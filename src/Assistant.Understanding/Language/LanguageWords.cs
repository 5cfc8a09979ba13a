namespace Assistant.Understanding.Language;

/// <summary>
/// Function words, question words and typical domain words of Dutch (with Flemish chat forms), English and French,
/// folded (no accents). Words shared by two languages ("de", "in", "je", "en") are left out: they prove nothing.
/// </summary>
internal static class LanguageWords
{
    public static readonly string[] Dutch =
    [
        "ik", "jij", "u", "uw", "mijn", "mij", "me", "het", "een", "van", "voor", "met", "zonder", "wat", "wie", "waar",
        "wanneer", "hoe", "hoeveel", "hoelang", "welke", "welk", "ben", "heb", "hebt", "heeft", "hebben", "kan", "kun",
        "kunt", "kunnen", "mag", "mogen", "moet", "moeten", "zou", "zouden", "nog", "niet", "geen", "maar", "ook", "als",
        "bij", "naar", "op", "aan", "om", "te", "tot", "dat", "die", "er", "al", "wel", "dan", "of", "kom", "word",
        "wordt", "worden", "gaat", "krijg", "krijgen", "verdien", "verdienen", "solliciteren", "vacature", "vacatures",
        "hallo", "bedankt", "dank", "alstublieft", "aub", "graag", "deze", "dit", "zijn", "uit", "hoi", "goedemorgen",
        "dag", "jullie", "onze", "ons", "mag", "ervaring", "diploma", "loon", "wedde", "jaar", "dagen", "wil", "weten",
        "kzou", "ge", "gij", "da", "nen", "wa", "kheb", "kben", "kan'k", "mag'k", "'k", "zijde", "hebde", "moet'k",
        "nie", "ni", "tis", "hier", "daar", "waarom", "zal", "zullen", "moest", "had", "hoe", "veel", "tegen", "sinds",
        "werk", "werken", "job", "welke", "nodig", "proef", "selectie", "verloopt", "geslaagd", "haalde", "kandidaat",
        "aanmerking", "voorwaarden", "salaris", "bruto", "netto", "uiterste", "datum", "wervingsreserve", "geldig",
        "contacteren", "documenten", "indienen", "vakantiedagen", "maaltijdcheques", "nu", "eigenlijk", "even", "nog",
        "oke", "staan", "open", "zitten", "wordt", "meer", "minder", "hun", "zij", "ze", "we", "wij", "jou", "jouw", "mee",
    ];

    public static readonly string[] English =
    [
        "i", "you", "the", "an", "of", "for", "with", "without", "what", "who", "where", "when", "how", "which", "are",
        "am", "do", "does", "did", "have", "has", "can", "could", "may", "must", "should", "would", "will", "my", "your",
        "to", "apply", "salary", "still", "not", "no", "and", "or", "there", "this", "that", "it", "be", "get", "hi",
        "hello", "thanks", "thank", "please", "yes", "degree", "pay", "earn", "many", "much", "long",
        "job", "position", "vacancy", "vacancies", "jobs", "any", "about", "at", "from", "by", "after", "before", "if",
        "need", "years", "year", "experience", "requirements", "benefits", "holidays", "leave", "documents", "send",
        "whom", "contact", "written", "oral", "passed", "pass", "got", "scored", "next",
        "round", "until", "apply", "applying", "application", "eligible", "qualify", "bachelor's", "master's",
        "high", "school", "today", "tomorrow", "week", "days", "open", "close", "closing", "currently", "also", "is",
        "wage", "gross", "net", "monthly", "month", "work", "working", "worked", "report", "reports",
        "colleagues", "tasks", "hey", "good", "morning", "bye", "goodbye", "'s", "me", "our", "their",
        "they", "we", "us", "so", "then", "than", "some", "all", "every", "on", "into", "over", "under", "between",
        "library", "librarian", "nurse", "nurses", "nursing", "hospital", "police", "municipality", "council", "clerk",
        "worker", "officer", "employer", "allowance", "shifts", "night", "nights", "weekday",
    ];

    public static readonly string[] French =
    [
        "je", "j'", "tu", "vous", "le", "la", "les", "l'", "un", "une", "des", "du", "d'", "pour", "avec", "sans", "quel",
        "quelle", "quels", "quelles", "qui", "quand", "comment", "combien", "ou", "est", "sont", "suis", "ai", "avez",
        "avons", "puis", "peux", "peut", "pouvez", "dois", "doit", "devez", "mon", "ma", "mes", "votre", "vos", "au",
        "aux", "et", "mais", "ne", "n'", "pas", "plus", "encore", "y", "bonjour", "merci", "salut", "poste", "emploi",
        "salaire", "candidature", "postuler", "diplome", "qu'", "c'", "s'", "il", "elle", "ce", "cette", "ces", "dans",
        "sur", "par", "chez", "jusqu'", "aujourd'hui", "combien", "jours", "ans", "annees", "experience", "epreuve",
        "entretien", "reussi", "conges", "avantages", "cheques", "repas", "contacter", "documents", "offres", "offre",
        "ouvert", "ouverts", "ouvertes", "fermee", "date", "limite", "bachelier", "secondaire", "travail", "travailler",
        "gagner", "gagne", "brut", "mois", "semaine", "quoi", "faut", "faire", "etre", "avoir", "veux", "voudrais",
        "aimerais", "savoir", "selection", "recrutement", "chambre", "ville", "commune",
        "notre", "nos", "leur", "leurs", "nous", "ils", "elles", "on", "si", "lorsque", "apres", "avant", "depuis",
    ];
}
