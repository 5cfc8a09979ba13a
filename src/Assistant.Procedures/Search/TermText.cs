using System.Text;

namespace Assistant.Procedures.Search;

/// <summary>Folding, word splitting and a light stemmer shared by questions and documents (Dutch first, English and French too).</summary>
public static class TermText
{
    /// <summary>Lower case without accents ("Coördinatie" → "coordinatie"): Core's one accent fold.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Core.Text.TextFold.Fold(text);
    }

    /// <summary>The folded words of <paramref name="text"/> (letters and digits), stop words included.</summary>
    public static List<string> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (folded[i] == '-' && start >= 0 && i + 1 < folded.Length && char.IsLetter(folded[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The content words of <paramref name="text"/> (no stop words, no one-letter words), stemmed.</summary>
    public static List<string> Stems(string text) =>
        Words(text).Where(IsContent).Select(Stem).Where(s => s.Length >= 2).ToList();

    /// <summary>Whether a folded word carries content.</summary>
    public static bool IsContent(string word) => word.Length >= 2 && !Core.Text.StopWords.ProcedureTerms.Contains(word) && !word.All(char.IsDigit);

    /// <summary>
    /// A light stem: plural and verb endings off (-en, -e, -s, a final -t or -d of a long word), doubled vowels and a doubled
    /// final consonant single ("kandidaten"/"kandidaat" → "kandidat", "bewaard"/"bewaren" → "bewar").
    /// </summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.Replace("-", "", StringComparison.Ordinal);
        if (w.Length > 5 && w.EndsWith("en", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 4 && (w.EndsWith('s') || w.EndsWith('e')))
        {
            w = w[..^1];
        }

        if (w.Length > 5 && (w.EndsWith('t') || w.EndsWith('d')) && !IsVowel(w[^2]))
        {
            w = w[..^1];
        }

        var sb = new StringBuilder(w.Length);
        foreach (var c in w)
        {
            if (sb.Length > 0 && sb[^1] == c && IsVowel(c))
            {
                continue;
            }

            sb.Append(c);
        }

        if (sb.Length > 3 && sb[^1] == sb[^2] && !IsVowel(sb[^1]))
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
