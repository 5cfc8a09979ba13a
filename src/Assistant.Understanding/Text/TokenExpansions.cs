namespace Assistant.Understanding.Text;

/// <summary>
/// Informal spellings and contractions rewritten to standard words before the rules run: Flemish chat forms
/// ("kzou" → "ik zou", "ge" → "je", "da" → "dat", "nen" → "een") and English contractions ("don't" → "do not").
/// Applied only for the detected language, since e.g. "ne" is Flemish for "een" but French negation.
/// </summary>
internal static class TokenExpansions
{
    private static readonly Dictionary<string, string[]> Dutch = Build(
        "kzou=ik zou", "kheb=ik heb", "kben=ik ben", "kwil=ik wil", "kmag=ik mag", "kkan=ik kan", "kga=ik ga",
        "kweet=ik weet", "kmoet=ik moet", "khad=ik had", "kwas=ik was", "khoop=ik hoop", "kvind=ik vind",
        "kan'k=kan ik", "mag'k=mag ik", "heb'k=heb ik", "ben'k=ben ik", "zou'k=zou ik", "moet'k=moet ik", "had'k=had ik",
        "kannek=kan ik", "magek=mag ik", "hebbek=heb ik", "benek=ben ik", "zoudek=zou ik", "moetek=moet ik",
        "'k=ik", "k=ik", "ge=je", "gij=jij", "gulle=jullie", "da=dat", "dak=dat ik", "wa=wat", "nen=een", "ne=een",
        "zijde=ben je", "hebde=heb je", "hedde=heb je", "kunde=kun je", "kunt=kan", "moete=moet je",
        "tis=het is", "'t=het", "t=het", "ni=niet", "nie=niet", "wnr=wanneer", "hvl=hoeveel", "vr=voor",
        "gn=geen", "mss=misschien", "zn=zijn", "mn=mijn", "m'n=mijn", "z'n=zijn", "dipl=diploma", "sollic=solliciteren",
        "hoelang=hoe lang");

    private static readonly Dictionary<string, string[]> English = Build(
        "i'm=i am", "im=i am", "i've=i have", "ive=i have", "i'd=i would", "i'll=i will", "don't=do not", "dont=do not",
        "doesn't=does not", "doesnt=does not", "can't=can not", "cant=can not", "cannot=can not", "won't=will not",
        "isn't=is not", "aren't=are not", "haven't=have not", "havent=have not", "hasn't=has not", "didn't=did not",
        "didnt=did not", "wouldn't=would not", "what's=what is", "whats=what is", "when's=when is", "where's=where is",
        "who's=who is", "how's=how is", "there's=there is", "it's=it is", "that's=that is", "u=you", "ur=your",
        "pls=please", "plz=please", "thx=thanks", "ty=thank you", "wanna=want to", "gonna=going to", "yrs=years", "yr=year");

    private static readonly Dictionary<string, string[]> French = Build(
        "chuis=je suis", "jsuis=je suis", "svp=s'il vous plait", "stp=s'il te plait", "aujourd'hui=aujourd'hui",
        "bjr=bonjour", "slt=salut", "pcq=parce que", "qd=quand", "cb=combien");

    /// <summary>The standard words for <paramref name="folded"/> in <paramref name="language"/>, or null when it is standard already.</summary>
    public static string[]? For(string language, string folded)
    {
        var table = language switch
        {
            "en" => English,
            "fr" => French,
            _ => Dutch,
        };
        return table.TryGetValue(folded, out var words) && (words.Length != 1 || words[0] != folded) ? words : null;
    }

    private static Dictionary<string, string[]> Build(params string[] pairs)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            map[pair[..eq]] = pair[(eq + 1)..].Split(' ');
        }

        return map;
    }
}
