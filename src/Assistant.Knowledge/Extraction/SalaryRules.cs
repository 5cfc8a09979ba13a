using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Salary: gross amounts in salary sentences, each with the seniority it is published for ("Met 12 jr.
/// anciënniteit: € …", "(bij 18 jaar relevante ervaring)", "Aanvangsbrutowedde", "min."/"max.", "tussen € A en
/// € B", "A à B"), the period (month or year, stated or inferred from the size) and the experience caps.
/// </summary>
public static partial class SalaryRules
{
    /// <summary>The salary facts, or null when no salary amount is published.</summary>
    public static Salary? Find(ExtractionContext ctx)
    {
        var points = new List<SalaryPoint>();
        var periodVotes = new List<SalaryPeriod>();
        var indexed = false;
        TextLine? first = null;
        foreach (var line in ctx.View.Lines)
        {
            var amounts = Money.FindAll(line.Text);
            if (amounts.Count == 0 || !IsSalaryLine(line))
            {
                continue;
            }

            first ??= line;
            indexed |= Indexed().IsMatch(line.Text);
            var range = Range().IsMatch(line.Text) && amounts.Count >= 2;
            for (var i = 0; i < amounts.Count; i++)
            {
                var a = amounts[i];
                if (BenefitAmount().IsMatch(line.Text[a.End..Math.Min(line.Text.Length, a.End + 25)]) || a.Amount < 500)
                {
                    continue;
                }

                var (s, e) = DocumentView.SentenceBounds(line.Text, a.Start, a.End);
                var before = line.Text[Math.Max(s, i > 0 ? amounts[i - 1].End : s)..a.Start];
                var after = line.Text[a.End..(i + 1 < amounts.Count ? amounts[i + 1].Start : e)];
                var bound = range ? (i == 0 ? "min" : i == amounts.Count - 1 ? "max" : null) : MinWord().IsMatch(before) ? "min" : MaxWord().IsMatch(before) ? "max" : null;
                var seniority = SeniorityOf(before, after, bound, line.Text[s..e]);
                if (PeriodOf(line.Text[s..e]) is { } period)
                {
                    periodVotes.Add(period);
                }

                points.Add(new SalaryPoint { Amount = a.Amount, SeniorityYears = seniority, Label = Label(before, seniority, bound), Bound = bound, Citation = ctx.View.Cite(line, s, e) });
            }
        }

        if (points.Count == 0)
        {
            return null;
        }

        points = points.DistinctBy(p => (p.Amount, p.SeniorityYears)).ToList();
        var stated = periodVotes.Count > 0;
        var periodValue = stated ? periodVotes.GroupBy(p => p).OrderByDescending(g => g.Count()).First().Key
            : points.Max(p => p.Amount) >= 15000 ? SalaryPeriod.Year : SalaryPeriod.Month;
        return new Salary
        {
            Period = periodValue,
            PeriodInferred = !stated,
            Indexed = indexed,
            Min = points.Where(p => p.Bound == "min").Select(p => (decimal?)p.Amount).FirstOrDefault() ?? points.Min(p => p.Amount),
            Max = points.Where(p => p.Bound == "max").Select(p => (decimal?)p.Amount).FirstOrDefault() ?? points.Max(p => p.Amount),
            Published = points,
            Caps = CapRules.Find(ctx),
            Citation = points[0].Citation,
        };
    }

    private static bool IsSalaryLine(TextLine line) =>
        !BenefitLine().IsMatch(line.Text) && (SalaryWord().IsMatch(line.Text) || line.Topic is Topic.Salary
            || (line.Topic is Topic.Offer && (SeniorityBefore().IsMatch(line.Text) || Monthly().IsMatch(line.Text) || Yearly().IsMatch(line.Text))));

    private static int? SeniorityOf(string before, string after, string? bound, string sentence)
    {
        var m = SeniorityAfter().Match(after);
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

    [GeneratedRegex(@"^\s*(per (km|kilometer|gewerkte dag|dag|uur)|/\s*(km|dag|uur))", RegexOptions.IgnoreCase)]
    private static partial Regex BenefitAmount();

    [GeneratedRegex(@"tussen|\bà\b|\btot\b|variëren|[€\d]\s*[-–]\s*€|\d\s+[-–]\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    [GeneratedRegex(@"\bmin(\.|imum|imaal)?\b[^€\d]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinWord();

    [GeneratedRegex(@"\bmax(\.|imum|imaal)?\b[^€\d]*$|einde van de (loon|salaris)?schaal[^€\d]*$|eindloon[^€\d]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MaxWord();

    [GeneratedRegex(@"^\s*[/,]?\s*(?:maand|jaar|per maand|bruto)?\s*\(?\s*(?:bij|met|na)\s+(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*(?:jaar|jr\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityAfter();

    [GeneratedRegex(@"(?:met|bij|na)\s+(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*(?:jaar|jr\.?|jaren)\s*(?:relevante\s+)?(?:anci[eë]nniteit|ervaring|dienst)", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorityBefore();

    [GeneratedRegex(@"aanvang|start|begin van de loopbaan|bij opstart|instap|zonder (?:ervaring|anci[eë]nniteit)", RegexOptions.IgnoreCase)]
    private static partial Regex Start();

    [GeneratedRegex(@"maand|/\s*m\b|maandelijks", RegexOptions.IgnoreCase)]
    private static partial Regex Monthly();

    [GeneratedRegex(@"jaarwedde|jaarsalaris|jaarloon|per jaar|/\s*jaar|op jaarbasis|jaarlijks", RegexOptions.IgnoreCase)]
    private static partial Regex Yearly();

    [GeneratedRegex(@"geïndexeerd|geindexeerd|index", RegexOptions.IgnoreCase)]
    private static partial Regex Indexed();
}
