using System.Text;
using System.Text.RegularExpressions;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Cleaning;

/// <summary>
/// Turns extracted document text into clean lines: drops boilerplate (ads.txt lines, image paths, cookie
/// banners, page footers, script lines, bare link annotations), normalises bullets to "- ", repairs lines
/// broken in the middle of a sentence and collapses blank runs to one paragraph break.
/// </summary>
public static partial class TextCleaner
{
    private static readonly HashSet<string> BoilerplateLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "close", "sluiten", "snel zoeken", "zoeken", "menu", "home", "terug", "deel deze vacature", "delen", "share",
        "print", "afdrukken", "accepteren", "alle cookies accepteren", "weigeren", "skip to content", "naar inhoud",
        "schematisch:", "schematisch",
    };

    /// <summary>Cleans raw loader text; the result uses '\n' line breaks and single blank lines between paragraphs.</summary>
    public static string Clean(string raw)
    {
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2007', ' ').Replace("\u200B", "", StringComparison.Ordinal)
            .Replace('\t', ' ');
        var lines = text.Split('\n').Select(NormaliseLine).ToList();
        var fullText = string.Join("\n", lines);
        var kept = new List<string>(lines.Count);
        var footerKept = false;
        foreach (var line in lines)
        {
            // "PZ X – vacature 2026/07 – pagina 1 van 2": the page number goes, the letterhead before it is kept once
            // (it is often the only place that names the employer).
            if (!footerKept && FooterPrefix().Match(line) is { Success: true } footer)
            {
                kept.Add(footer.Groups["p"].Value.Trim());
                footerKept = true;
                continue;
            }

            kept.Add(IsBoilerplate(line, fullText) ? "" : line);
        }

        return Join(Repair(kept));
    }

    private static string NormaliseLine(string line)
    {
        // A rule drawn with dashes, equals signs or box characters ("------", "=====", "* * *") frames or underlines a
        // heading in plain text: it separates like a blank line and is no bullet.
        if (RuledHeadings.IsRule(line))
        {
            return "";
        }

        var s = MarkdownLink().Replace(line, "$1");
        s = s.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        s = MultiSpace().Replace(s, " ").Trim();
        var bullet = BulletStart().Match(s);
        if (bullet.Success)
        {
            s = "- " + s[bullet.Length..].TrimStart();
        }

        return s;
    }

    private static bool IsBoilerplate(string line, string fullText)
    {
        if (line.Length == 0)
        {
            return false;
        }

        if (BoilerplateLines.Contains(line) || AdsTxtLine().IsMatch(line) || ImagePath().IsMatch(line) || PageFooter().IsMatch(line)
            || ScriptLine().IsMatch(line) || DotsOnly().IsMatch(line))
        {
            return true;
        }

        if (CookieLine().IsMatch(line) && line.Length < 300)
        {
            return true;
        }

        // A line that is only a link is a link annotation (PDF export) when the address also stands in the text.
        var bare = BareLink().Match(line);
        if (bare.Success && SchemePrefix().IsMatch(line))
        {
            var target = SchemePrefix().Replace(bare.Groups["addr"].Value, "").TrimEnd('/');
            var first = fullText.IndexOf(target, StringComparison.OrdinalIgnoreCase);
            return first >= 0 && first != fullText.LastIndexOf(target, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>
    /// Joins continuation lines: a line without closing punctuation followed (across at most two blank lines) by one
    /// starting in lower case or with a number, unless both are table rows ("cell: cell").
    /// </summary>
    private static List<string> Repair(List<string> lines)
    {
        var result = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                result.Add(line);
                continue;
            }

            while (true)
            {
                var next = NextNonBlank(lines, i, out var blanks);
                if (next >= 0 && blanks == 0 && CellContinuation(line, lines[next]) is { } rest)
                {
                    // A plain-text table whose second column wraps: "Diploma | Een bachelor in X of" + "| Y." is one row.
                    line = line + " " + rest;
                    i = next;
                    continue;
                }

                if (next < 0 || blanks > 2 || !Continues(line, lines[next]))
                {
                    break;
                }

                var join = line.EndsWith('-') && !line.EndsWith(" -", StringComparison.Ordinal) && char.IsLower(lines[next][0])
                    ? (InAddress(line) ? line : line[..^1])
                    : line + " ";
                line = join + lines[next];
                i = next;
            }

            result.Add(line);
        }

        return result;
    }

    /// <summary>
    /// The text of a wrapped cell when <paramref name="next"/> continues the last column of the plain-text table row
    /// <paramref name="line"/>: the row reads "label | text" and the next line has an empty first column ("| more text",
    /// "   |  more text"); null otherwise. Markdown rows ("| a | b |") are whole rows, not continuations.
    /// </summary>
    private static string? CellContinuation(string line, string next)
    {
        if (!next.StartsWith('|') || next.EndsWith('|') || line.StartsWith('|') || line.EndsWith('|') || !line.Contains(" | ", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = next.TrimStart('|').Trim();
        return rest.Length > 0 && !rest.Contains(" | ", StringComparison.Ordinal) ? rest : null;
    }

    /// <summary>True when the line ends inside an e-mail address or web address, whose hyphens are part of the name ("jobs@stad-x-\nvoorbeeld.be").</summary>
    private static bool InAddress(string line)
    {
        var word = line[(line.LastIndexOf(' ') + 1)..];
        return word.Contains('@', StringComparison.Ordinal) || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Continues(string line, string next)
    {
        if (next.StartsWith("- ", StringComparison.Ordinal) || Enumerator().IsMatch(next))
        {
            return false;
        }

        // Rows of a table as the loaders write them ("0 jaar: 17.300,00", "a | b") stay one per line; a line that holds a
        // sentence end ("… (voltijds). Relevante ervaring … wordt") is running text broken off, not a row.
        if (TableRow().IsMatch(line) && TableRow().IsMatch(next) && !SentenceEndInside().IsMatch(line))
        {
            return false;
        }

        // A row of three cells or more ("proef · épreuve: punten: slagen") opens a table, whatever case its first cell starts
        // in: the heading or sentence above it does not run on into it.
        if (MultiCellRow().IsMatch(next))
        {
            return false;
        }

        var last = line[^1];
        if (".!?:;".Contains(last, StringComparison.Ordinal) || line.EndsWith(" …", StringComparison.Ordinal))
        {
            return false;
        }

        // A title or heading in capitals ("COMMUNICATIEMEDEWERKER (m/v/x)") is not continued by a line in lower case
        // ("niveau B - salarisschaal B1-B3 …"); a sentence in capitals broken over lines continues in capitals.
        if (InCapitals(line) && !InCapitals(next))
        {
            return false;
        }

        var first = next[0];
        // "… een minimale jaarwedde van 23.100,00" + "EUR en een maximale …": the currency of an amount broken off its line.
        if (char.IsLower(first) || char.IsDigit(first) || first == '€' || CurrencyCode().IsMatch(next) || (char.IsDigit(last) && CurrencyAfterAmount().IsMatch(next)))
        {
            return true;
        }

        // A date cut off its sentence after "tot en met", "op", "uiterlijk": "… tot en met" + "Maandag 18 januari 2027".
        if (DanglingWord().IsMatch(line) && DateStart().IsMatch(next))
        {
            return true;
        }

        if (first != '(' || next.Length < 2)
        {
            return false;
        }

        // "(bijvoorbeeld …", "(2 jaar …": an aside that goes on with the sentence. "… of gegradueerde verpleegkundige" +
        // "(HBO5 Verpleegkunde).": a bracket that closes the running sentence before it (a long line in lower case, not a title).
        return char.IsLower(next[1]) || char.IsDigit(next[1])
            || (line.Length >= 40 && line.Any(char.IsLower) && ClosingAside().IsMatch(next));
    }

    /// <summary>True when the line's words of three letters or more are all written in capitals (at least one such word); "(m/v/x)" and other slashed words do not count.</summary>
    private static bool InCapitals(string line)
    {
        var words = 0;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = word.Count(char.IsLetter);
            if (letters < 3 || word.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }

            if (word.Any(char.IsLower))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    private static int NextNonBlank(List<string> lines, int i, out int blanks)
    {
        blanks = 0;
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Length > 0)
            {
                return j;
            }

            blanks++;
        }

        return -1;
    }

    private static string Join(List<string> lines)
    {
        var sb = new StringBuilder();
        var blank = true;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blank ? "\n\n" : "\n");
            }

            sb.Append(line);
            blank = false;
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultiSpace();

    /// <summary>
    /// A bullet sign (a plain-text "&gt;" before a word too), or a letter "o" used as one (word processors' second-level bullet) before a capital or before an
    /// article or pronoun that starts a list item ("o een motivatiebrief;", "o je laatste evaluatie").
    /// </summary>
    [GeneratedRegex(@"^(?:[•▪◦●■□►▸·*‣⁃–—➢➤»-]|>(?=\s+\p{L})|o(?= [A-ZÀ-Ý]| (?:een|je|jouw|uw|de|het|kopie|kopieën|attest|bewijs|uittreksel)\b))\s*(?=\S)")]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"^[\w.-]+\.[a-z]{2,}, ?pub-\d+, ?(DIRECT|RESELLER)", RegexOptions.IgnoreCase)]
    private static partial Regex AdsTxtLine();

    [GeneratedRegex(@"^/?[\w./-]*\.(jpe?g|png|gif|svg|webp|bmp)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImagePath();

    [GeneratedRegex(@"^(?:.{0,100}[–|-]\s*)?(pagina|page|blz\.?|p\.)\s*\d+\s*(van|of|/)\s*\d+$|^\d+\s*/\s*\d+$|^-\s*\d+\s*-$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFooter();

    [GeneratedRegex(@"^(?<p>\p{Lu}.{2,100}?)\s*[–|-]\s*(?:pagina|page|blz\.?|p\.)\s*\d+\s*(?:van|of|/)\s*\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex FooterPrefix();

    [GeneratedRegex(@"gtag\(|dataLayer|googletag|window\.|function\s*\(|<script|_gaq|fbq\(|document\.write", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptLine();

    [GeneratedRegex(@"\bcookies?\b.*\b(gebruik|accept|aanvaard|toestemming|voorkeuren|instellingen|consent|utilise)|\b(gebruikt|accepteer|aanvaard)\w*\b.*\bcookies?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieLine();

    [GeneratedRegex(@"^(?:mailto:)?(?<addr>(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareLink();

    [GeneratedRegex(@"^(https?://|mailto:)", RegexOptions.IgnoreCase)]
    private static partial Regex SchemePrefix();

    [GeneratedRegex(@"^[.…\s]+$")]
    private static partial Regex DotsOnly();

    [GeneratedRegex(@"\s(?:tot|met|op|vóór|uiterlijk|laatste|van|naar|om|tegen)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWord();

    [GeneratedRegex(@"^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateStart();

/// <summary>A line that is one bracketed aside closing a sentence: "(HBO5 Verpleegkunde).", "(Vlaamse Gemeenschap);".</summary>
    [GeneratedRegex(@"^\([^().!?]{2,80}\)\s*[.;,]?$")]
    private static partial Regex ClosingAside();

    [GeneratedRegex(@"^[^:|]{1,60}(?::|\s\|)\s+\S")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^[^:|]{1,60}(?::|\s\|)\s+[^:|]{1,60}(?::|\s\|)\s+\S")]
    private static partial Regex MultiCellRow();

    [GeneratedRegex(@"\p{Ll}\)?[.!?]\s+\p{Lu}\p{Ll}")]
    private static partial Regex SentenceEndInside();

    [GeneratedRegex(@"^(\d{1,2}[°)]|\d{1,2}\.\s|[a-z]\)\s|[A-Z]\.\s|[A-Z]\)\s)")]
    private static partial Regex Enumerator();

    /// <summary>An amount written with the currency code first ("EUR 4.067,74"): it carries on the sentence broken before it.</summary>
    [GeneratedRegex(@"^EUR\s?\d")]
    private static partial Regex CurrencyCode();

    /// <summary>A line that opens with the currency of the amount the line before ends on ("EUR en een maximale …", "euro bruto per maand").</summary>
    [GeneratedRegex(@"^(?:EUR|euro)\b(?!\s?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyAfterAmount();
}
