using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// A table of selection steps as the loaders give it, one "cell: cell: cell" line per row, under a header row
/// ("Fase: Inhoud: Datum: Slaagcijfer", "Onderdeel: Datum: Punten", "Stap: Wanneer: Punten"): which column names
/// the step, and which holds its points or its pass mark.
/// </summary>
public sealed partial class StepTable
{
    private StepTable(IReadOnlyList<string> columns, IReadOnlyList<int> names, int? points, int? mark)
    {
        Columns = columns;
        NameColumns = names;
        PointsColumn = points;
        MarkColumn = mark;
    }

    /// <summary>The header cells.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Columns that name the step ("Onderdeel", "Inhoud", "Stap"), in order.</summary>
    public IReadOnlyList<int> NameColumns { get; }

    /// <summary>The column with the maximum points ("Punten", "Op"), if any.</summary>
    public int? PointsColumn { get; }

    /// <summary>The column with the pass mark ("Slaagcijfer", "Minimum", "Te behalen"), if any.</summary>
    public int? MarkColumn { get; }

    /// <summary>The cells of a table line ("1: Schriftelijke proef (op 20): 3 maart 2027: 12/20").</summary>
    public static IReadOnlyList<string> Cells(string text) => text.Split(": ", StringSplitOptions.TrimEntries);

    /// <summary>The header a line is, when every cell is a short column name and at least one names the step.</summary>
    public static StepTable? Header(string text)
    {
        var cells = Cells(text);
        if (cells.Count < 2 || cells.Any(c => c.Length is 0 or > 30 || c.Any(char.IsDigit)))
        {
            return null;
        }

        // A bilingual header ("proef · épreuve", "Punten / Points") names its column in either language: any part may match.
        var names = cells.Select((c, i) => (c, i)).Where(x => AnyPart(x.c, NameColumn())).Select(x => x.i).ToList();
        // "Minimum om te slagen", "Vereiste minimumscore", "Slaagnorm (%)": a column whose name speaks of the mark is the mark's,
        // whatever else it says; "Punten", "Max. punten": the maximum's.
        var mark = cells.Select((c, i) => (c, i)).FirstOrDefault(x => AnyPart(x.c, MarkColumnName()) || MarkColumnWords().IsMatch(x.c));
        var points = cells.Select((c, i) => (c, i)).FirstOrDefault(x => x.i != (mark.c is null ? -1 : mark.i) && (AnyPart(x.c, PointsColumnName()) || PointsColumnWords().IsMatch(x.c) && !MarkColumnWords().IsMatch(x.c)));
        var others = cells.Count(c => AnyPart(c, DateColumn())) + (points.c is null ? 0 : 1) + (mark.c is null ? 0 : 1);
        return names.Count > 0 && others > 0 ? new StepTable(cells, names, points.c is null ? null : points.i, mark.c is null ? null : mark.i) : null;
    }

    private static bool AnyPart(string cell, Regex column) =>
        column.IsMatch(cell) || cell.Split(['·', '/', '|', '•'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(column.IsMatch);

    /// <summary>Whether the table states points or pass marks (then every row is a step, whatever its name).</summary>
    public bool Scores => PointsColumn is not null || MarkColumn is not null;

    /// <summary>The cell of a row that names its step: the name column when the row has all cells, else the first cell that names a step.</summary>
    public string? NameOf(IReadOnlyList<string> row)
    {
        if (row.Count == Columns.Count)
        {
            var named = NameColumns.Select(i => row[i]).FirstOrDefault(c => !Numeric().IsMatch(c));
            if (named is not null && !TotalRow().IsMatch(named) && (Scores || StepText.StartsWithStep(named)))
            {
                return named;
            }
        }

        // A shorter row (empty cells dropped) names its step in its first cell that is not a number; a line under the table
        // such as "Slaagcijfer: je moet per proef …" names none.
        var first = row.FirstOrDefault(c => !Numeric().IsMatch(c));
        return first is not null && StepText.StartsWithStep(first) ? first : null;
    }

    /// <summary>The cell of <paramref name="column"/> in a complete row, or null.</summary>
    public string? Cell(IReadOnlyList<string> row, int? column) => column is { } c && row.Count == Columns.Count ? row[c] : null;

    /// <summary>A bare number of points ("40", "40 punten", "op 40").</summary>
    public static decimal? Points(string? cell) =>
        cell is not null && PointsCell().Match(cell.Trim()) is { Success: true } m ? decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>The maximum a cell starts with before words about the mark: "/50 – minimum 30 punten", "op 20: …".</summary>
    public static decimal? LeadingPoints(string? cell) =>
        cell is not null && LeadingPointsCell().Match(cell.Trim()) is { Success: true } m ? decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?:/|op\s+)\s*(?<n>\d{1,4})(?:\s*(?:punten|ptn|pt))?(?=\s*[–—:;,(-]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPointsCell();

    [GeneratedRegex(@"^(?:selectie\s+)?(?:fase|stap|selectiestap|onderdeel|selectieonderdeel|proef|selectieproef|proeven|inhoud|wat|test|ronde|omschrijving|beschrijving|épreuves?|étapes?|tests?|steps?|stages?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameColumn();

    [GeneratedRegex(@"^(?:datum|data|wanneer|timing|planning|periode|tijdstip|dates?|quand|when)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateColumn();

    [GeneratedRegex(@"^(?:punten|max(?:imum)?(?:\s*(?:punten|score))?|op|quotering|score|(?:te\s+)?verdienen punten|puntentotaal|points|cotation|max(?:imum)? points)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PointsColumnName();

    [GeneratedRegex(@"^(?:slaagcijfer|slaagdrempel|slaagnorm|slaaggrens|norm|minimumnorm|minimum(?:score)?|minimaal|min\.?|te behalen|vereist(?:e score)?|drempel|om te slagen|geslaagd (?:vanaf|bij)|slagen|réussite|seuil(?: de réussite)?|minimum requis|pass(?: mark)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkColumnName();

    [GeneratedRegex(@"\bslaag\w*|\bslagen\b|\bréussi\w*|\bminim\w*|^min\.|\bdrempel\w*|\b(?:slaag|minimum)?norm\b|\bvereist\w*|\bom\s+te\s+slagen\b|\bgeslaagd\b|\bnodig\b|\bpass\s*mark", RegexOptions.IgnoreCase)]
    private static partial Regex MarkColumnWords();

    [GeneratedRegex(@"\bpunt\w*|\bmax(?:imum|\.)?\b|\bquoter\w*|\bscore\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsColumnWords();

    /// <summary>Whether a row's first cell names the whole ("Totaal", "Eindresultaat"): a rule for the total, not a step.</summary>
    public static bool IsTotalRow(string cell) => TotalRow().IsMatch(cell.Trim());

    [GeneratedRegex(@"^(?:totaal|het totaal|eindtotaal|geheel|eindresultaat|eindscore|totaalscore)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"^[\d\s.)–-]*$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?:op\s+)?(?<n>\d{1,4})(?:\s*(?:punten|ptn|pt|p))?$", RegexOptions.IgnoreCase)]
    private static partial Regex PointsCell();
}
