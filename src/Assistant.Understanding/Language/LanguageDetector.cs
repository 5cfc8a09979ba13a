using Assistant.Understanding.Text;

namespace Assistant.Understanding.Language;

/// <summary>
/// Detects the language of a question from its function words, question words, typical domain words, French
/// elisions and accents. Dutch is the default: English or French must clearly win.
/// </summary>
internal static class LanguageDetector
{
    private static readonly Dictionary<string, (float Nl, float En, float Fr)> Weights = BuildWeights();

    public static string Detect(string original, IReadOnlyList<Token> tokens) => DetectScored(original, tokens).Language;

    /// <summary>
    /// The language and whether the words show it clearly: the winner leads by most of a function word, and a message of
    /// at most three words needs more than one such word ("Bachelor", "5", "middelbare school" are not clear; "5 ans" is
    /// not clear enough to leave a running conversation's language, "Et le salaire ?" is).
    /// </summary>
    public static (string Language, bool Confident) DetectScored(string original, IReadOnlyList<Token> tokens)
    {
        var (language, nlScore, enScore, frScore) = Score(original, tokens);
        var scores = new[] { nlScore, enScore, frScore }.OrderDescending().ToArray();
        var top = language switch { "en" => enScore, "fr" => frScore, _ => nlScore };
        var others = language switch { "en" => Math.Max(nlScore, frScore), "fr" => Math.Max(nlScore, enScore), _ => Math.Max(enScore, frScore) };
        var words = tokens.Count(t => t.IsWord);
        var confident = top - others >= 0.9f && (words > 3 || top >= 1.5f) && scores[0] == top;
        return (language, confident);
    }

    private static (string Language, float Nl, float En, float Fr) Score(string original, IReadOnlyList<Token> tokens)
    {
        float nl = 0, en = 0, fr = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord)
            {
                continue;
            }

            if (Weights.TryGetValue(t.Folded, out var w))
            {
                nl += w.Nl;
                en += w.En;
                fr += w.Fr;
            }
            else if (t.Folded.Contains("ij", StringComparison.Ordinal) || t.Folded.EndsWith("heid", StringComparison.Ordinal))
            {
                nl += 0.3f;
            }
            else if (t.Folded.EndsWith("tion", StringComparison.Ordinal) || t.Folded.EndsWith("ment", StringComparison.Ordinal))
            {
                en += 0.15f;
                fr += 0.15f;
            }

            if (t.Folded.EndsWith('\'') && t.Folded.Length <= 6)
            {
                fr += 0.8f;
            }
        }

        var accents = TextFolding.FrenchAccentCount(original);
        fr += Math.Min(accents, 3) * 0.7f;
        if (original.Contains('ë', StringComparison.Ordinal) || original.Contains('ï', StringComparison.Ordinal))
        {
            nl += 0.5f;
        }

        if (en > nl + 0.4f && en >= fr)
        {
            return ("en", nl, en, fr);
        }

        return (fr > nl + 0.4f && fr > en ? "fr" : "nl", nl, en, fr);
    }

    private static Dictionary<string, (float, float, float)> BuildWeights()
    {
        var map = new Dictionary<string, (float Nl, float En, float Fr)>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, int language)
        {
            foreach (var w in words)
            {
                var cur = map.GetValueOrDefault(w);
                map[w] = language switch
                {
                    0 => (1, cur.En, cur.Fr),
                    1 => (cur.Nl, 1, cur.Fr),
                    _ => (cur.Nl, cur.En, 1),
                };
            }
        }

        Add(LanguageWords.Dutch, 0);
        Add(LanguageWords.English, 1);
        Add(LanguageWords.French, 2);

        // A word listed for two languages proves little: half a point each.
        foreach (var key in map.Keys.ToList())
        {
            var (a, b, c) = map[key];
            var count = (a > 0 ? 1 : 0) + (b > 0 ? 1 : 0) + (c > 0 ? 1 : 0);
            if (count > 1)
            {
                map[key] = (a / (2 * count - 2), b / (2 * count - 2), c / (2 * count - 2));
            }
        }

        // Shared words that still lean one way.
        map["de"] = (0.4f, 0, 0.4f);
        map["en"] = (0.4f, 0, 0.3f);
        map["in"] = (0.3f, 0.3f, 0);
        map["is"] = (0.3f, 0.3f, 0);
        map["a"] = (0, 0.4f, 0.4f);
        map["me"] = (0.2f, 0.3f, 0.3f);
        map["je"] = (0.5f, 0, 0.5f);
        map["job"] = (0.1f, 0.1f, 0);
        return map.ToDictionary(kv => kv.Key, kv => (kv.Value.Nl, kv.Value.En, kv.Value.Fr), StringComparer.Ordinal);
    }
}
