namespace Assistant.Understanding.Classification;

/// <summary>
/// Words that carry no question of their own: function words, generic job words and "interested". A message made of
/// these plus a vacancy reference ("En in Zonnebeek?", "Ik ben geïnteresseerd in de job bij Meerdonk.") asks nothing new.
/// </summary>
internal static class FillerWords
{
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "en", "in", "bij", "voor", "van", "de", "het", "een", "met", "op", "naar", "te", "daar", "dan", "ook", "nog", "eens",
        "wat", "hoe", "zit", "zat", "het", "met", "die", "dat", "job", "jobs", "vacature", "functie", "baan", "post", "ik", "ben",
        "heb", "interesse", "geinteresseerd", "geintereseerd", "zou", "graag", "meer", "weten", "over", "willen", "wil", "en",
        "and", "what", "about", "for", "the", "at", "of", "with", "how", "i", "am", "interested", "a", "an", "job", "position",
        "vacancy", "role", "tell", "me", "more", "please", "et", "pour", "la", "le", "les", "l'", "a", "au", "aux", "du", "de",
        "d'", "chez", "je", "suis", "interesse", "interessee", "poste", "emploi", "offre", "alors", "sinon", "ou", "quoi",
        "hallo", "hello", "hi", "bonjour", "dag", "ok", "oke", "okay", "eh", "euh", "uhm", "en", "hmm", "also", "too", "aussi",
        "i'm", "im", "i'd", "i've", "sorry", "excuseer", "pardon", "nee", "neen", "ja", "no", "yes", "non", "oui", "bedoel", "bedoelde",
        "bedoelt", "meant", "mean", "voulais", "dire", "plutot", "rather", "eigenlijk", "wel", "toch", "niet", "not", "instead",
        "plaats", "pas", "mais", "maar", "but", "liever", "dan", "then", "alors", "donc", "dus", "juist", "correct", "exact",
    };
}
