using Assistant.Core.Text;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>The words around a number of years that <see cref="ExperienceRules"/> reads: up to the previous or next quantity, the clause end, experience words.</summary>
internal static class ExperienceWindows
{
    public static readonly HashSet<string> YearUnits = new(StringComparer.Ordinal) { "jaar", "jaren", "jr", "year", "years", "yr", "yrs", "an", "ans", "annee", "annees" };
    public static readonly HashSet<string> MonthUnits = new(StringComparer.Ordinal) { "maand", "maanden", "mnd", "month", "months", "mth", "mths", "mois" };

    public static int PreviousNumberEnd(RuleText t, int i, int sentence)
    {
        for (var k = i - 1; k > sentence; k--)
        {
            if (NumberWords.Digits(t.Words[k - 1]) is not null && (YearUnits.Contains(t.Words[k]) || MonthUnits.Contains(t.Words[k])))
            {
                return k + 1;
            }
        }

        return sentence;
    }

    public static int RightEnd(RuleText t, int from)
    {
        var w = t.Words;
        for (var k = from; k < w.Length && k < from + 12; k++)
        {
            if (t.IsSentenceEnd(k) || w[k] is "," or "maar" or "but" or "mais" || (k + 1 < w.Length && NumberWords.Digits(w[k]) is not null
                && (YearUnits.Contains(w[k + 1]) || MonthUnits.Contains(w[k + 1]))))
            {
                return k;
            }
        }

        return Math.Min(w.Length, from + 12);
    }

    public static bool HasExperienceWord(RuleText t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (ExperienceKinds.ExperienceWord().IsMatch(t.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    public static int LastExperienceWord(RuleText t, int from, int to)
    {
        for (var k = Math.Min(to, t.Words.Length) - 1; k >= from; k--)
        {
            if (ExperienceKinds.ExperienceWord().IsMatch(t.Words[k]))
            {
                return k;
            }
        }

        return -1;
    }
}
