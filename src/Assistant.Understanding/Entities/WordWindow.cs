using System.Text;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>Looking around a word of the rule text: sentence bounds, words before and after, masking.</summary>
internal static class WordWindow
{
    /// <summary>True when one of <paramref name="words"/> occurs in the <paramref name="span"/> words before word <paramref name="i"/>, within its sentence (and before any of <paramref name="breaks"/>).</summary>
    public static bool Before(string[] w, int i, int span, HashSet<string> words, HashSet<string>? breaks = null)
    {
        for (var k = i - 1; k >= 0 && k >= i - span; k--)
        {
            if (words.Contains(w[k]))
            {
                return true;
            }

            if (w[k] is "." or "?" or "!" or ";" || (breaks is not null && breaks.Contains(w[k])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="words"/> occurs in the <paramref name="span"/> words from <paramref name="from"/>, within the sentence.</summary>
    public static bool After(string[] w, int from, int span, HashSet<string> words)
    {
        for (var k = from; k < w.Length && k < from + span; k++)
        {
            if (words.Contains(w[k]))
            {
                return true;
            }

            if (w[k] is "." or "?" or "!" or ";")
            {
                return false;
            }
        }

        return false;
    }

    public static int SentenceStart(RuleText t, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (t.IsSentenceEnd(k))
            {
                return k + 1;
            }
        }

        return 0;
    }

    public static int SentenceEnd(RuleText t, int i)
    {
        for (var k = i; k < t.Words.Length; k++)
        {
            if (t.IsSentenceEnd(k))
            {
                return k;
            }
        }

        return t.Words.Length;
    }

    public static string Window(RuleText t, int from, int to)
    {
        var sb = new StringBuilder(" ");
        for (var k = Math.Max(0, from); k < to && k < t.Words.Length; k++)
        {
            sb.Append(t.Words[k]).Append(' ');
        }

        return sb.ToString();
    }

    public static void Mask(bool[] masked, int from, int to)
    {
        for (var k = Math.Max(0, from); k <= to && k < masked.Length; k++)
        {
            masked[k] = true;
        }
    }
}
