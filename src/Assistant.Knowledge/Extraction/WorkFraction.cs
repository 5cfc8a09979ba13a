using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// The share of a full-time job a line states: "halftijds" (0.5), "19/38" and "30,4/38" (hours out of 38),
/// "4/5" or "4/5de" (0.8), "12/22" next to "lesuren" (a teaching assignment), "80%" or "deeltijds (50%)" next to a regime word, "28,5 uur per week" (hours / 38),
/// "voltijds" or "38/38" (1), "0,6 VTE", "0.8 FTE", "ETP 0,5" (a share of a full-time equivalent), "22u48 per week" (hours and
/// minutes). A percentage that is a pass mark or an index ("aan 100%") is not a fraction, and full time named as what an
/// amount is for ("maandloon voor een voltijdse betrekking", "omgerekend naar voltijds") is no regime.
/// </summary>
public static partial class WorkFraction
{
    /// <summary>Full-time hours per week in Belgian public service.</summary>
    public const decimal FullTimeHours = 38m;

    /// <summary>
    /// The fraction a line states and where it stands, or null. With several ("voltijds (38 uur per week); 4/5 is
    /// bespreekbaar") the first that is not an option ("4/5 is bespreekbaar", "ook halftijds mogelijk") counts.
    /// </summary>
    public static (decimal Fraction, int Start, int End)? Find(string text)
    {
        var found = new List<(decimal Fraction, int Start, int End)>();
        foreach (Match h in OutOf38().Matches(text))
        {
            if (Number(h.Groups["h"].Value) is { } hours && hours <= FullTimeHours)
            {
                found.Add((Round(hours / FullTimeHours), h.Index, h.Index + h.Length));
            }
        }

        var regimeWord = RegimeWord().IsMatch(text) && !NotRegime().IsMatch(text);
        foreach (Match r in Ratio().Matches(text))
        {
            var n = int.Parse(r.Groups["n"].Value, CultureInfo.InvariantCulture);
            var d = int.Parse(r.Groups["d"].Value, CultureInfo.InvariantCulture);
            if ((r.Groups["suffix"].Success || regimeWord) && n > 0 && n <= d)
            {
                found.Add((Round((decimal)n / d), r.Index, r.Index + r.Length));
            }
        }

        // "12/22 (12 lesuren per week)", "18/24 lestijden": a teaching assignment out of the full-time number of periods.
        if (!NotRegime().IsMatch(text) && Periods().IsMatch(text))
        {
            foreach (Match r in OutOfPeriods().Matches(text))
            {
                var n = int.Parse(r.Groups["n"].Value, CultureInfo.InvariantCulture);
                var d = int.Parse(r.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (n > 0 && n <= d)
                {
                    found.Add((Round((decimal)n / d), r.Index, r.Index + r.Length));
                }
            }
        }

        if (regimeWord)
        {
            foreach (Match p in Percent().Matches(text))
            {
                if (Number(p.Groups["p"].Value) is { } percent && percent is > 0 and <= 100)
                {
                    found.Add((Round(percent / 100m), p.Index, p.Index + p.Length));
                }
            }
        }

        foreach (Match e in Equivalent().Matches(text))
        {
            if (Number(e.Groups["f"].Value) is { } share && share is > 0 and <= 1)
            {
                found.Add((Round(share), e.Index, e.Index + e.Length));
            }
        }

        found.AddRange(HalfTime().Matches(text).Select(m => (0.5m, m.Index, m.Index + m.Length)));
        foreach (Match w in HoursPerWeek().Matches(text))
        {
            var minutes = w.Groups["m"].Success ? int.Parse(w.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (Number(w.Groups["h"].Value) is { } whole && minutes < 60 && whole + minutes / 60m is var weekly && weekly is > 0 and <= FullTimeHours)
            {
                found.Add((Round(weekly / FullTimeHours), w.Index, w.Index + w.Length));
            }
        }

        // "Brutoloon voor een voltijdse betrekking", "omgerekend naar voltijds": full time as the measure of an amount, not the job's regime.
        found.AddRange(FullTime().Matches(text).Where(m => !IsMeasure(text, m.Index))
            .Select(m => (1m, m.Index, m.Index + m.Length)));
        var stated = found.Where(f => !IsOption(text, f.Start, f.End)).OrderBy(f => f.Start).ToList();
        return stated.Count == 0 ? null : stated[0];
    }

    /// <summary>Whether the full-time word at <paramref name="index"/> is the measure of an amount ("loon voor een voltijdse betrekking").</summary>
    public static bool IsMeasure(string text, int index) => FullTimeAsMeasure().IsMatch(text[Math.Max(0, index - 30)..index]);

    /// <summary>"4/5 is bespreekbaar", "ook halftijds mogelijk", "eventueel 80%": an option, not the regime.</summary>
    private static bool IsOption(string text, int start, int end) =>
        OptionBefore().IsMatch(text[Math.Max(0, start - 25)..start]) || OptionAfter().IsMatch(text[end..Math.Min(text.Length, end + 30)]);

    private static decimal Round(decimal value) => Math.Round(value, 6); // 30/38 pro-rates € 3.352,80 to € 2.646,95, not € 2.647,04

    private static decimal? Number(string raw) =>
        decimal.TryParse(raw.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    [GeneratedRegex(@"(?<![\d/.,])(?<h>\d{1,2}(?:[.,]\d{1,2})?)\s*/\s*38(?:ste|e|de)?(?![\d/])")]
    private static partial Regex OutOf38();

    [GeneratedRegex(@"(?<![\d/.,])(?<n>[1-9])\s*/\s*(?<d>[2-9])(?![\d/]|[.,]\d)(?<suffix>\s*(?:de|e|ste)\b)?")]
    private static partial Regex Ratio();

    [GeneratedRegex(@"(?<![\d/.,])(?<n>\d{1,2})\s*/\s*(?<d>19|2[0-9]|3[0-6]|40)(?![\d/]|[.,]\d)")]
    private static partial Regex OutOfPeriods();

    [GeneratedRegex(@"\b(?:lesuren|lestijden|lesuur|uren|uur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Periods();

    [GeneratedRegex(@"(?<![\d.,])(?<p>\d{2,3}(?:[.,]\d{1,2})?)\s?%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\bhalftijd\w*|\bhalve\s+(?:tewerkstelling|betrekking|job)", RegexOptions.IgnoreCase)]
    private static partial Regex HalfTime();

    [GeneratedRegex(@"\bvoltijd\w*|\bfull[- ]?time\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullTime();

    [GeneratedRegex(@"(?<h>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:u|uur|h)(?:ren)?(?:\s*(?<m>[0-5]\d)(?:\s*min\w*)?)?\s*(?:per week|/\s?week|/\s?w\b|per w\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HoursPerWeek();

    /// <summary>"0,6 VTE", "0.8 FTE", "0,5 ETP", "VTE 0,6", "0,75 voltijds equivalent".</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<f>0[.,]\d{1,2}|1(?:[.,]0{1,2})?)\s*(?:VTE|FTE|ETP|voltijd\w*\s+equivalent\w*)\b|\b(?:VTE|FTE|ETP)\s*:?\s*(?<f>0[.,]\d{1,2}|1(?:[.,]0{1,2})?)(?![\d.,])", RegexOptions.IgnoreCase)]
    private static partial Regex Equivalent();

    /// <summary>What comes before "voltijds" when full time is the measure of an amount: "voor een", "bij een", "op basis van een", "omgerekend naar".</summary>
    [GeneratedRegex(@"\b(?:voor|bij|aan|op basis van|uitgedrukt in|omgerekend naar|berekend op)\s+(?:een\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FullTimeAsMeasure();

    [GeneratedRegex(@"\b(?:ook|eventueel|desgewenst|of)\s+(?:in\s+|een\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OptionBefore();

    [GeneratedRegex(@"^\W*(?:(?:is|zijn|werken|werk)\s+)?(?:ook\s+)?(?:bespreekbaar|mogelijk|optioneel|na overleg|op aanvraag)", RegexOptions.IgnoreCase)]
    private static partial Regex OptionAfter();

    [GeneratedRegex(@"deeltijd|tewerkstelling|werkregime|regime|betrekking|prestaties|uurrooster|arbeidsduur|\bjob\b|contract|opdracht|werkweek", RegexOptions.IgnoreCase)]
    private static partial Regex RegimeWord();

    [GeneratedRegex(@"\bindex|\bproef|\bpunten|\bbehalen|\bslagen|\bscore|\bgeslaagd|\bkorting|\bterugbetaling|\bvergoeding", RegexOptions.IgnoreCase)]
    private static partial Regex NotRegime();
}
