using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Salary: gross amounts in salary sentences, each with the seniority it is published for ("Met 12 jr.
/// anciënniteit: € …", "(bij 18 jaar relevante ervaring)", "Aanvangsbrutowedde", "min."/"max.", "tussen € A en
/// € B", "A à B", "na 5 jaar € 3.100", "0 jaar: € 2.800,00"), rows of seniority tables without a euro sign
/// ("| 10 jaar | 3.450,12 |"), the period (month or year, stated or inferred from the size), the basis (indexed or at
/// 100%, <see cref="SalaryWording"/>), whether the amounts are for full time, and the experience caps.
/// </summary>
public static partial class SalaryRules
{
    /// <summary>The salary facts, or null when no salary amount is published.</summary>
    public static Salary? Find(ExtractionContext ctx)
    {
        var points = new List<SalaryPoint>();
        var fullTimeVotes = new List<bool>();
        var lines = ctx.View.Lines;
        // "anciënniteit | 0 jaar | 5 jaar | 10 jaar" over "B1-B3 | 3.059,65 | 3.431,05 | 3.873,20": each amount at its column's years.
        var columns = SeniorityColumns.Find(lines);
        foreach (var cell in columns)
        {
            var row = lines[cell.LineIndex];
            var header = lines[cell.HeaderIndex];
            points.Add(new SalaryPoint
            {
                Amount = cell.Amount,
                SeniorityYears = cell.Years,
                Label = $"bij {cell.Years} jaar anciënniteit",
                Basis = SalaryWording.BasisOf(row.Text) ?? SalaryWording.BasisOf(header.Text) ?? BasisNear(lines, cell.HeaderIndex),
                Period = PeriodOf(row.Text) ?? PeriodNear(lines, cell.HeaderIndex),
                Citation = ctx.View.Cite(row),
            });
            if ((SalaryWording.FullTimeOf(cell.RowLabel) ?? FullTimeNear(lines, cell.HeaderIndex)) is { } columnFullTime)
            {
                fullTimeVotes.Add(columnFullTime);
            }
        }

        var columnRows = columns.Select(c => c.LineIndex).ToHashSet();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (columnRows.Contains(index))
            {
                continue;
            }

            var amounts = Money.FindAll(line.Text);
            // "Indicatief, bruto per maand: 0 jaar 4.456,83 – 5 jaar 5.021,36 – … – maximum 7.321,94 euro": seniority rows run
            // together on one line with the currency written once or not at all; each pair of years and amount is a point.
            var run = SeniorityRun().Matches(line.Text);
            if (run.Count >= 2 && (line.Topic is Topic.Salary || SalaryWord().IsMatch(line.Text)))
            {
                foreach (Match pair in run)
                {
                    if (Money.TryParse(pair.Groups["amt"].Value, out var pairAmount, out _) && pairAmount >= 500
                        && int.TryParse(pair.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pairYears))
                    {
                        points.Add(new SalaryPoint
                        {
                            Amount = pairAmount,
                            SeniorityYears = pairYears,
                            Label = $"bij {pairYears} jaar anciënniteit",
                            Basis = SalaryWording.BasisOf(line.Text) ?? BasisNear(lines, index),
                            Period = PeriodOf(line.Text) ?? PeriodNear(lines, index),
                            Citation = ctx.View.Cite(line),
                        });
                    }
                }
            }

            if (amounts.Count == 0)
            {
                var row = SeniorityRow().Match(line.Text) is { Success: true } worded ? worded
                    : BareSeniorityRow().Match(line.Text) is { Success: true } bare && BareRowYears(lines, index) is not null ? bare : null;
                if (row is not null && InSalaryTable(lines, index) && RowPoint(ctx, lines, index, row) is { } tablePoint)
                {
                    points.Add(tablePoint);
                    if (FullTimeNear(lines, index) is { } rowFullTime)
                    {
                        fullTimeVotes.Add(rowFullTime);
                    }

                }

                continue;
            }

            // A row of a seniority table ("0 jaar: € 2.617,50", or "6: € 2.900" under "Jaren ervaring: bruto maandloon")
            // under a heading that names pay is a salary line too.
            var bareYears = BareRowYears(lines, index);
            var tableRow = (TableRowLead().IsMatch(line.Text) || bareYears is not null) && InSalaryTable(lines, index);
            // "start (geen anciënniteit): € 2.652,88: € 1.326,44" under "Bruto per maand, voltijds: jouw loon aan 19/38": a row of
            // cells under a header row that names pay; when the header's later column is a part-time regime, the first amount
            // is the full-time pay and the row's other amounts are that regime's.
            var headerPartTime = false;
            if (!tableRow && PayHeaderAbove(lines, index) is { } header)
            {
                tableRow = true;
                headerPartTime = header.Contains(':') && SalaryWording.FullTimeOf(header[header.IndexOf(':')..]) == false;
                if (SalaryWording.FullTimeOf(header[..Math.Max(0, header.IndexOf(':'))]) == true)
                {
                    fullTimeVotes.Add(true);
                }
            }

            var underLead = !tableRow && PayLeadAbove(lines, index);
            if (!tableRow && !IsSalaryLine(line, amounts, underLead))
            {
                continue;
            }

            for (var i = 0; i < amounts.Count; i++)
            {
                var a = amounts[i];
                // "haardtoelage € 719,74 per jaar", "een premie van € 600": an amount named by an allowance right before it is no pay.
                if (BenefitAmount().IsMatch(line.Text[a.End..Math.Min(line.Text.Length, a.End + 25)]) || a.Amount < 500
                    || AllowanceBefore().IsMatch(line.Text[Math.Max(0, i > 0 ? amounts[i - 1].End : 0)..a.Start]))
                {
                    continue;
                }

                if (headerPartTime && i > 0)
                {
                    continue;
                }

                var (s, e) = SalarySentence(line.Text, a.Start, a.End);
                var sentence = line.Text[s..e];
                if (!tableRow && !IsSalaryText(line, sentence, a.Start - s, underLead))
                {
                    continue;
                }

                var before = line.Text[Math.Max(s, i > 0 ? amounts[i - 1].End : s)..a.Start];
                var after = line.Text[a.End..(i + 1 < amounts.Count ? amounts[i + 1].Start : e)];
                // "tussen € A en € B" bounds its own sentence: the first and last amount of that sentence, not of the line
                // ("… tot maximum € B. Met 4 jaar ervaring start je op € C": C is no maximum). Words say it first.
                var inSentence = amounts.Where(x => x.Start >= s && x.End <= e).ToList();
                var range = inSentence.Count >= 2 && Range().IsMatch(sentence);
                // "17.300 euro (min.) tot 28.000 euro (max.)": a bound in brackets right after an amount belongs to that amount.
                var bare = WithoutScaleCodes(i > 0 ? BoundAfterAmount().Replace(before, string.Empty) : before);
                var boundAfter = BoundAfterAmount().Match(after);
                var bound = boundAfter.Success ? (boundAfter.Groups["w"].Value.StartsWith("min", StringComparison.OrdinalIgnoreCase) ? "min" : "max")
                    : MinWord().IsMatch(bare) ? "min" : MaxWord().IsMatch(bare) ? "max"
                    : range ? (a == inSentence[0] ? "min" : a == inSentence[^1] ? "max" : null) : null;
                var seniority = bareYears is not null && i == 0 ? bareYears : SeniorityOf(before, after, bound, sentence);
                if (SalaryWording.FullTimeOf(sentence) is { } fullTime)
                {
                    fullTimeVotes.Add(fullTime);
                }
                else if (tableRow && FullTimeNear(lines, index) is { } rowFullTime)
                {
                    fullTimeVotes.Add(rowFullTime);
                }

                // "€ A aan index 100% (geïndexeerd: € B)": an amount in brackets after another takes the basis named inside the brackets.
                var bracketed = i > 0 && before.LastIndexOf('(') is var open and >= 0 && before.IndexOf(')', open) < 0 ? SalaryWording.BasisOf(before[open..]) : null;
                var basis = bracketed ?? SalaryWording.BasisOf(sentence) ?? BasisReferredBack(lines, index, e) ?? BasisNear(lines, index);
                points.Add(new SalaryPoint { Amount = a.Amount, SeniorityYears = seniority, Label = Label(before, seniority, bound), Bound = bound, Basis = basis, Period = PeriodOf(sentence), Citation = ctx.View.Cite(line, s, e) });
            }
        }

        if (points.Count == 0)
        {
            // No monthly or yearly amount: an hourly wage (student jobs, per age or per function) is the pay.
            var hourly = HourlyPoints(ctx);
            return hourly.Count == 0 ? null : new Salary
            {
                Period = SalaryPeriod.Hour,
                Indexed = hourly.Any(p => p.Basis == "indexed"),
                Basis = hourly.Select(p => p.Basis).FirstOrDefault(b => b is not null),
                Min = hourly.Min(p => p.Amount),
                Max = hourly.Max(p => p.Amount),
                Published = hourly,
                Caps = CapRules.Find(ctx),
                Supplements = HourlySupplements(ctx),
                Citation = hourly[0].Citation,
            };
        }

        points = points.DistinctBy(p => (p.Amount, p.SeniorityYears)).ToList();
        var basisValue = points.Where(p => p.Basis is not null).GroupBy(p => p.Basis).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var ranged = basisValue is null ? points : points.Where(p => p.Basis is null || p.Basis == basisValue).ToList();
        // The period of the points on the main basis decides ("€ 17.300 per jaar aan 100%" next to an indexed monthly amount).
        var periodVotes = ranged.Select(p => p.Period).OfType<SalaryPeriod>().ToList();
        periodVotes = periodVotes.Count > 0 ? periodVotes : points.Select(p => p.Period).OfType<SalaryPeriod>().ToList();
        var stated = periodVotes.Count > 0;
        var periodValue = stated ? periodVotes.GroupBy(p => p).OrderByDescending(g => g.Count()).First().Key
            : points.Max(p => p.Amount) >= 15000 ? SalaryPeriod.Year : SalaryPeriod.Month;
        return new Salary
        {
            Period = periodValue,
            PeriodInferred = !stated,
            Indexed = basisValue == "indexed",
            Basis = basisValue,
            FullTimeAmounts = fullTimeVotes.Count == 0 ? null : fullTimeVotes.Contains(true),
            Min = ranged.Where(p => p.Bound == "min").Select(p => (decimal?)p.Amount).FirstOrDefault() ?? ranged.Min(p => p.Amount),
            Max = ranged.Where(p => p.Bound == "max").Select(p => (decimal?)p.Amount).FirstOrDefault() ?? ranged.Max(p => p.Amount),
            Published = points,
            Caps = CapRules.Find(ctx),
            Citation = points[0].Citation,
        };
    }

    /// <summary>
    /// Hourly wages: amounts between € 5 and € 100 in a sentence that says "per uur" / "uurloon", or in the rows of a
    /// table under such a heading ("| 18–20 jaar | € 14,10 |", "| redder | € 15,35 |"), each with the ages or the function
    /// of its row; a supplement ("toeslag van € 1,50 per uur bovenop je uurloon") is no wage.
    /// </summary>
    private static List<SalaryPoint> HourlyPoints(ExtractionContext ctx)
    {
        var points = new List<SalaryPoint>();
        var lines = ctx.View.Lines;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            // "leeftijd bruto uurloon 17 jaar 12,85 18 jaar 13,76 … 21 jaar e.o. 15,90": a wage table whose space-aligned rows
            // were run together into one line; each age with the wage right after it is a row of its own.
            var ageRows = AgeWageRun().Matches(line.Text);
            if (ageRows.Count >= 2 && Money.FindAll(line.Text).Count == 0 && (HourlyWord().IsMatch(line.Text) || HourlyHeading(lines, index)))
            {
                foreach (System.Text.RegularExpressions.Match row in ageRows)
                {
                    if (!Money.TryParse(row.Groups["n"].Value, out var rowWage, out _) || rowWage is < 5 or >= 100)
                    {
                        continue;
                    }

                    var rowLabel = row.Groups["age"].Value.Trim();
                    var (rowMin, rowMax) = AgesOf(rowLabel);
                    points.Add(new SalaryPoint
                    {
                        Amount = rowWage,
                        Label = rowLabel,
                        Period = SalaryPeriod.Hour,
                        Basis = SalaryWording.BasisOf(line.Text),
                        MinAge = rowMin,
                        MaxAge = rowMax,
                        Citation = ctx.View.Cite(line, row.Index, row.Index + row.Length),
                    });
                }

                continue;
            }

            var isRow = HourlyRow().IsMatch(line.Text);
            var found = Money.FindAll(line.Text);
            // "16 jaar: 11,42" under "leeftijd: bruto uurloon": a wage table that writes no currency sign in its rows.
            if (found.Count == 0 && isRow && BareWage().Match(line.Text) is { Success: true } bareWage && HourlyHeading(lines, index)
                && Money.TryParse(bareWage.Groups["n"].Value, out var wage, out _))
            {
                var n = bareWage.Groups["n"];
                found = [new Money.Match(wage, n.Index, n.Index + n.Length, n.Value, false)];
            }

            // Dot-leader rows run together into one line ("16 jaar ...... EUR 11,48 17 jaar ...... EUR 12,35"): each amount
            // with the label since the previous amount is a row of its own.
            var leaderRows = isRow && found.Count > 1 && found.Select((x, i) => line.Text[(i > 0 ? found[i - 1].End : 0)..x.Start]).All(seg => DotLeader().IsMatch(seg));
            for (var k = 0; k < found.Count; k++)
            {
                var a = found[k];
                var segment = k > 0 ? found[k - 1].End : 0;
                if (a.Amount is < 5 or >= 100)
                {
                    continue;
                }

                var (s, e) = isRow ? (0, line.Text.Length) : DocumentView.SentenceBounds(line.Text, a.Start, a.End);
                var sentence = line.Text[s..e];
                var hourly = HourlyWord().IsMatch(sentence) || (isRow && HourlyHeading(lines, index));
                // "een toeslag van € 1,50 per uur", "bovenop je uurloon € 2": the words just before the amount say it is extra.
                var lead = line.Text[Math.Max(leaderRows ? segment : s, a.Start - 40)..a.Start];
                if (!hourly || Supplement().IsMatch(lead) || (!isRow && line.Topic is not Topic.Salary && !SalaryWord().IsMatch(sentence) && !HourlyWord().IsMatch(sentence)))
                {
                    continue;
                }

                var before = line.Text[(leaderRows ? segment : s)..a.Start];
                var (minAge, maxAge) = AgesOf(isRow ? before : sentence);
                var label = before.Replace("|", " ", StringComparison.Ordinal).Trim().TrimStart('-', '•', '*', ' ').TrimEnd(':', '(', '-', '–', ' ', '.').Trim();
                points.Add(new SalaryPoint
                {
                    Amount = a.Amount,
                    Label = label.Length is > 1 and <= 50 && label.Any(char.IsLetterOrDigit) ? label : "uurloon",
                    Period = SalaryPeriod.Hour,
                    Basis = SalaryWording.BasisOf(sentence),
                    MinAge = minAge,
                    MaxAge = maxAge,
                    Citation = leaderRows ? ctx.View.Cite(line, segment, a.End) : ctx.View.Cite(line, s, e),
                });
            }
        }

        return points.DistinctBy(p => (p.Amount, p.Label)).ToList();
    }

    /// <summary>
    /// Supplements per hour for a group ("Studenten die vorig jaar al bij ons werkten, krijgen 0,50 extra per uur", "een
    /// toeslag van € 1,20 per uur voor …"): amounts under € 5 per hour, each with its sentence as label.
    /// </summary>
    private static List<SalaryPoint> HourlySupplements(ExtractionContext ctx)
    {
        var supplements = new List<SalaryPoint>();
        foreach (var line in ctx.View.Lines)
        {
            foreach (var (s, e) in DocumentView.Sentences(line.Text))
            {
                var sentence = line.Text[s..e];
                if (SupplementPerHour().Match(sentence) is { Success: true } m && Money.TryParse(m.Groups["n"].Value, out var extra, out _) && extra is > 0 and < 5)
                {
                    supplements.Add(new SalaryPoint { Amount = extra, Label = sentence.Trim(), Period = SalaryPeriod.Hour, Citation = ctx.View.Cite(line, s, e) });
                }
            }
        }

        return supplements.DistinctBy(p => p.Amount).ToList();
    }

    [GeneratedRegex(@"(?<![\d.,])(?:€\s*)?(?<n>\d,\d{1,2})\s*(?:€|EUR|euro)?\s*(?:extra|meer|bijkomend|toeslag)\s*(?:bruto\s*)?(?:per uur|/\s*uur)|(?:toeslag|supplement)\s+van\s+(?:€\s*)?(?<n>\d,\d{1,2})\s*(?:€|EUR|euro)?\s*(?:bruto\s*)?(?:per uur|/\s*uur)", RegexOptions.IgnoreCase)]
    private static partial Regex SupplementPerHour();

    /// <summary>Whether the table a row belongs to sits under a heading row or sentence that names an hourly wage.</summary>
    private static bool HourlyHeading(IReadOnlyList<TextLine> lines, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 12) && lines[i].Section == lines[index].Section; i--)
        {
            if (HourlyWord().IsMatch(lines[i].Text))
            {
                return true;
            }

            if (!HourlyRow().IsMatch(lines[i].Text) && !lines[i].Text.Contains(':', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The ages a wage is for: "16–17 jaar", "21 jaar en ouder", "vanaf 21 jaar", "tot 17 jaar", "jonger dan 18".</summary>
    internal static (int? Min, int? Max) AgesOf(string text)
    {
        if (AgeRange().Match(text) is { Success: true } range)
        {
            return (int.Parse(range.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(range.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (AgeFrom().Match(text) is { Success: true } from)
        {
            return (int.Parse(from.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture), null);
        }

        if (AgeUpTo().Match(text) is { Success: true } upTo)
        {
            var b = int.Parse(upTo.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return (null, upTo.Groups["under"].Success ? b - 1 : b);
        }

        return SingleAge().Match(text) is { Success: true } single && int.TryParse(single.Groups["a"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age)
            ? (age, age) : (null, null);
    }

    [GeneratedRegex(@"(?<a>\d{2})\s*(?:[–-]|tot|t/m|t\.e\.m\.)\s*(?<b>\d{2})\s*jaar", RegexOptions.IgnoreCase)]
    private static partial Regex AgeRange();

    /// <summary>One age and its wage in a run of table rows: "17 jaar 12,85", "21 jaar e.o. 15,90", "18 jaar: € 13,76".</summary>
    [GeneratedRegex(@"(?<![\d.,]|[–-]\s{0,2}|\b(?:tot|t/m)\s)(?<age>\d{2}\s*jaar(?:\s*(?:e\.o\.|en ouder|en meer|of ouder|\+))?)\s*[:|]?\s*(?:€\s*|EUR\s*)?(?<n>\d{1,2},\d{2})(?![\d.,]*\s*%)(?![\d])", RegexOptions.IgnoreCase)]
    private static partial Regex AgeWageRun();

    [GeneratedRegex(@"(?<a>\d{2})\s*jaar\s*(?:(?:en|of)\s*ouder|e\.o\.)|(?:vanaf|minstens)\s*(?<a>\d{2})\s*jaar|(?<a>\d{2})\s*\+", RegexOptions.IgnoreCase)]
    private static partial Regex AgeFrom();

    [GeneratedRegex(@"(?<b>\d{2})\s*jaar\s*(?:en|of)\s*jonger|(?:tot|t/m)\s*(?<b>\d{2})\s*jaar|(?<under>jonger dan|onder)\s*(?<b>\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex AgeUpTo();

    [GeneratedRegex(@"per uur|/\s*uur|\buurloon|\buurlonen|\buurtarief|\bper u\b|/\s*u\b", RegexOptions.IgnoreCase)]
    private static partial Regex HourlyWord();

    /// <summary>A row of a table or a list ("| 18–20 jaar | € 14,10 |", "18–20 jaar: € 14,10", "- redder: € 15,35").</summary>
    [GeneratedRegex(@"^\s*\||^\s*[-•*]?\s*[^:.!?€|]{1,60}(?:[:|]|\s?\.{3,})\s*(?:€|EUR\b)?\s*\d")]
    private static partial Regex HourlyRow();

    /// <summary>The last cell of a row, a wage without a currency sign: "16 jaar: 11,42", "| 18 jaar | 13,71 |", "17 jaar ..... 12,57".</summary>
    [GeneratedRegex(@"(?:[:|]|\.{2,})\s*(?<n>\d{1,2}[.,]\d{2})\s*\|?\s*$")]
    private static partial Regex BareWage();

    /// <summary>A label that ends in a dot leader before its amount: "17 jaar ........ ", "redder ... ".</summary>
    [GeneratedRegex(@"\S\s?\.{2,}\s*(?:€|EUR)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DotLeader();

    /// <summary>A row label that is one age: "17 jaar ........", "| 19 jaar |".</summary>
    [GeneratedRegex(@"^[\s|*•-]*(?<a>\d{2})\s*jaar[\s.:|]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleAge();

    [GeneratedRegex(@"toeslag|bovenop|supplement|vergoeding|premie|extra\b", RegexOptions.IgnoreCase)]
    private static partial Regex Supplement();

    /// <summary>A row of a seniority table without a euro sign ("| 10 jaar | 3.450,12 |", "5 jaar: 3.100,00").</summary>
    private static SalaryPoint? RowPoint(ExtractionContext ctx, IReadOnlyList<TextLine> lines, int index, System.Text.RegularExpressions.Match row)
    {
        if (!Money.TryParse(row.Groups["amt"].Value, out var amount, out _) || amount < 500 || !int.TryParse(row.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years))
        {
            return null;
        }

        var line = lines[index];
        var basis = SalaryWording.BasisOf(line.Text) ?? BasisNear(lines, index);
        return new SalaryPoint { Amount = amount, SeniorityYears = years, Label = $"bij {years} jaar anciënniteit", Basis = basis, Period = PeriodNear(lines, index), Citation = ctx.View.Cite(line) };
    }

    /// <summary>Whether a row sits in a salary table: in a salary section, or under a heading row that names pay.</summary>
    private static bool InSalaryTable(IReadOnlyList<TextLine> lines, int index)
    {
        if (lines[index].Topic is Topic.Salary)
        {
            return true;
        }

        // Up over the rows of the table itself, then the few lines above it (its heading row or sentence).
        var top = index - 1;
        while (top >= 0 && lines[top].Section == lines[index].Section && (TableRowLead().IsMatch(lines[top].Text) || SeniorityRow().IsMatch(lines[top].Text)))
        {
            top--;
        }

        var from = Math.Max(0, Math.Min(top, index - 8) - 2);
        return Enumerable.Range(from, Math.Max(0, index - from)).Any(i => SalaryWord().IsMatch(lines[i].Text));
    }

    /// <summary>The basis stated by the table heading or the salary sentence just above a line (same section, up to 8 lines back).</summary>
    /// <summary>
    /// The header row above a block of cell rows ("label: € amount[: € amount]") when it names pay and is itself a row of cells
    /// ("Bruto per maand, voltijds: jouw loon aan 19/38", "Anciënniteit | Maandloon"), else null.
    /// </summary>
    private static string? PayHeaderAbove(IReadOnlyList<TextLine> lines, int index)
    {
        if (!CellRow().IsMatch(lines[index].Text))
        {
            return null;
        }

        var top = index - 1;
        while (top >= 0 && index - top <= 12 && lines[top].Section == lines[index].Section && CellRow().IsMatch(lines[top].Text))
        {
            top--;
        }

        var above = top >= 0 && lines[top].Section == lines[index].Section && Money.FindAll(lines[top].Text).Count == 0 ? lines[top].Text : null;
        if (above is null || !SalaryWord().IsMatch(above) || !(above.Contains(':') || above.Contains('|')) || above.TrimEnd().EndsWith('.'))
        {
            // A table whose header row has an empty first cell is read as one row: "bruto per maand (voltijds) minimum C1: € 2.700,00"
            // over "maximum C3: € 4.000,00". The first row's label then carries the header's words.
            var first = lines[top + 1].Text;
            var cut = first.LastIndexOf(':');
            var label = cut > 0 ? first[..cut] : string.Empty;
            return top + 1 < index && SalaryWord().IsMatch(label) && Money.FindAll(label).Count == 0 ? label : null;
        }

        return above;
    }

    /// <summary>A table row of cells: a short label, then a separator and an amount ("start: € 2.652,88: € 1.326,44", "maximum: 3.395,68 euro").</summary>
    [GeneratedRegex(@"^\s*\|?\s*(?:[^:|.€]|\.(?!\s+\p{Lu})){1,60}[:|]\s*(?:€\s*)?\d[\d.]*(?:,\d{2})?(?:\s*(?:€|EUR|euro))?\s*(?:[:|]\s*(?:€\s*)?\d[\d.]*(?:,\d{2})?(?:\s*(?:€|EUR|euro))?\s*)*\|?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CellRow();

    /// <summary>
    /// "Minimum € A; maximum € B. Deze bedragen zijn jaarbedragen aan index 100.": the basis a later sentence of the same paragraph
    /// (or the next line) gives the amounts by referring back to them ("deze bedragen", "die lonen", "these amounts").
    /// </summary>
    private static string? BasisReferredBack(IReadOnlyList<TextLine> lines, int index, int sentenceEnd)
    {
        var rest = lines[index].Text[sentenceEnd..];
        if (index + 1 < lines.Count && lines[index + 1].Section == lines[index].Section)
        {
            rest += "\n" + lines[index + 1].Text;
        }

        foreach (var (s, e) in DocumentView.Sentences(rest))
        {
            var sentence = rest[s..e];
            if (ReferBack().IsMatch(sentence) && !AmountIn().IsMatch(sentence) && SalaryWording.BasisOf(sentence) is { } basis)
            {
                return basis;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:deze|die|bovenstaande|vermelde|genoemde|these|the above|ces)\s+(?:\w+\s+)?(?:bedragen|lonen|weddes?|salarissen|barema'?s|schalen|amounts|figures|montants)\b|\b(?:bedragen|amounts)\s+(?:hierboven|above)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferBack();

    [GeneratedRegex(@"(?:€|EUR\b|euro\b)\s*\d|\d[\d.]*,\d{2}\s*(?:€|EUR\b|euro\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountIn();

    private static string? BasisNear(IReadOnlyList<TextLine> lines, int index)
    {
        var top = TableTop(lines, index);
        for (var i = index - 1; i >= Math.Max(0, top - 8) && lines[i].Section == lines[index].Section; i--)
        {
            if (SalaryWording.BasisOf(lines[i].Text) is { } basis)
            {
                return basis;
            }
        }

        return null;
    }

    /// <summary>The first row of the table a line belongs to (the line itself when it is no table row): the heading and the sentence above a long table still describe its last rows.</summary>
    private static int TableTop(IReadOnlyList<TextLine> lines, int index)
    {
        var top = index;
        while (top > 0 && lines[top - 1].Section == lines[index].Section && IsRow(lines[top - 1].Text))
        {
            top--;
        }

        return top;

        static bool IsRow(string text) => TableRowLead().IsMatch(text) || SeniorityRow().IsMatch(text) || BareRowLead().IsMatch(text);
    }

    private static bool? FullTimeNear(IReadOnlyList<TextLine> lines, int index)
    {
        var top = TableTop(lines, index);
        for (var i = index; i >= Math.Max(0, top - 8) && lines[i].Section == lines[index].Section; i--)
        {
            if (SalaryWording.FullTimeOf(lines[i].Text) is { } fullTime)
            {
                return fullTime;
            }
        }

        return null;
    }

    private static SalaryPeriod? PeriodNear(IReadOnlyList<TextLine> lines, int index)
    {
        for (var i = index; i >= Math.Max(0, index - 8); i--)
        {
            if (PeriodOf(lines[i].Text) is { } period)
            {
                return period;
            }
        }

        return null;
    }

    /// <summary>Whether one of the line's sentences with an amount speaks of pay (a benefit sentence beside it does not spoil it).</summary>
    private static bool IsSalaryLine(TextLine line, IReadOnlyList<Money.Match> amounts, bool underLead) =>
        amounts.Any(a => SalarySentence(line.Text, a.Start, a.End) is var (s, e) && IsSalaryText(line, line.Text[s..e], a.Start - s, underLead));

    /// <summary>
    /// Whether a line with an amount sits under a lead line that names pay and ends in a colon, directly or over other lines
    /// with amounts of the same section: "Bruto maandloon (voltijds):" over "minimum € A en maximum € B.", "Verloning volgens
    /// schaal B1-B3 (bruto per maand):" over "- minimum ........ EUR A" / "- maximum van de schaal .... EUR B".
    /// </summary>
    private static bool PayLeadAbove(IReadOnlyList<TextLine> lines, int index)
    {
        var i = index - 1;
        while (i >= 0 && index - i <= 10 && lines[i].Section == lines[index].Section && Money.FindAll(lines[i].Text).Count > 0)
        {
            i--;
        }

        if (i < 0 || lines[i].Section != lines[index].Section)
        {
            return false;
        }

        var lead = lines[i].Text.TrimEnd();
        return lead.EndsWith(':') && SalaryWord().IsMatch(lead) && !BenefitLine().IsMatch(lead);
    }

    /// <summary>
    /// The sentence around an amount, where an abbreviation's dot is no sentence end: "een maandwedde van min. EUR 4.100,00
    /// en max. EUR 6.200,00", "ca. EUR 3.000", "bv. Met 5 jaar" stay one sentence.
    /// </summary>
    internal static (int Start, int End) SalarySentence(string text, int from, int to)
    {
        var (s, e) = DocumentView.SentenceBounds(text, from, to);
        for (var guard = 0; guard < 6 && s > 0 && AbbreviationEnd().IsMatch(text[..s]); guard++)
        {
            s = DocumentView.SentenceBounds(text, s - 1, s - 1).Start;
        }

        for (var guard = 0; guard < 6 && e < text.Length && AbbreviationEnd().IsMatch(text[..e]); guard++)
        {
            e = DocumentView.SentenceBounds(text, e + 1, e + 1).End;
        }

        return (s, e);
    }

    [GeneratedRegex(@"\b(?:min|max|ca|bv|resp|incl|excl|ong|nl|o\.a|m\.a\.w|t\.e\.m|t\.e\.m|plm|gem)\.\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AbbreviationEnd();

    /// <summary>A row label without its scale code: "max. (C3)" → "max. ()", "minimum A1a" → "minimum ", so the bound word still reads.</summary>
    private static string WithoutScaleCodes(string text) => ScaleCode().Replace(text, string.Empty);

    [GeneratedRegex(@"\b(?:[A-E]|NA|BA|[A-E]V)\d{1,3}[a-z]?\b")]
    private static partial Regex ScaleCode();

    /// <summary>
    /// Whether the sentence around an amount (at <paramref name="at"/> in it) speaks of pay. A benefit word counts against it
    /// only before the amount or in the few words after it: "maaltijdcheques van € 8" is no pay, "minimum € 31.874,52 (zonder
    /// vakantiegeld en eindejaarspremie)" is.
    /// </summary>
    private static bool IsSalaryText(TextLine line, string sentence, int at, bool underLead = false)
    {
        var near = sentence[..Math.Clamp(at + 25, 0, sentence.Length)];
        var exclusion = ExcludedExtras().Match(sentence) is { Success: true } x && x.Index >= at ? x.Index : sentence.Length;
        return !BenefitLine().IsMatch(near[..Math.Min(near.Length, exclusion)]) && (SalaryWord().IsMatch(sentence) || line.Topic is Topic.Salary || underLead
            || (line.Topic is Topic.Offer && (SeniorityBefore().IsMatch(sentence) || Monthly().IsMatch(sentence) || Yearly().IsMatch(sentence))));
    }

    /// <summary>
    /// The years of a bare table row ("6: € 2.900,00", "| 6 | 2.900,00 |") when the table's heading row names seniority in
    /// its first cell ("Jaren ervaring: bruto maandloon", "Anciënniteit | Bedrag"), else null.
    /// </summary>
    private static int? BareRowYears(IReadOnlyList<TextLine> lines, int index)
    {
        if (BareRowLead().Match(lines[index].Text) is not { Success: true } lead)
        {
            return null;
        }

        var top = index - 1;
        while (top >= 0 && lines[top].Section == lines[index].Section && BareRowLead().IsMatch(lines[top].Text))
        {
            top--;
        }

        return top >= 0 && SeniorityHeading().IsMatch(lines[top].Text) ? int.Parse(lead.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static int? SeniorityOf(string before, string after, string? bound, string sentence)
    {
        var m = SeniorityCell().Match(before);
        if (!m.Success)
        {
            // Rows run together on one line ("bruto / maand 0 jaar € 2.758,99 3 jaar € 2.891,63"): the years right before the amount.
            m = SeniorityRightBefore().Match(before);
        }

        if (!m.Success)
        {
            m = SeniorityAfter().Match(after);
        }

        if (!m.Success)
        {
            m = SeniorityBefore().Match(before);
        }

        if (m.Success && DutchNumbers.TryParse(m.Groups["n"].Value, out var n))
        {
            return (int)n;
        }

        if (Start().IsMatch(before) || (bound == "min" && !SeniorityBefore().IsMatch(sentence)))
        {
            return 0;
        }

        return null;
    }

    private static SalaryPeriod? PeriodOf(string sentence) =>
        Monthly().IsMatch(sentence) ? SalaryPeriod.Month : Yearly().IsMatch(sentence) ? SalaryPeriod.Year : null;

    /// <summary>The document's own short label ("Aanvangsbrutowedde", "Met 12 jr. anciënniteit"), else one made from the seniority.</summary>
    private static string Label(string before, int? seniority, string? bound)
    {
        var own = before.Trim().TrimStart('-', ' ').Trim().TrimEnd(':', '(', ' ').Trim();
        if (own.Length is > 3 and <= 50 && own.Any(char.IsLetter) && !own.Contains('€', StringComparison.Ordinal))
        {
            return own;
        }

        return seniority switch
        {
            0 => "aanvangsloon",
            { } n => $"bij {n} jaar anciënniteit",
            _ => bound == "max" ? "maximum" : bound == "min" ? "minimum" : "gepubliceerd bedrag",
        };
    }

    [GeneratedRegex(@"salaris|loon|lonen|wedde|bezoldiging|barema|bruto|verdien|verloning|maandsalaris|jaarwedde", RegexOptions.IgnoreCase)]
    private static partial Regex SalaryWord();

    [GeneratedRegex(@"maaltijdcheque|ecocheque|fietsvergoeding|per km|kilometer|per gewerkte dag|cadeaubon|premie", RegexOptions.IgnoreCase)]
    private static partial Regex BenefitLine();

    /// <summary>"(zonder haardtoelage, vakantiegeld en eindejaarspremie)", "exclusief premies": extras said not to be included.</summary>
    [GeneratedRegex(@"\b(?:zonder|exclusief|excl\.|niet inbegrepen|buiten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExcludedExtras();

    [GeneratedRegex(@"^\s*(per (km|kilometer|gewerkte dag|dag|uur)|/\s*(km|dag|uur))", RegexOptions.IgnoreCase)]
    private static partial Regex BenefitAmount();

    /// <summary>An allowance or bonus that names the amount right after it: "haardtoelage € …", "premie van € …", "vergoeding: € …".</summary>
    [GeneratedRegex(@"\b\p{L}*(toelage|premie|vergoeding|toeslag|bonus|cheques?)\s*(van\s+|bedraagt\s+|:\s*)?(ongeveer\s+|maximaal\s+|max\.\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AllowanceBefore();

    [GeneratedRegex(@"tussen|\bà\b|\btot\b|variëren|[€\d]\s*[-–]\s*€|\d\s+[-–]\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    [GeneratedRegex(@"^\s*\(\s*(?<w>min(?:\.|imum)?|max(?:\.|imum)?)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex BoundAfterAmount();

    [GeneratedRegex(@"\bmin(\.|imum|imaal|imale)?\b[^€\d]*$|\bminimum(wedde|loon|salaris|bedrag|jaarwedde|maandwedde)\b[^€\d]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinWord();

    [GeneratedRegex(@"\bmax(\.|imum|imaal|imale)?\b[^€\d]*$|\bmaximum(wedde|loon|salaris|bedrag|jaarwedde|maandwedde)\b[^€\d]*$|einde van de (loon|salaris)?schaal[^€\d]*$|eindloon[^€\d]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MaxWord();

    [GeneratedRegex(@"^\s*[/,]?\s*(?:maand|jaar|per maand|bruto)?\s*(?:\(?\s*(?:bij|met|na)\s+|\(\s*)(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*(?:jaar|jr\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityAfter();

    [GeneratedRegex(@"(?:met|bij|na)\s+(?:(?:bijvoorbeeld|bv\.?|b\.v\.|zo'n|ongeveer|een)\s+)?(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*(?:jaar|jr\.?|jaren)\s*(?:(?:\p{L}+e|overgenomen)\s+){0,2}(?:anci[eë]nniteit|ervaring|dienst)", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityBefore();

    [GeneratedRegex(@"(?:^|[|:(]|\b(?:na|met|bij|vanaf)\b)\s*(?<n>\d{1,2}|" + DutchNumbers.WordPattern + @")\s*(?:jaar|jr\.?|jaren)(?![\p{L}])[^€\d()]{0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityCell();

    /// <summary>"… maand 0 jaar € ", "… 12 jaar: ": years with nothing but a colon between them and the amount.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,2})\s*(?:jaar|jr\.?)\s*:?\s*(?:€|EUR)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityRightBefore();

    [GeneratedRegex(@"^\W*(?:na|met|bij|vanaf)?\s*(?<n>\d{1,2})\s*(?:jaar|jr\.?)(?:\s+(?:geldelijke\s+)?anci[eë]nniteit)?\s*[|:;–-]?\s*(?<amt>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?:\.\d{3})*,\d{2}|\d{3,6}(?:,\d{1,2})?)(?![\d.,]*\s*%)", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityRow();

    [GeneratedRegex(@"^\s*\|?\s*(?:na\s+|met\s+|bij\s+)?\d{1,2}\s*(?:jaar|jr\.?|jaren)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TableRowLead();

    /// <summary>Years and the amount right after them, in a run of rows on one line: "0 jaar 4.456,83", "5 jaar: € 5.021,36".</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,2})\s*(?:jaar|jr\.?)\s*(?:anci[eë]nniteit\s*)?[:|]?\s*(?:€\s*|EUR\s*)?(?<amt>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?:\.\d{3})*,\d{2})(?![\d.,]*\s*%)(?![\d])", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityRun();

    [GeneratedRegex(@"^\s*\|?\s*(?<n>\d{1,2})\s*[|:;]\s*(?:€\s*)?\d")]
    private static partial Regex BareRowLead();

    [GeneratedRegex(@"^\W*(?<n>\d{1,2})\s*[|:;]\s*(?<amt>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?:\.\d{3})*,\d{2}|\d{3,6}(?:,\d{1,2})?)(?![\d.,]*\s*%)")]
    private static partial Regex BareSeniorityRow();

    [GeneratedRegex(@"^\W*(?:(?:aantal\s+)?jaren(?:\s+\w+)?|anci[eë]nniteit|(?:relevante\s+)?ervaring|dienstjaren|jaren\s+anci[eë]nniteit|[^:|;€\d]{0,40}\b(?:jaren|anci[eë]nniteit|dienstjaren|ervaringsjaren)\b[^:|;€\d]{0,40})\s*(?:\(?\s*jaren?\s*\)?)?\s*[|:;]", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityHeading();

    [GeneratedRegex(@"aanvang|start|begin van de loopbaan|bij opstart|instap|zonder (?:ervaring|anci[eë]nniteit)", RegexOptions.IgnoreCase)]
    private static partial Regex Start();

    [GeneratedRegex(@"maand|/\s*m\b|maandelijks", RegexOptions.IgnoreCase)]
    private static partial Regex Monthly();

    [GeneratedRegex(@"jaarwedde|jaarsalaris|jaarloon|jaarbedrag|per jaar|/\s*jaar|op jaarbasis|jaarlijks", RegexOptions.IgnoreCase)]
    private static partial Regex Yearly();

}
