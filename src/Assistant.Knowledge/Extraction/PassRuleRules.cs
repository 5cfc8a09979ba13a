using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>Overall pass rules: "60 % op elke proef afzonderlijk en 60 % op het geheel", "op het totaal … minstens 60 procent", "enkel de eerste 10 laureaten", "geschikt bevonden voor het assessment".</summary>
public static partial class PassRuleRules
{
    /// <summary>The rules stated anywhere in the selection sections.</summary>
    public static IReadOnlyList<PassRule> Find(ExtractionContext ctx)
    {
        var rules = new List<PassRule>();
        StepTable? table = null;
        foreach (var line in ctx.View.Lines.Where(l => l.Topic == Topic.Selection))
        {
            // A step table's "Totaal: 100: 60%" row: the mark under the pass-mark column is the rule for the total.
            if (!line.IsBullet && StepTable.Header(line.Text) is { } header)
            {
                table = header;
                continue;
            }

            var cells = StepTable.Cells(line.Text);
            table = cells.Count >= 2 ? table : null;
            if (table is { MarkColumn: { } markColumn } && cells.Count == table.Columns.Count && StepTable.IsTotalRow(cells[table.NameColumns[0]])
                && PassMarkText.FromCell(cells[markColumn], ctx.View.Cite(line)) is { Percent: { } totalPercent and > 0 and <= 100 })
            {
                Add(rules, new PassRule { Kind = "total", Percent = totalPercent, Citation = ctx.View.Cite(line) });
                continue;
            }

            // "Totaal: 80: 48": points needed under the pass-mark column, out of the points column's maximum.
            if (table is { MarkColumn: { } needColumn, PointsColumn: { } maxColumn } && cells.Count == table.Columns.Count
                && StepTable.IsTotalRow(cells[table.NameColumns[0]])
                && StepTable.Points(cells[needColumn]) is { } need && StepTable.Points(cells[maxColumn]) is { } max && max > 0 && need > 0 && need <= max)
            {
                Add(rules, new PassRule { Kind = "total", Percent = Math.Round(need * 100 / max, 2), Citation = ctx.View.Cite(line) });
                continue;
            }

            foreach (var (s, e) in DocumentView.Sentences(line.Text))
            {
                var sentence = line.Text[s..e];
                var cite = ctx.View.Cite(line, s, e);
                // "voor elk onderdeel (motivatie + competenties)" names the parts of one step: not a rule for every step.
                if (GlobalScope().IsMatch(sentence) && !PartsOfOneStep().IsMatch(sentence))
                {
                    foreach (Match m in EachStep().Matches(sentence))
                    {
                        Add(rules, new PassRule { Kind = "each-step", Percent = Pct(m), Citation = cite });
                    }
                }

                foreach (Match m in Total().Matches(sentence))
                {
                    Add(rules, new PassRule { Kind = "total", Percent = Pct(m), Citation = cite });
                }

                ByClause(sentence, cite, rules);
                PointsForTheWhole(sentence, cite, rules);

                if (TopN().Match(sentence) is { Success: true } t && DutchNumbers.TryParse(t.Groups["n"].Value, out var n))
                {
                    var step = ToStep().Match(sentence[t.Index..]);
                    Add(rules, new PassRule { Kind = "top-n", Count = (int)n, Step = step.Success ? step.Groups["s"].Value.Trim() : null, Citation = cite });
                }

                if (QualitativeStep().Match(sentence) is { Success: true } q)
                {
                    Add(rules, new PassRule { Kind = "qualitative", Step = q.Groups["s"].Value, Citation = cite });
                }
            }
        }

        return rules;
    }

    /// <summary>
    /// Rules the patterns above miss, read per clause: "Per proef moet je 50% halen", "op elk van de proeven minstens de
    /// helft van de punten", "voor alle onderdelen samen 60%": a clause with a scope and a percentage in a sentence about passing.
    /// </summary>
    private static void ByClause(string sentence, Citation cite, List<PassRule> rules)
    {
        if (!PassCue().IsMatch(sentence) || PartsOfOneStep().IsMatch(sentence))
        {
            return;
        }

        foreach (var (_, clause) in StepClauses.Clauses(sentence))
        {
            // "voor elke proef minstens 30 op 50": a mark in points of a maximum is that share of every step.
            var percent = PassMarkText.Percent(clause) ?? (BarePercent().Match(clause) is { Success: true } b ? decimal.Parse(b.Groups["p"].Value, CultureInfo.InvariantCulture) : (decimal?)null)
                ?? (PassMarkText.Find(clause, cite) is { Points: not null, OutOf: > 0, Percent: { } share } ? share : (decimal?)null);
            if (percent is not { } pct || pct is <= 0 or > 100)
            {
                continue;
            }

            var kind = TotalScope().IsMatch(clause) ? "total" : EachScope().IsMatch(clause) ? "each-step" : null;
            if (kind is not null && !rules.Any(r => r.Kind == kind && r.Citation == cite))
            {
                Add(rules, new PassRule { Kind = kind, Percent = pct, Citation = cite });
            }
        }
    }

    /// <summary>
    /// A total in points with a minimum in points, in one sentence and without a percentage: "samen staan de proeven op 100
    /// punten en je moet er minstens 65 halen", "op het geheel (80 punten) minimaal 48 punten", "de twee delen tellen samen
    /// voor 120 punten; wie minder dan 72 haalt, valt af". The rule for the total is that share; with two maxima in the
    /// sentence (the steps' own) nothing is read.
    /// </summary>
    private static void PointsForTheWhole(string sentence, Citation cite, List<PassRule> rules)
    {
        if (!TotalScope().IsMatch(sentence) || !PassCue().IsMatch(sentence) || BarePercent().IsMatch(sentence) || PartsOfOneStep().IsMatch(sentence)
            || rules.Any(r => r.Kind == "total" && r.Citation == cite))
        {
            return;
        }

        var maxima = WholeMaximum().Matches(sentence).Select(m => decimal.Parse(m.Groups["max"].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        var minima = WholeMinimum().Matches(sentence).Select(m => decimal.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        if (maxima.Count == 1 && minima.Count == 1 && minima[0] > 0 && minima[0] < maxima[0])
        {
            Add(rules, new PassRule { Kind = "total", Percent = Math.Round(minima[0] * 100 / maxima[0], 2), Citation = cite });
        }
    }

    [GeneratedRegex(@"\b(?:op|van|over|voor)\s+(?:een\s+totaal\s+van\s+|in\s+totaal\s+)?(?<max>\d{2,3})\s*punten\b|\((?<max>\d{2,3})\s*punten\)|\b(?:samen|totaal|geheel)\s+(?:\w+\s+){0,3}?op\s+(?<max>\d{2,3})\b(?!\s*(?:%|procent|/))", RegexOptions.IgnoreCase)]
    private static partial Regex WholeMaximum();

    [GeneratedRegex(@"\b(?:minstens|minimaal|ten\s+minste|minimum|min\.|minder\s+dan)\s+(?<min>\d{1,3})(?![\d.,]|\s*(?:%|procent|/|op\s+\d|van\s+de\s+\d|jaar|maand|dag|uur|minuten))", RegexOptions.IgnoreCase)]
    private static partial Regex WholeMinimum();

    [GeneratedRegex(@"slag|geslaagd|behal|halen|haalt|minstens|minimaal|minimum|ten minste|vereist", RegexOptions.IgnoreCase)]
    private static partial Regex PassCue();

    [GeneratedRegex(@"(?<![\d,.])(?<p>\d{1,3})\s*(?:%|procent)", RegexOptions.IgnoreCase)]
    private static partial Regex BarePercent();

    [GeneratedRegex(@"\b(?:per|voor|op|in|bij)\s+(?:elke?|iedere?|alle)\s+(?:van\s+de\s+)?(?:\p{L}+\s+)?(?:selectie)?(?:proef|proeven|onderdeel|onderdelen|test|testen|gedeelte|gedeelten|fase|fasen|deel|delen)\b|\bper\s+(?:selectie)?(?:proef|onderdeel|test|gedeelte|fase)\b|\belk\s+onderdeel\b|\bafzonderlijk\b"
        // "voor elke stap", "in iedere selectieronde", "per module", "op elk luik": other words for a step of the selection.
        + @"|\b(?:per|voor|op|in|bij)\s+(?:elke?|iedere?|alle)\s+(?:van\s+de\s+)?(?:selectie)?(?:stap|stappen|ronde|rondes|module|modules|luik|luiken|selectiemoment|selectiemomenten|examen|examens|examenonderdeel|examenonderdelen)\b|\bper\s+(?:selectie)?(?:stap|ronde|module|luik|examen)\b"
        // "met op elk van beide minstens 40%", "op ieder ervan", "voor beide proeven", "telkens minstens de helft": every scored part.
        + @"|\b(?:per|voor|op|in|bij)\s+(?:elk|ieder)e?\s+(?:van\s+)?(?:beide|beiden|hen|die|deze|ervan|daarvan|de\s+twee|de\s+drie)\b|\b(?:op|voor|in|bij)\s+(?:beide|allebei)\b|\b(?:op|voor)\s+(?:elk|ieder)(?:e)?\s+(?:ervan|daarvan)\b|\btelkens\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachScope();

    [GeneratedRegex(@"\b(?:het\s+)?(?:geheel|totaal|eindtotaal|eindresultaat|totaalscore|eindscore)\b|\bglobaal\b|\bsamen\b|\bin\s+totaal\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalScope();

    private static decimal Pct(Match m) => decimal.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture);

    private static void Add(List<PassRule> rules, PassRule rule)
    {
        if (!rules.Any(r => r.Kind == rule.Kind && r.Percent == rule.Percent && r.Count == rule.Count && r.Step == rule.Step))
        {
            rules.Add(rule);
        }
    }

    // "… op elke proef en 60% op het geheel": a percentage past the whole's words is the total's, not every step's.
    [GeneratedRegex(@"(?<p>\d{1,3})\s*(?:%|procent)\s+(?:\w+\s+){0,2}per\s+(?:selectie)?(?:proef|onderdeel|test|gedeelte)|(?<p>\d{1,3})\s*(?:%|procent)\s+(?:\w+\s+){0,2}(?:op|voor|in)\s+(?:elke?|iedere?)\s+(?:selectie)?(?:proef|onderdeel|test|gedeelte)|(?:op|voor|in)\s+(?:elke?|iedere?)\s+(?:selectie)?(?:proef|onderdeel|test)(?:(?!\b(?:geheel|totaal)\b)[^%]){0,100}?(?<p>\d{1,3})\s*(?:%|procent)(?!\s+(?:\w+\s+){0,2}(?:op|van|over|voor)\s+het\s+(?:geheel|totaal)|\s+in\s+(?:het\s+)?totaal)", RegexOptions.IgnoreCase)]
    private static partial Regex EachStep();

    [GeneratedRegex(@"proef|proeven|selectie|afzonderlijk|totaal|geheel|procedure|onderde(el|len)|test|slagen", RegexOptions.IgnoreCase)]
    private static partial Regex GlobalScope();

    [GeneratedRegex(@"\bonderde(?:el|len)\s*\((?!\s*(?:bv|bijv|bijvoorbeeld|zoals|o\.\s?a))", RegexOptions.IgnoreCase)]
    private static partial Regex PartsOfOneStep();

    // "50% halen en op het totaal minstens 60%": a percentage before "en" is another clause's, not the total's.
    [GeneratedRegex(@"(?<p>\d{1,3})\s*(?:%|procent)\s+(?:(?!(?:en|maar|of)\b)\w+\s+){0,2}(?:(?:op|van|over|voor)\s+het\s+(?:geheel|totaal)|in\s+(?:het\s+)?totaal|globaal)|(?:op|over) het (?:geheel|totaal)[^%]{0,100}?(?<p>\d{1,3})\s*(?:%|procent)|in (?:het )?totaal[^%]{0,40}?(?<p>\d{1,3})\s*(?:%|procent)", RegexOptions.IgnoreCase)]
    private static partial Regex Total();

    [GeneratedRegex(@"(?:enkel|alleen|slechts)\s+de\s+(?:(?:eerste|beste)\s+)?(?<n>\d+|" + DutchNumbers.WordPattern + @")\s+(?:best(?:e)?\s+(?:gerangschikte\s+|geplaatste\s+)?)?(?:laureaten|kandidaten|geslaagden)|maximaal\s+(?<n>\d+|" + DutchNumbers.WordPattern + @")\s+kandidaten|\bde\s+(?<n>\d+|" + DutchNumbers.WordPattern + @")\s+(?:best(?:e)?\s+)?(?:gerangschikte|geplaatste|scorende)\s+(?:kandidaten|laureaten|deelnemers|geslaagden)|\bde\s+(?:eerste|beste)\s+(?<n>\d+|" + DutchNumbers.WordPattern + @")\s+(?:kandidaten|laureaten|geslaagden)\s+(?:\w+\s+){0,6}?(?:gaan door|worden uitgenodigd|mogen door|naar de volgende)"
        // "enkel de 15 best gerangschikten", "de 20 hoogst geplaatste deelnemers", "alleen de tien besten", "de 6 kandidaten met de
        // hoogste score": a count of people picked by rank, whatever noun (or none) follows the rank word.
        + @"|\b(?:enkel|alleen|slechts|uitsluitend|de)\s+(?:de\s+)?(?<n>\d+|" + DutchNumbers.WordPattern + @")\s+(?:(?:best|hoogst|beste|hoogste)\s+(?:gerangschikt|geplaatst|gequoteerd|scorend)(?:e|en)?|besten|hoogst\s+gerangschikten)\b|\bde\s+(?<n>\d+|" + DutchNumbers.WordPattern + @")\s+(?:kandidaten|deelnemers|laureaten)\s+met\s+de\s+(?:hoogste|beste)\s+(?:score|scores|punten|resultaten|rangschikking)", RegexOptions.IgnoreCase)]
    private static partial Regex TopN();

    [GeneratedRegex(@"(?:tot|naar)\s+(?:het|de)\s+(?<s>[\p{L}- ]+?)(?:[.,;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ToStep();

    [GeneratedRegex(@"geschikt (?:bevonden|zijn)\s+(?:\w+\s+)?voor\s+(?:het|de)\s+(?<s>[\p{L}-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex QualitativeStep();
}
