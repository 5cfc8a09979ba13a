using System.Text.RegularExpressions;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Cleaning;

/// <summary>
/// Splits cleaned text into titled sections. A line is a heading when the format marked it (HTML, Markdown,
/// Word), when it uses the genre's heading vocabulary ("Profiel", "Wat bieden wij?", "Selectieprocedure", …),
/// when it is lettered or numbered ("D. Aan welke voorwaarden…", "2) Functiespecifieke proef"), or when it is a
/// short stand-alone line in capitals or title case.
/// </summary>
public static partial class Sectioner
{
    /// <summary>Returns the sections in document order; text before the first heading is a section with an empty title.</summary>
    public static IReadOnlyList<Section> Split(string text, IReadOnlyList<string> headingHints)
    {
        var hints = new HashSet<string>(headingHints.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        var lines = Lines(text);
        var sections = new List<Section>();
        var title = "";
        var bodyStart = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = text[start..end];
            var prevBlank = i == 0 || lines[i - 1].Start == lines[i - 1].End || start - lines[i - 1].End > 1;
            var nextBlank = i == lines.Count - 1 || lines[i + 1].Start - end > 1;
            if (!IsHeading(line, hints, prevBlank, nextBlank) || ContinuesNumbering(line, i > 0 ? PreviousNonBlank(text, lines, i) : ""))
            {
                continue;
            }

            if (start > bodyStart || sections.Count > 0 || title.Length > 0)
            {
                AddSection(sections, title, bodyStart, start, text);
            }

            title = TitleOf(line);
            bodyStart = Math.Min(end + 1, text.Length);
        }

        AddSection(sections, title, bodyStart, text.Length, text);
        return sections;
    }

    /// <summary>Whether a line reads as a heading of the vacancy genre.</summary>
    public static bool IsHeading(string line, IReadOnlySet<string> hints, bool standsAlone, bool followedByBlank)
    {
        if (line.Length == 0 || line.Length > 160 || (line.Length > 90 && !StepPrefix().IsMatch(line)))
        {
            return false;
        }

        if (hints.Contains(line))
        {
            return true;
        }

        if (line.StartsWith("- ", StringComparison.Ordinal) || line.EndsWith(',') || line.EndsWith(';'))
        {
            return false;
        }

        if (ColumnLabels().IsMatch(line))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (LetteredHeading().IsMatch(line) && (words <= 12 || StepPrefix().IsMatch(line)) && words <= 25 && !line.EndsWith('.'))
        {
            return true;
        }

        if (words <= 8 && KnownHeading().IsMatch(line) && !line.EndsWith('.') && !line.Contains('€', StringComparison.Ordinal)
            && !NumberCell().IsMatch(line))
        {
            return true;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (!standsAlone || words > 6 || line.EndsWith('.') || line.Contains('@', StringComparison.Ordinal) || line.Any(char.IsDigit)
            || (colon >= 0 && colon < line.Length - 1))
        {
            return false;
        }

        var letters = line.Where(char.IsLetter).ToList();
        var upper = letters.Count >= 4 && letters.All(char.IsUpper);
        return upper || (followedByBlank && char.IsUpper(line[0]) && (line.EndsWith('?') || words <= 4));
    }

    /// <summary>"3. Slagen voor …" right after "2. …" is a list item, not a heading.</summary>
    private static bool ContinuesNumbering(string line, string previous)
    {
        var m = NumberPrefix().Match(line);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var n) || n <= 1)
        {
            return false;
        }

        var p = NumberPrefix().Match(previous);
        return p.Success && p.Groups[1].Value == (n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) && p.Groups[2].Value == m.Groups[2].Value
            && previous.Split(' ').Length > 12;
    }

    private static string PreviousNonBlank(string text, List<(int Start, int End)> lines, int i) =>
        text[lines[i - 1].Start..lines[i - 1].End];

    private static string TitleOf(string line) => line.Trim().TrimEnd(':').Trim();

    private static void AddSection(List<Section> sections, string title, int start, int end, string text)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start || title.Length > 0)
        {
            sections.Add(new Section(title, start, Math.Max(start, end)));
        }
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start)
                {
                    result.Add((start, i));
                }

                start = i + 1;
            }
        }

        return result;
    }

    [GeneratedRegex(@"^(Deel|Stap|Fase|Onderdeel|Proef)\s+\d+\s*[:.–-]", RegexOptions.IgnoreCase)]
    private static partial Regex StepPrefix();

    /// <summary>A table row laid out as "Praktische proef: 50: 30": a cell holding only a number is no heading's.</summary>
    [GeneratedRegex(@":\s*\d+([.,]\d+)?\s*(%|punten|ptn)?\s*(:|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberCell();

    /// <summary>A table's header row ("Proef Punten Minimum") laid out as a short line of column labels.</summary>
    [GeneratedRegex(@"^(?:(?:proef|proeven|onderdeel|selectieonderdeel|punten|max\.?|maximum|min\.?|minimum|score|gewicht|weging|slaagcijfer|vereist|totaal|datum)\s*){2,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnLabels();

    [GeneratedRegex(@"^(\d{1,2})([.)°])\s")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^([A-Z]|[IVX]{1,4}|\d{1,2})[.)]\s+\p{Lu}|^(Deel|Stap|Fase|Onderdeel|Proef)\s+\d+\s*[:.–-]", RegexOptions.None)]
    private static partial Regex LetteredHeading();

    [GeneratedRegex(@"^(\p{L}\.\s+)?(functie\w*|wat (doe|bieden|verwachten|mag|zijn|houdt|is|vragen|zoeken|krijg|ga)\b|wie (zijn|zoeken|ben)|wat (heb|breng) je (nodig|mee)|jouw (profiel|job|uitdaging)|je profiel|takenpakket|taken|jouw taken|profiel|functieprofiel|aanbod|ons aanbod|wat wij bieden|voordelen|extralegale voordelen|salaris|verloning|loon|wedde|(algemene |bijzondere )?(aanwervings|toelatings|deelname)voorwaarden|voorwaarden|toelaatbaarheidsvereisten|diplomavereisten?|diplomavoorwaarden|selectie\w*|hoe (verloopt|solliciteren|reageren|kandideren)|solliciteren|sollicitatie|kandidaatstelling|interesse\??|wervingsreserve|reserve|contact\w*|meer info\w*|vragen\??|heb je vragen|praktisch|over ons|organisatie|vacature|plaats in de organisatie|competenties|timing|planning|aan welke voorwaarden|uit welke stappen)", RegexOptions.IgnoreCase)]
    private static partial Regex KnownHeading();
}
