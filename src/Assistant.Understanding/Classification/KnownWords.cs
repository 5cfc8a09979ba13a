using Assistant.Understanding.Language;

namespace Assistant.Understanding.Classification;

/// <summary>Words that are spelt right as they are and must not be "corrected" to a key word.</summary>
internal static class KnownWords
{
    private static readonly string[] Common =
    [
        "werken", "werkt", "gewerkt", "werkte", "weken", "dagen", "maanden", "jaren", "mensen", "krijgen", "kunnen", "moeten",
        "zouden", "willen", "hebben", "worden", "geweest", "gehaald", "behaald", "haalde", "behaalde", "vragen", "vraagt", "gevraagd",
        "graag", "welke", "andere", "nieuwe", "eerste", "tweede", "laatste", "volgende", "vorige", "binnen", "buiten", "tijdens",
        "sinds", "onder", "tussen", "zonder", "waarom", "wanneer", "hoeveel", "ongeveer", "precies", "misschien", "eigenlijk",
        "natuurlijk", "bedankt", "alstublieft", "hallo", "collega's", "sollicitatiegesprek", "verdiende", "verdient", "verdienen",
        "starten", "beginnen", "stoppen", "sluiten", "sluit", "openen", "staan", "staat", "zitten", "liggen", "ligt", "gaan", "komen",
        "kennen", "weten", "denken", "vinden", "zoeken", "schrijven", "sturen", "stuur", "versturen", "gestuurd", "betalen",
        "betaalt", "betaald", "bedragen", "bedraagt", "bedrag", "maximum", "minimum", "geldig", "verlengd", "verlengbaar",
        "meenemen", "honden", "kanalen", "beheert", "samenwerken", "meedoen", "deelnemen", "worden", "geworden", "geslaagd",
        "gezakt", "dienst", "diensten", "functie", "functies", "vereist", "verplicht", "nodig", "needed", "where", "which", "there",
        "their", "would", "could", "should", "still", "apply", "applied", "applying", "written", "within", "without", "please",
        "thanks", "hello", "after", "before", "other", "others", "people", "working", "worked", "months", "weeks", "years",
        "quelle", "quelles", "quels", "combien", "comment", "pourquoi", "encore", "toujours", "depuis", "pendant", "travail",
        "travailler", "semaines", "heures", "merci", "bonjour", "personnes", "ecrit", "orale", "mondelinge", "schriftelijke",
        "thuisopdracht", "opdrachten", "interviews", "gesprekken", "proeven", "testen", "punten", "resultaat", "resultaten",
        "candidate", "candidates", "candidat", "candidats", "internal", "external", "interne", "externe", "position", "positions",
        "applicant", "applicants", "employee", "employer", "employeur", "interest", "interested", "intervention", "internship",
        "stagiair", "stage", "interim", "contracts", "contrat", "contract", "contracten", "vacation", "vacations", "holiday",
        "salaries", "salarie", "salaires", "document", "diplomas", "diplomes", "degrees", "experiences", "selections",
        // French verb forms a few letters from an English key word ("passer" is not "passed").
        "passer", "passez", "passent", "passera", "passerai", "passerons", "passes", "passage",
    ];

    public static IEnumerable<string> All() => Common.Concat(LanguageWords.Dutch).Concat(LanguageWords.English).Concat(LanguageWords.French);
}
