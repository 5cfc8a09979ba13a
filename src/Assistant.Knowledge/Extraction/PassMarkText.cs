using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// The phrasings of a pass mark in one clause: "minstens 12/20", "minimaal 12 op 20", "een minimumscore van 30 op 50",
/// "je moet minstens 60% behalen", "60 procent halen", "een minimum van 50%", "ten minste de helft van de punten",
/// "wie minder dan 30 punten haalt, is uitgesloten", "niveau B2 behalen", "beoordeeld als geschikt of niet geschikt", a table cell "geslaagd / niet geslaagd".
/// A weight ("weegt voor 40%", "telt voor 60%") is no pass mark.
/// </summary>
public static partial class PassMarkText
{
    /// <summary>The pass mark a clause states, or null.</summary>
    public static PassMark? Find(string clause, Citation cite)
    {
        if (WeightWords().IsMatch(clause))
        {
            return null;
        }

        if ((PointsMark().Match(clause) is { Success: true } m0 ? m0 : MustScore().Match(clause) is { Success: true } m1 ? m1 : ScoreToPass().Match(clause)) is { Success: true } s
            && decimal.TryParse(s.Groups["p"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var points)
            && decimal.TryParse(s.Groups["of"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var outOf)
            && outOf > 0 && points <= outOf)
        {
            return new PassMark { Points = points, OutOf = outOf, Percent = Math.Round(points * 100 / outOf, 2), Citation = cite };
        }

        // "wie minder dan 30 punten haalt, is uitgesloten": the lowest score that stays in.
        if (BelowExcluded().Match(clause) is { Success: true } below)
        {
            var need = decimal.Parse(below.Groups["p"].Value, CultureInfo.InvariantCulture);
            return below.Groups["of"].Success && decimal.Parse(below.Groups["of"].Value, CultureInfo.InvariantCulture) is var of && of >= need && of > 0
                ? new PassMark { Points = need, OutOf = of, Percent = Math.Round(need * 100 / of, 2), Citation = cite }
                : new PassMark { Points = need, Citation = cite };
        }

        if (PointsOnly().Match(clause) is { Success: true } only)
        {
            return new PassMark { Points = decimal.Parse(only.Groups["p"].Value, CultureInfo.InvariantCulture), Citation = cite };
        }

        if (Percent(clause) is { } percent)
        {
            return new PassMark { Percent = percent, Citation = cite };
        }

        if (LanguageLevel().Match(clause) is { Success: true } l)
        {
            return new PassMark { Level = l.Groups["l"].Value.ToUpperInvariant(), Citation = cite };
        }

        return Suitable().IsMatch(clause) ? new PassMark { Qualitative = Passed().IsMatch(clause) ? "geslaagd" : "geschikt", Citation = cite } : null;
    }

    /// <summary>The percentage a clause requires ("minstens 60%", "60 procent behalen", "de helft van de punten"), or null.</summary>
    public static decimal? Percent(string clause)
    {
        if (WeightWords().IsMatch(clause))
        {
            return null;
        }

        // "minstens zes op tien": a ratio in words is a percentage.
        if (WordRatio().Match(clause) is { Success: true } ratio
            && Parsing.DutchNumbers.TryParse(ratio.Groups["a"].Value, out var a) && Parsing.DutchNumbers.TryParse(ratio.Groups["b"].Value, out var b) && b > 0 && a <= b)
        {
            return Math.Round(a * 100 / b, 2);
        }

        var m = PercentMark().Match(clause);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["n"].Success)
        {
            var n = decimal.Parse(m.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            return n is > 0 and <= 100 ? n : null;
        }

        return Fraction(m.Groups["f"].Value);
    }

    /// <summary>A mark given as a bare table cell under a pass-mark column: "12/20", "60%", "60 procent", "geslaagd / niet geslaagd".</summary>
    public static PassMark? FromCell(string cell, Citation cite)
    {
        var c = cell.Trim();
        if (BareScore().Match(c) is { Success: true } s)
        {
            var points = decimal.Parse(s.Groups["p"].Value, CultureInfo.InvariantCulture);
            var outOf = decimal.Parse(s.Groups["of"].Value, CultureInfo.InvariantCulture);
            return outOf > 0 && points <= outOf ? new PassMark { Points = points, OutOf = outOf, Percent = Math.Round(points * 100 / outOf, 2), Citation = cite } : null;
        }

        if (BarePercent().Match(c) is { Success: true } p)
        {
            return new PassMark { Percent = decimal.Parse(p.Groups["n"].Value, CultureInfo.InvariantCulture), Citation = cite };
        }

        if (Find(c, cite) is { } found)
        {
            return found;
        }

        // "minstens 36 (60%)", "36 punten (= 60 %)", "60% (36 op 60)", "min. 36": under the pass-mark column a bare number is
        // the points needed and a percentage the share, in whichever order and wording the cell gives them.
        if (c.Length > 40 || WeightWords().IsMatch(c))
        {
            return null;
        }

        var share = CellPercent().Match(c) is { Success: true } pc ? decimal.Parse(pc.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : (decimal?)null;
        var need = CellPoints().Match(c) is { Success: true } pt ? decimal.Parse(pt.Groups["p"].Value, CultureInfo.InvariantCulture) : (decimal?)null;
        if (share is not (> 0 and <= 100) && need is null)
        {
            return null;
        }

        return new PassMark { Points = need, Percent = share is > 0 and <= 100 ? share : null, Citation = cite };
    }

    [GeneratedRegex(@"(?<![\d,.])(?<n>\d{1,3}(?:,\d)?)\s*(?:%|procent|pct)", RegexOptions.IgnoreCase)]
    private static partial Regex CellPercent();

    // The first number of the cell that is not a percentage nor a maximum after "/" or "op": "minstens 36 (60%)" → 36.
    [GeneratedRegex(@"^(?:\p{L}+\.?\s+){0,2}?(?<p>\d{1,3})(?![\d,.]|\s*(?:%|procent|pct))(?:\s*(?:punten|ptn|pt|p)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex CellPoints();

    private static decimal? Fraction(string words) => words.ToLowerInvariant() switch
    {
        "de helft" or "helft" => 50m,
        "twee derde" or "2/3" => 66.67m,
        "drie vierde" or "3/4" => 75m,
        "drie vijfde" or "3/5" => 60m,
        _ => null,
    };

    private const string Minimum = @"(?:\bmin\.(?=\s*\d)|minimumscore|minimum score|minimale (?:score|resultaat)[^.:\d%]{0,60}?|minimaal|minimum|minstens|ten minste|tenminste|slaagcijfer|slaagdrempel|drempel|minimumcijfer|(?:slaag\w*|slagen|geslaagd)\s+(?:\p{L}+\s+){0,2}?(?:vanaf|met|bij)|\bpas\s+vanaf)";

    [GeneratedRegex(Minimum + @"\s*(?:van|is|bedraagt|:)?\s*(?:(?:de|het)\s+)?(?<p>\d{1,3})\s*(?:/|op|van de|op de|van)\s*(?<of>\d{1,4})\b(?!\s*%)", RegexOptions.IgnoreCase)]
    private static partial Regex PointsMark();

    /// <summary>"je moet 18/30 halen": the score a candidate must reach, without a word for a minimum.</summary>
    [GeneratedRegex(@"\b(?:moet|moeten|dient|dienen)\s+(?:je|u|kandidaten|de kandidaten)?\s*(?<p>\d{1,3})\s*(?:/|op)\s*(?<of>\d{1,4})\s+(?:(?:te\s+)?(?:halen|behalen|scoren))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MustScore();

    [GeneratedRegex(
        Minimum + @"\s*(?:van|is|bedraagt|:)?\s*(?:\p{L}+\s+){0,2}?(?:(?<n>\d{1,3}(?:,\d)?)\s*(?:%|procent|pct)|(?<f>de helft|twee derde|drie vierde|drie vijfde))"
        + @"|(?:(?<n>\d{1,3}(?:,\d)?)\s*(?:%|procent|pct)|(?<f>de helft|twee derde|drie vierde|drie vijfde))(?:\s+van\s+de\s+(?:punten|score|totale score|te behalen punten))?\s+(?:\p{L}+\s+){0,4}?(?:behalen|behaalt|behaald|halen|haalt|gehaald|scoren|scoort|nodig|vereist)\b"
        + @"|(?<n>\d{1,3}(?:,\d)?)\s*(?:%|procent|pct)\s+(?:als|is\s+het|geldt\s+als(?:\s+het)?|vormt\s+het)\s+(?:minimum|ondergrens|drempel|slaagnorm|slaagcijfer)\b"
        + @"|(?:minimum|ondergrens|drempel|slaagnorm|slaagcijfer)\s+(?:\p{L}+\s+){0,3}?(?:ligt|is|bedraagt|op)\s+(?:op\s+)?(?<n>\d{1,3}(?:,\d)?)\s*(?:%|procent|pct)"
        + @"|(?:behalen|halen|scoren|slagen met|score van)\s+(?:van\s+)?(?:(?<n>\d{1,3}(?:,\d)?)\s*(?:%|procent|pct)|(?<f>de helft|twee derde|drie vierde|drie vijfde))",
        RegexOptions.IgnoreCase)]
    private static partial Regex PercentMark();

    /// <summary>"12/20 volstaat om te slagen", "wie 12 op 20 haalt, slaagt": the score named before the words that say it passes.</summary>
    [GeneratedRegex(@"(?<![\d,.])(?<p>\d{1,3})\s*(?:/|op)\s*(?<of>\d{1,4})\b(?!\s*%)(?:\s*punten)?,?\s+(?:\p{L}+,?\s+){0,3}?(?:om\s+te\s+slagen|(?:is|ben)\s+(?:je\s+)?geslaagd|slaag\w*|slaag\s+je)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreToPass();

    [GeneratedRegex(Minimum + @"\s*(?:van|is|bedraagt|:)?\s*(?<a>" + Parsing.DutchNumbers.WordPattern + @")\s+(?:op|van de|op de)\s+(?<b>" + Parsing.DutchNumbers.WordPattern + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordRatio();

    // "heb je minstens 60 nodig": a bare number the candidate needs is points.
    [GeneratedRegex(Minimum + @"\s*(?:van|is|bedraagt|:)?\s*(?<p>\d{1,3})(?:\s*(?:punten|ptn|pt)\b(?!\s*(?:/|op|van)\s*\d)|\s+(?=(?:nodig|vereist)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex PointsOnly();

    [GeneratedRegex(@"\b(?:minder dan|onder(?:\s+de)?)\s+(?<p>\d{1,3})\s*(?:(?:/|op)\s*(?<of>\d{1,4})\b|punten|ptn|pt\b)?[^.;]{0,40}?\b(?:uitgesloten|geëlimineerd|geelimineerd|valt af|vallen af|afgewezen|niet geslaagd|gezakt)", RegexOptions.IgnoreCase)]
    private static partial Regex BelowExcluded();

    [GeneratedRegex(@"weeg\w*|\btelt\s+(?:\w+\s+)?voor\b|gewicht|wegingsfactor|doorweg", RegexOptions.IgnoreCase)]
    private static partial Regex WeightWords();

    [GeneratedRegex(@"niveau\s+(?<l>[ABC][12])\s+(?:te\s+)?(?:halen|behalen)", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageLevel();

    [GeneratedRegex(@"[‘'""“]geschikt[’'""”]|geschikt (?:te )?(?:behalen|bevonden)|(?:als|met)\s+[‘'""“]?geschikt\b|geschikt\s*(?:/|of)\s*(?:niet\s+geschikt|ongeschikt)|^geslaagd\s*(?:/|of)\s*niet\s+geslaagd$", RegexOptions.IgnoreCase)]
    private static partial Regex Suitable();

    [GeneratedRegex(@"^geslaagd", RegexOptions.IgnoreCase)]
    private static partial Regex Passed();

    [GeneratedRegex(@"^(?:min(?:imum|imaal)?\.?\s*)?(?<p>\d{1,3})\s*(?:/|op)\s*(?<of>\d{1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex BareScore();

    [GeneratedRegex(@"^(?:min(?:imum|imaal)?\.?\s*)?(?<n>\d{1,3})\s*(?:%|procent)$", RegexOptions.IgnoreCase)]
    private static partial Regex BarePercent();
}
