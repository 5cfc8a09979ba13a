using Assistant.Core.Text;

namespace Assistant.Understanding.Text;

/// <summary>
/// Rewrites spelled-out quantities before a unit into digits, so that rules only need to read digits:
/// "twee jaar" → "2 jaar", "anderhalf jaar" → "1,5 jaar", "twee en een half jaar" → "2,5 jaar", "a year" → "1 year",
/// "twenty five years" → "25 years", "un an et demi" → "1,5 an".
/// </summary>
internal static class QuantityWords
{
    /// <summary>Words that count something: years, months, weeks, days, points.</summary>
    public static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "werkdagen", "punten", "punt",
        "year", "years", "month", "months", "weeks", "day", "days", "points", "point", "jr", "mnd", "yr", "yrs", "mth", "mths",
        "an", "ans", "annee", "annees", "mois", "semaine", "semaines", "jour", "jours",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "een", "a", "an", "un", "une" };

    public static void Rewrite(List<string> words, List<int> sources)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!TryNumber(words, i, out var value, out var length))
            {
                continue;
            }

            var unit = i + length;
            if (unit >= words.Count || !Units.Contains(words[unit]))
            {
                continue;
            }

            // "un an et demi", "5 jaar en half", "2 jaar en een half" after the unit.
            var tail = 0;
            if (unit + 2 < words.Count && words[unit + 1] is "et" or "en" && words[unit + 2] is "demi" or "demie" or "half")
            {
                value += 0.5m;
                tail = 2;
            }
            else if (unit + 3 < words.Count && words[unit + 1] is "en" && words[unit + 2] is "een" && words[unit + 3] is "half")
            {
                value += 0.5m;
                tail = 3;
            }

            var text = NumberWords.Format(value);
            if (length == 1 && words[i] == text && tail == 0)
            {
                continue;
            }

            words[i] = text;
            words.RemoveRange(i + 1, length - 1);
            sources.RemoveRange(i + 1, length - 1);
            if (tail > 0)
            {
                words.RemoveRange(i + 2, tail);
                sources.RemoveRange(i + 2, tail);
            }
        }
    }

    private static bool TryNumber(List<string> words, int i, out decimal value, out int length)
    {
        var w = words[i];
        length = 1;
        value = 0;
        if (w is "anderhalf" or "anderhalve")
        {
            value = 1.5m;
            return true;
        }

        if (w is "een" or "a" && i + 1 < words.Count && words[i + 1] is "half" or "halve")
        {
            value = 0.5m;
            length = 2;
            return true;
        }

        if (w is "half" && i + 1 < words.Count && words[i + 1] is "a" or "een")
        {
            value = 0.5m;
            length = 2;
            return true;
        }

        if (NumberWords.Digits(w) is { } digits)
        {
            value = digits;
        }
        else if (Articles.Contains(w))
        {
            value = 1;
        }
        else if (NumberWords.Word(w) is { } n)
        {
            value = n;
            if (NumberWords.IsTens(w) && i + 1 < words.Count && NumberWords.Word(words[i + 1]) is { } u and > 0 and < 10)
            {
                value += u;
                length = 2;
            }
        }
        else
        {
            return false;
        }

        // "twee en een half jaar", "two and a half years".
        if (i + length + 2 < words.Count && words[i + length] is "en" or "and" && words[i + length + 1] is "een" or "a"
            && words[i + length + 2] is "half" or "halve")
        {
            value += 0.5m;
            length += 3;
        }

        return true;
    }
}
