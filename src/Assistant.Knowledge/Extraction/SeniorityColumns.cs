using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// A pay table whose columns are seniorities: a header row "anciënniteit | 0 jaar | 5 jaar | 10 jaar" (cells split by "|",
/// ":", tabs or wide spaces; "start"/"aanvang" is 0 years, bare numbers count when the first cell names seniority) over one
/// or more rows of amounts "B1-B3 | 3.059,65 | 3.431,05 | 3.873,20", with or without a currency sign. Each amount is the pay
/// at its column's seniority; the amounts are aligned with the columns from the right, so a row label may be missing.
/// </summary>
internal static partial class SeniorityColumns
{
    /// <summary>One amount of a row: the row's line, the column's years, the amount and the row's label cell (may be empty).</summary>
    internal sealed record Cell(int LineIndex, int HeaderIndex, int Years, decimal Amount, string RowLabel);

    /// <summary>Every amount of every seniority-column table in <paramref name="lines"/>.</summary>
    public static List<Cell> Find(IReadOnlyList<TextLine> lines)
    {
        var found = new List<Cell>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (HeaderYears(lines[i].Text) is not { } years)
            {
                continue;
            }

            for (var j = i + 1; j < lines.Count && j <= i + 8 && lines[j].Section == lines[i].Section; j++)
            {
                var text = lines[j].Text;
                if (Separator().IsMatch(text) || text.Trim().Length == 0)
                {
                    continue;
                }

                var cells = Cells(text);
                var amounts = new List<decimal>();
                for (var c = cells.Count - 1; c >= 0 && AmountOf(cells[c]) is { } amount; c--)
                {
                    amounts.Insert(0, amount);
                }

                if (amounts.Count != years.Count || cells.Count - amounts.Count > 1)
                {
                    break;
                }

                var label = cells.Count > amounts.Count ? cells[0].Trim() : string.Empty;
                found.AddRange(amounts.Select((a, k) => new Cell(j, i, years[k], a, label)));
            }
        }

        return found;
    }

    /// <summary>The years of a header row's seniority cells (at least two, all after an optional label cell), else null.</summary>
    internal static List<int>? HeaderYears(string text)
    {
        var cells = Cells(text);
        if (cells.Count < 2 || Money.FindAll(text).Count > 0)
        {
            return null;
        }

        if (AgeLabel().IsMatch(cells[0]))
        {
            return null;
        }

        var namesSeniority = SeniorityLabel().IsMatch(cells[0]);
        var years = new List<int>();
        for (var c = 0; c < cells.Count; c++)
        {
            if (YearsOf(cells[c], namesSeniority) is { } y)
            {
                years.Add(y);
            }
            else if (c > 0 || years.Count > 0)
            {
                return null;
            }
        }

        return years.Count >= 2 && years.Zip(years.Skip(1)).All(p => p.First < p.Second) ? years : null;
    }

    private static int? YearsOf(string cell, bool bareAllowed)
    {
        var c = cell.Trim();
        if (StartCell().IsMatch(c))
        {
            return 0;
        }

        var m = YearsCell().Match(c);
        if (m.Success || (bareAllowed && (m = BareYears().Match(c)).Success))
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            return n <= 45 ? n : null;
        }

        return null;
    }

    private static decimal? AmountOf(string cell)
    {
        var c = cell.Trim();
        var m = AmountCell().Match(c);
        return m.Success && Money.TryParse(m.Groups["n"].Value, out var amount, out _) && amount >= 500 ? amount : null;
    }

    private static List<string> Cells(string text) =>
        CellSplit().Split(text.Trim().Trim('|')).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

    [GeneratedRegex(@"\s*\|\s*|\t+|\s{3,}|:\s+|:$")]
    private static partial Regex CellSplit();

    [GeneratedRegex(@"^[\s\-=+|:_]+$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:na\s+|met\s+|bij\s+|vanaf\s+)?(?<n>\d{1,2})\s*(?:jaar|jaren|j\.?|jr\.?)(?:\s+(?:anci[eë]nniteit|ervaring|anc\.?))?$", RegexOptions.IgnoreCase)]
    private static partial Regex YearsCell();

    [GeneratedRegex(@"^(?<n>\d{1,2})$")]
    private static partial Regex BareYears();

    [GeneratedRegex(@"^(?:start|aanvang|bij aanvang|instap|begin|zonder anci[eë]nniteit)$", RegexOptions.IgnoreCase)]
    private static partial Regex StartCell();

    [GeneratedRegex(@"leeftijd|\bage\b|âge", RegexOptions.IgnoreCase)]
    private static partial Regex AgeLabel();

    [GeneratedRegex(@"anci[eë]nniteit|jaren|dienstjaren|ervaring|seniority", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityLabel();

    [GeneratedRegex(@"^(?:€|EUR)?\s*(?<n>\d{1,3}(?:[.\s]\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*(?:€|EUR|euro)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AmountCell();
}
