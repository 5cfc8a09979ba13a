using System.Text.RegularExpressions;
using Assistant.Knowledge.Cleaning;
using Assistant.Procedures.Library;

namespace Assistant.Procedures.Structure;

/// <summary>
/// Splits the cleaned text of a general document into units by its structure: chapter headings ("Titel II",
/// "Hoofdstuk 3.", "Afdeling 1") and other headings, numbered articles ("Art. 12. §1.", "Artikel 31. § 2.") with their
/// paragraphs and enumerations (1°, a)), numbered steps ("Stap 2.", "3.", "4)"), bullet and checklist items, and table
/// rows ("cell: cell", the first row of a table being its header). Works on any document of the genre: nothing here
/// knows one employer's texts.
/// </summary>
public static partial class StructureParser
{
    /// <summary>The units of one document, in order.</summary>
    public static IReadOnlyList<ProcedureUnit> Parse(string text, IReadOnlyList<string> headingHints, string document, DocumentMeta meta)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(meta);
        var hints = new HashSet<string>(headingHints.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        var lines = text.Split('\n');
        var units = new List<ProcedureUnit>();
        var state = new ParseState(document, meta);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var prevBlank = i == 0 || lines[i - 1].Trim().Length == 0;
            var nextBlank = i == lines.Length - 1 || lines[i + 1].Trim().Length == 0;
            if (hints.Contains(line) || IsChapter(line) || (IsHeading(line, hints, prevBlank, nextBlank) && !IsStructured(line)) || IsTitleLine(line, prevBlank, nextBlank))
            {
                state.Heading(line.TrimEnd(':').Trim(), IsChapter(line));
                continue;
            }

            if (ArticleStart().Match(line) is { Success: true } article)
            {
                state.StartArticle(article.Groups["n"].Value.ToLowerInvariant());
                var rest = article.Groups["rest"].Value.Trim();
                if (rest.Length > 0)
                {
                    AddArticleText(state, units, rest);
                }

                continue;
            }

            if (state.Article is not null)
            {
                // Everything up to the next heading or article belongs to the article (enumerations, lists, sentences).
                AddArticleText(state, units, line);
                continue;
            }

            if (StepStart().Match(line) is { Success: true } step)
            {
                units.Add(state.ListUnit(UnitKind.Step, step.Groups["text"].Value.Trim(), step.Groups["n"].Value));
                continue;
            }

            if (ItemStart().Match(line) is { Success: true } item)
            {
                units.Add(state.ListUnit(UnitKind.Item, item.Groups["text"].Value.Trim(), null));
                continue;
            }

            if (IsTableRun(lines, i))
            {
                if (!IsTableRun(lines, PreviousLine(lines, i)))
                {
                    // A new table: its first row is the header when it reads like one.
                    state.TableHeader = LooksLikeHeader(line) ? line : null;
                    if (state.TableHeader is not null)
                    {
                        continue;
                    }
                }

                units.Add(state.Unit(UnitKind.TableRow, line) with { TableHeader = state.TableHeader });
                continue;
            }

            state.EndList(line);
            units.Add(state.Unit(UnitKind.Text, line));
        }

        return units;
    }

    private static void AddArticleText(ParseState state, List<ProcedureUnit> units, string text)
    {
        var paragraph = ParagraphStart().Match(text);
        if (paragraph.Success)
        {
            state.Paragraph = paragraph.Groups["n"].Value;
            text = paragraph.Groups["rest"].Value.Trim();
            units.Add(state.Unit(UnitKind.Paragraph, text));
            return;
        }

        // An enumeration or a further sentence belongs to the paragraph above it.
        var last = units.Count > 0 ? units[^1] : null;
        if (last is { Kind: UnitKind.Paragraph } && last.Article == state.Article && last.Paragraph == state.Paragraph && last.Document == state.Document)
        {
            units[^1] = last with { Text = last.Text + "\n" + text };
            return;
        }

        units.Add(state.Unit(UnitKind.Paragraph, text));
    }

    /// <summary>A short line standing alone without closing punctuation or a colon (the title lines of plain text).</summary>
    private static bool IsTitleLine(string line, bool prevBlank, bool nextBlank) =>
        prevBlank && nextBlank && line.Length <= 90 && line.Split(' ').Length <= 12 && !".;:!?,".Contains(line[^1], StringComparison.Ordinal)
        && !line.Contains(": ", StringComparison.Ordinal) && !IsStructured(line) && char.IsUpper(line[0]);

    private static int PreviousLine(string[] lines, int i)
    {
        var j = i - 1;
        while (j >= 0 && lines[j].Trim().Length == 0)
        {
            j--;
        }

        return j;
    }

    private static bool IsChapter(string line) => ChapterHeading().IsMatch(line) && line.Length <= 120 && !line.EndsWith(';');

    private static bool IsHeading(string line, IReadOnlySet<string> hints, bool prevBlank, bool nextBlank) =>
        hints.Contains(line) || (Sectioner.IsHeading(line, hints, prevBlank, nextBlank) && !line.Contains(": ", StringComparison.Ordinal));

    private static bool IsStructured(string line) => ArticleStart().IsMatch(line) || StepStart().IsMatch(line) || ItemStart().IsMatch(line) || ParagraphStart().IsMatch(line);

    private static bool IsTableRow(string line) => TableRow().IsMatch(line) && !IsStructured(line) && !Enumeration().IsMatch(line);

    /// <summary>A table row is a "cell: cell" line next to another one.</summary>
    private static bool IsTableRun(string[] lines, int i) =>
        i >= 0 && i < lines.Length && IsTableRow(lines[i].Trim())
        && ((i + 1 < lines.Length && IsTableRow(lines[i + 1].Trim())) || (i > 0 && IsTableRow(lines[i - 1].Trim())));

    private static bool LooksLikeHeader(string line) =>
        !line.Any(char.IsDigit) && !line.Contains('@', StringComparison.Ordinal) && line.Split(": ").All(c => c.Split(' ').Length <= 4);

    [GeneratedRegex(@"^(titel|hoofdstuk|afdeling|onderafdeling|deel|bijlage)\s+([ivxlcdm]+|\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^(?:art(?:ikel)?\.?|article)\s*(?<n>\d+(?:\s*(?:bis|ter|quater)\b)?)\s*[.:–—-]?(?<rest>\s.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^§\s*(?<n>\d+)\s*[.:]?(?<rest>.*)$")]
    private static partial Regex ParagraphStart();

    [GeneratedRegex(@"^(\d+°|[a-z]\)|[ivx]+\))\s")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"^(?:(?:stap|fase|step|étape)\s+(?<n>\d+)\s*[.:)–—-]\s*|(?<n>\d{1,2})[.)]\s+)(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex StepStart();

    [GeneratedRegex(@"^(?:- |[☐☑✓✔□■▪•] ?)(?:\[[ xX]?\]\s*)?(?<text>\S.*)$")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^[^:]{1,80}: \S[^:]*(: \S[^:]*)*$")]
    private static partial Regex TableRow();
}
