using System.Text;

namespace Assistant.Understanding.Text;

/// <summary>
/// The question as the rules read it: folded words separated by single spaces (with a space before the first and after
/// the last), informal forms expanded, number words before a unit turned into digits ("twee jaar" → "2 jaar") and
/// misspelt key words corrected. Each word remembers the user's token it came from, so a match can quote the
/// user's own words.
/// </summary>
internal sealed class RuleText
{
    private RuleText(string original, string text, string[] words, int[] starts, int[] sources, IReadOnlyList<Token> tokens)
    {
        Original = original;
        Text = text;
        Words = words;
        Starts = starts;
        Sources = sources;
        Tokens = tokens;
    }

    /// <summary>The message as the user wrote it.</summary>
    public string Original { get; }

    /// <summary>" w1 w2 … wn ".</summary>
    public string Text { get; }

    public string[] Words { get; }

    /// <summary>Offset of each word in <see cref="Text"/>.</summary>
    public int[] Starts { get; }

    /// <summary>Index in <see cref="Tokens"/> of the token each word comes from.</summary>
    public int[] Sources { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Builds the rule text from tokens.</summary>
    /// <param name="original">The message as written.</param>
    /// <param name="tokens">The user's tokens.</param>
    /// <param name="language">The detected language (chooses the informal forms to expand).</param>
    /// <param name="correct">Returns the corrected form of an unknown word, or null to keep it.</param>
    public static RuleText Build(string original, IReadOnlyList<Token> tokens, string language, Func<string, string?> correct)
    {
        var words = new List<string>(tokens.Count + 8);
        var sources = new List<int>(tokens.Count + 8);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var expansion = t.IsWord ? TokenExpansions.For(language, t.Folded) : null;
            if (expansion is null)
            {
                words.Add(t.Folded);
                sources.Add(i);
                continue;
            }

            foreach (var w in expansion)
            {
                words.Add(w);
                sources.Add(i);
            }
        }

        QuantityWords.Rewrite(words, sources);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length >= 6 && char.IsLetter(w[0]) && correct(w) is { } fixedWord)
            {
                words[i] = fixedWord;
            }
        }

        var sb = new StringBuilder(words.Sum(w => w.Length + 1) + 1);
        var starts = new int[words.Count];
        sb.Append(' ');
        for (var i = 0; i < words.Count; i++)
        {
            starts[i] = sb.Length;
            sb.Append(words[i]).Append(' ');
        }

        return new RuleText(original, sb.ToString(), [.. words], starts, [.. sources], tokens);
    }

    /// <summary>The same text with the words of the marked tokens replaced by "_" (for rules that must not read them).</summary>
    public RuleText Hide(bool[] tokens)
    {
        if (!tokens.Contains(true))
        {
            return this;
        }

        var words = (string[])Words.Clone();
        for (var i = 0; i < words.Length; i++)
        {
            if (tokens[Sources[i]])
            {
                words[i] = "_";
            }
        }

        var sb = new StringBuilder(Text.Length);
        var starts = new int[words.Length];
        sb.Append(' ');
        for (var i = 0; i < words.Length; i++)
        {
            starts[i] = sb.Length;
            sb.Append(words[i]).Append(' ');
        }

        return new RuleText(Original, sb.ToString(), words, starts, Sources, Tokens);
    }

    /// <summary>The index of the word at or just after <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public int WordAt(int offset)
    {
        var i = Array.BinarySearch(Starts, offset);
        if (i >= 0)
        {
            return i;
        }

        i = ~i;
        // An offset inside a word belongs to the word that starts before it.
        return i > 0 && offset < Starts[i - 1] + Words[i - 1].Length ? i - 1 : Math.Min(i, Words.Length - 1);
    }

    /// <summary>The index of the last word that starts before <paramref name="endOffset"/>.</summary>
    public int WordBefore(int endOffset)
    {
        var i = Array.BinarySearch(Starts, endOffset);
        return i >= 0 ? i - 1 : ~i - 1;
    }

    /// <summary>The user's own text (lower case, accents and hyphens kept) from word <paramref name="from"/> to word <paramref name="to"/> inclusive.</summary>
    public string Quote(int from, int to)
    {
        if (from > to || from >= Words.Length)
        {
            return "";
        }

        to = Math.Min(to, Words.Length - 1);
        var first = Tokens[Sources[from]];
        var last = Tokens[Sources[to]];
        var end = Math.Min(Original.Length, last.Start + last.Lower.Length);
        return first.Start < end ? Original[first.Start..end].ToLowerInvariant() : first.Lower;
    }

    /// <summary>True when word <paramref name="i"/> ends a sentence or clause (. ? ! ; :).</summary>
    public bool IsSentenceEnd(int i) => Words[i] is "." or "?" or "!" or ";" or ":";
}
