namespace Assistant.Knowledge.Index;

/// <summary>Paragraphs, list items and sentences of a text range, as offset pairs (trimmed of white space).</summary>
internal static class TextUnits
{
    private const string Bullets = "•▪◦‣·-–—*●○■□➢►✓✔";
    private const string Terminal = ".!?:;";

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bv", "bijv", "nl", "nr", "art", "enz", "ca", "incl", "excl", "min", "max", "tel", "dhr", "mevr", "mr", "dr",
        "prof", "blz", "vb", "o.a", "d.w.z", "m.a.w", "i.p.v", "t.e.m", "t.a.v", "m.b.t", "z.g.a", "resp", "evt", "jr",
        "st", "ir", "ing", "lic", "vnl", "cfr", "zgn", "etc", "ong", "mio", "a.s", "o.l.v", "p",
    };

    /// <summary>Paragraphs and list items in [start, end); lines broken inside a sentence are joined.</summary>
    public static IEnumerable<(int Start, int End)> Items(string text, int start, int end)
    {
        var itemStart = -1;
        var itemEnd = -1;
        var blankSince = false;
        var lineStart = start;
        while (lineStart < end)
        {
            var newline = text.IndexOf('\n', lineStart, end - lineStart);
            var lineEnd = newline < 0 ? end : newline;
            var (s, e) = Trim(text, lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (s >= e)
            {
                blankSince = true;
                continue;
            }

            var continues = itemStart >= 0 && !IsBullet(text, s, e) &&
                (!blankSince || (Terminal.IndexOf(text[itemEnd - 1], StringComparison.Ordinal) < 0 && (char.IsLower(text[s]) || text[itemEnd - 1] == ',')));
            if (continues)
            {
                itemEnd = e;
            }
            else
            {
                if (itemStart >= 0)
                {
                    yield return (itemStart, itemEnd);
                }

                (itemStart, itemEnd) = (s, e);
            }

            blankSince = false;
        }

        if (itemStart >= 0)
        {
            yield return (itemStart, itemEnd);
        }
    }

    /// <summary>The sentences in [start, end).</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text, int start, int end)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?') || i + 1 >= end || !char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            var next = i + 1;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !StartsSentence(text[next]) || (c == '.' && IsAbbreviation(text, sentenceStart, i)))
            {
                continue;
            }

            yield return (sentenceStart, i + 1);
            sentenceStart = next;
            i = next - 1;
        }

        var (s, e) = Trim(text, sentenceStart, end);
        if (s < e)
        {
            yield return (s, e);
        }
    }

    /// <summary>[start, end) cut at white space into pieces of at most <paramref name="max"/> characters.</summary>
    public static IEnumerable<(int Start, int End)> HardWrap(string text, int start, int end, int max)
    {
        while (end - start > max)
        {
            var cut = text.LastIndexOfAny([' ', '\n', '\t'], start + max - 1, max - 1);
            if (cut <= start)
            {
                cut = start + max;
            }

            var (s, e) = Trim(text, start, cut);
            if (s < e)
            {
                yield return (s, e);
            }

            start = cut;
        }

        var (ls, le) = Trim(text, start, end);
        if (ls < le)
        {
            yield return (ls, le);
        }
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || Bullets.Contains(c, StringComparison.Ordinal) || c is '"' or '\'' or '(' or '‘' or '“' or '€';

    /// <summary>Whether the line at [s, e) starts with a bullet or a list number.</summary>
    public static bool IsBullet(string text, int s, int e)
    {
        if (Bullets.Contains(text[s], StringComparison.Ordinal))
        {
            return true;
        }

        var i = s;
        while (i < e && i - s < 3 && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > s && i < e - 1 && text[i] is ')' or '.' && text[i + 1] == ' ' && (char.IsDigit(text[s]) || i - s == 1);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word.ToString());
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
