using Assistant.Understanding.Classification;
using Assistant.Understanding.Language;

namespace Assistant.Understanding.Vacancies;

/// <summary>
/// Words that never identify a vacancy: function and question words of the three languages, and generic job words
/// ("job", "vacature", "functie", "poste"). Cognates of employer and title words are kept, and so are the rules' key
/// words ("selectie"), which count little but can be part of a title ("deskundige selectie").
/// </summary>
internal static class ResolverStopWords
{
    private static readonly string[] Generic =
    [
        "job", "jobs", "vacature", "vacatures", "functie", "functies", "vacancy", "vacancies", "position", "positions", "post",
        "poste", "postes", "emploi", "emplois", "offre", "offres", "werk", "baan", "rol", "role", "sollicitatie", "kandidaat",
        "kandidatuur", "betrekking", "opening", "openings", "the", "een", "het", "van", "voor", "der", "des", "het", "bij", "als",
        "de", "la", "le", "les", "en", "et", "and", "of", "in", "op", "te", "aan", "met", "du", "au", "aux", "a", "l'", "d'", "qu'",
        "s'", "n'", "c'", "j'", "hoe", "wat", "wie", "waar", "hallo", "dag", "ook", "nog", "graag", "eens", "even", "juist", "precies",
        "alle", "elke", "iedere", "ieder", "andere", "zelfde", "over", "about", "what", "which", "solliciteren", "apply", "postuler",
        "interesse", "geinteresseerd", "interested", "interesse", "interessee", "vraag", "vragen", "question", "questions",
        "uitleg", "info", "informatie", "information", "informations", "mogelijk", "possible",
    ];

    public static HashSet<string> Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var keyWords = new HashSet<string>(DomainLexicon.Words, StringComparer.Ordinal);
        foreach (var w in LanguageWords.Dutch.Concat(LanguageWords.English).Concat(LanguageWords.French).Concat(Generic))
        {
            if (!Cognates.Contains(w) && (!keyWords.Contains(w) || Generic.Contains(w)))
            {
                set.Add(w);
            }
        }

        return set;
    }
}
