using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>The recruitment reserve: "wervingsreserve … geldig voor drie jaar", "minstens twee jaar … met mogelijkheid tot verlenging", "vangt aan vanaf de eerste dag van de maand volgend op de datum van het eindrapport".</summary>
public static partial class ReserveRules
{
    /// <summary>The reserve facts, or null when the documents mention no reserve validity.</summary>
    public static Reserve? Find(ExtractionContext ctx)
    {
        foreach (var line in ctx.View.Lines)
        {
            if (!ReserveWord().IsMatch(line.Text))
            {
                continue;
            }

            var reserveBefore = -1;
            foreach (var (sentenceStart, e) in DocumentView.Sentences(line.Text))
            {
                var s = sentenceStart;
                var sentence = line.Text[s..e];
                var validity = Validity().Match(sentence);
                // "… legt een wervingsreserve aan. Die is 2 jaar geldig …": the validity in the next sentence, said of it.
                var refers = reserveBefore >= 0 && Anaphor().IsMatch(sentence);
                var from = reserveBefore;
                reserveBefore = ReserveWord().IsMatch(sentence) ? s : -1;
                if (!ReserveWord().IsMatch(sentence) && !(validity.Success && (line.Topic == Topic.Reserve || refers)))
                {
                    continue;
                }

                if (refers && !ReserveWord().IsMatch(sentence) && validity.Success)
                {
                    s = from;
                }

                if (!validity.Success || !DutchNumbers.TryParse(validity.Groups["n"].Value, out var years))
                {
                    continue;
                }

                var rest = line.Text[s..];
                var rule = line.Text[s..EndOfRuleSentence(line.Text, s)];
                return new Reserve
                {
                    ValidityYears = validity.Groups["unit"].Value.StartsWith("maand", StringComparison.OrdinalIgnoreCase) ? Math.Round(years / 12m, 2) : years,
                    AtLeast = AtLeast().IsMatch(sentence),
                    Extendable = Extendable().IsMatch(rest),
                    ExtendableToYears = ExtendedTotal(rest, rule, years),
                    ExtensionYears = Extension(rule),
                    StartRule = NextMonth().IsMatch(rest) ? "first-of-next-month-after-final-report"
                        : FromReport().IsMatch(rest) ? "final-report"
                        : null,
                    Citation = ctx.View.Cite(line, s, NextMonth().IsMatch(rest) || Extendable().IsMatch(rest) ? EndOfRuleSentence(line.Text, s) : e),
                };
            }
        }

        return null;
    }

    /// <summary>A sentence that speaks of the thing just named: "Die is …", "Deze blijft …", "Ze geldt …", "De lijst is …".</summary>
    [GeneratedRegex(@"^\s*(?:die|deze|ze|zij|dat|hij|de lijst|die lijst|deze lijst)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    /// <summary>
    /// The total validity with extensions: "verlengbaar tot 3 jaar" or "(in totaal dus) maximaal 3 jaar" (a total), "met
    /// (maximum) 2 jaar verlengd" (added), "twee keer met 1 jaar verlengen" (added as often as allowed). A total the
    /// rule states outright wins over one computed.
    /// </summary>
    private static decimal? ExtendedTotal(string text, string rule, decimal years)
    {
        if (ExtendedTo().Match(text) is { Success: true } to && DutchNumbers.TryParse(to.Groups["n"].Value, out var total) && total > years)
        {
            return total;
        }

        if (Extendable().IsMatch(rule) && StatedTotal().Match(rule) is { Success: true } stated && DutchNumbers.TryParse(stated.Groups["n"].Value, out var most) && most > years)
        {
            return most;
        }

        if (CeilingAfterExtension().Match(rule) is { Success: true } ceiling && DutchNumbers.TryParse(ceiling.Groups["n"].Value, out var cap) && cap > years)
        {
            return cap;
        }

        if (Extension(rule) is { } step && Times(rule) is { } times)
        {
            return years + (times * step);
        }

        if (ExtendedBy().Match(text) is { Success: true } by && DutchNumbers.TryParse(by.Groups["n"].Value, out var added))
        {
            return years + added;
        }

        // "kan verlengd worden met maximaal 2 jaar": one extension of that length, unless it may come again ("telkens").
        return Extension(rule) is { } once && !Repeated().IsMatch(rule) ? years + once : null;
    }

    /// <summary>The length of one extension: "met 1 jaar verlengd", "verlengbaar met telkens één jaar", "verlengen met een jaar".</summary>
    private static decimal? Extension(string rule)
    {
        var m = ExtendedBy().Match(rule);
        if (!m.Success)
        {
            m = ExtendedWith().Match(rule);
        }

        return m.Success && DutchNumbers.TryParse(m.Groups["n"].Value, out var step) ? step : null;
    }

    /// <summary>How many times the reserve may be extended: "twee keer", "tweemaal", "2 maal"; null when not said.</summary>
    private static decimal? Times(string rule)
    {
        var m = TimesWord().Match(rule);
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value.ToLowerInvariant();
        return n is "een" or "één" or "eén" or "1" or "enkele" ? 1 : DutchNumbers.TryParse(n, out var times) ? times : null;
    }

    private static int EndOfRuleSentence(string text, int start)
    {
        var end = start;
        foreach (var (s, e) in DocumentView.Sentences(text).Where(x => x.Start >= start))
        {
            end = e;
            if (NextMonth().IsMatch(text[s..e]) || Extendable().IsMatch(text[s..e]))
            {
                break;
            }
        }

        return end;
    }

    // "De lijst van laureaten blijft 1 jaar geldig", "de laureatenlijst": the reserve under another name.
    [GeneratedRegex(@"wervingsreserve|werfreserve|bevorderingsreserve|reserve|laureatenlijst|lijst\s+(?:van|met)\s+(?:de\s+)?(?:laureaten|geslaagden|geslaagde\s+kandidaten)", RegexOptions.IgnoreCase)]
    private static partial Regex ReserveWord();

    [GeneratedRegex(@"(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*(?<unit>jaar|jaren|maanden)\b(?!\s+(?:ervaring|anciënniteit))", RegexOptions.IgnoreCase)]
    private static partial Regex Validity();

    [GeneratedRegex(@"minstens|minimum|ten minste|tenminste", RegexOptions.IgnoreCase)]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"verlengbaar|verlenging|verlengd|verlengen", RegexOptions.IgnoreCase)]
    private static partial Regex Extendable();

    // "verlengbaar tot 3 jaar", "kan telkens met een jaar verlengd worden, tot maximaal 3 jaar".
    [GeneratedRegex(@"verleng\w*[\s,]+(?:\w+[\s,]+){0,3}?tot\s+(?:maximaal\s+|maximum\s+|ten hoogste\s+)?(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*jaar", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedTo();

    /// <summary>
    /// A ceiling said after the extension in other words: "(max. 3 jaar)", "maar nooit langer dan drie jaar", "tot een periode
    /// van 4 jaar", "hoogstens 3 jaar".
    /// </summary>
    [GeneratedRegex(@"verleng\w*\b.{0,80}?(?<!\bmet\s+(?:telkens\s+|steeds\s+|nog\s+|een\s+periode\s+van\s+)?)\b(?:tot\s+(?:een\s+(?:periode|termijn|duur)\s+van\s+)?(?:maximaal\s+|maximum\s+)?|maximaal|maximum|max\.|ten hoogste|hoogstens|(?:nooit|niet)\s+langer\s+dan)\s*(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*jaar", RegexOptions.IgnoreCase)]
    private static partial Regex CeilingAfterExtension();

    [GeneratedRegex(@"met\s+(?:maximaal\s+|maximum\s+|ten hoogste\s+|nog\s+)?(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*jaar\s+(?:\w+\s+){0,3}?verleng", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedBy();

    [GeneratedRegex(@"verleng\w*\s+(?:worden\s+|kan\s+worden\s+)?met\s+(?:telkens\s+|steeds\s+|maximaal\s+|maximum\s+|ten hoogste\s+)?(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*jaar", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedWith();

    [GeneratedRegex(@"(?:\b(?:in\s+)?totaal|\bsamen|\bmaximale duur)\W+(?:dus\s+|van\s+|op\s+|is\s+)?(?:maximaal|maximum|ten hoogste|hoogstens|max\.)?\s*(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*jaar"
        + @"|\b(?:maximaal|maximum|ten hoogste|hoogstens)\s+(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*jaar\s+(?:in\s+totaal|samen|in het totaal)", RegexOptions.IgnoreCase)]
    private static partial Regex StatedTotal();

    [GeneratedRegex(@"\b(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*(?:keer|maal)\b|\b(?<n>een|twee|drie|vier)maal\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimesWord();

    [GeneratedRegex(@"\b(?:telkens|steeds|meermaals|herhaaldelijk|jaarlijks|elke\s+keer|iedere\s+keer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Repeated();

    [GeneratedRegex(@"eerste dag van de maand volgend op", RegexOptions.IgnoreCase)]
    private static partial Regex NextMonth();

    [GeneratedRegex(@"vanaf (de datum van )?(het )?(eindrapport|proces-verbaal|pv|afsluiting van de selectie)", RegexOptions.IgnoreCase)]
    private static partial Regex FromReport();
}
