namespace Assistant.Understanding.Entities;

/// <summary>Words that end a study field or a domain phrase: function words, verbs of the question, linking words.</summary>
internal static class FieldStops
{
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "en", "and", "et", "maar", "but", "mais", "of", "or", "ou", "kan", "kom", "mag", "ben", "heb", "wil", "zou", "is", "was", "can",
        "may", "am", "have", "do", "would", "peux", "puis", "suis", "ai", "est", "om", "to", "voor", "for", "pour", "wat", "what", "quel",
        "hoeveel", "how", "combien", "nog", "wel", "al", "geen", "behaald", "gehaald", "nodig", "vereist", "met", "zonder", "bij", "in",
        "als", "with", "without", "at", "as", "avec", "sans", "chez", "dans", "op", "on", "sur", "from", "uit", "van", "de", "het", "een",
        "the", "a", "an", "la", "le", "les", "du", "des", "un", "une", "ik", "i", "je", "j'", "mijn", "my", "mon", "ma", "dat", "die",
        "that", "which", "qui", "que", "qu'", "diploma", "degree", "diplome", "ervaring", "experience", "werkervaring", "jaar", "years",
        "year", "ans", "an", "niet", "not", "pas", "ook", "also", "aussi", "heeft", "has", "hebt", "afgestudeerd", "graduated", "behaalde",
        "haalde", "obtenu", "obtained", "completed", "afgerond", "voldoende", "genoeg", "enough", "ongeveer", "about", "environ",
        "solliciteren", "apply", "postuler", "sinds", "since", "depuis", "momenteel", "currently", "actuellement", "nu", "now",
        "maintenant", "gestudeerd", "studied", "dus", "so", "donc", "hier", "here", "ici", "daar", "there", "la", "zijn", "are", "sont",
        "kon", "could", "pourrais", "werk", "work", "travaille", "hoe", "wanneer", "when", "quand", "waar", "where", "ou", "welke",
        "gedaan", "gevolgd", "afgewerkt", "done", "fait", "suivi", "gehad",
    };
}
