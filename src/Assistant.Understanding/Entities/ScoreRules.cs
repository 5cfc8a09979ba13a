using System.Text.RegularExpressions;
using Assistant.Core.Text;
using Assistant.Tools.Profile;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// Scores the user reports: "22 op 40", "20/30", "15 van de 20", "15 out of 20", "15 sur 20", "62%" after a verb of
/// scoring, and "geschikt" / "niet geschikt" on a step; each with the words naming its step ("schriftelijke proef").
/// </summary>
internal static partial class ScoreRules
{
    [GeneratedRegex(@"punt|point|score|behaald|gehaald|haalde|proef|test|examen|epreuve|épreuve|geslaagd|passed|reussi|réussi", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreWords();

    [GeneratedRegex(@"\b(?:verdien\w*|\w*loon|salaris\w*|\w*wedde|betaald|bruto|netto|per maand|uur|uren|lesuren|regime|deeltijd\w*|halftijd\w*|earn\w*|pay|paid|salary|wages?|hours|gross|monthly|per month|a month|per year|a year|yearly|gagn\w*|salaire|heures|par mois|par an|mensuel\w*|brut)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegimeWords();

    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "tot", "vanaf", "uiterlijk", "until", "before", "by", "avant", "jusqu'", "datum", "date", "sinds", "since", "depuis", "tegen",
    };

    public static List<ScoreMention> Find(RuleText t)
    {
        var list = new List<ScoreMention>();
        var s = t.Text;
        foreach (Match m in Points().Matches(s))
        {
            var p = NumberWords.Digits(m.Groups["p"].Value);
            var o = NumberWords.Digits(m.Groups["o"].Value);
            if (p is null || o is null || o < 2 || p > o || o > 1000)
            {
                continue;
            }

            var first = t.WordAt(m.Index);
            if (first > 0 && DateWords.Contains(t.Words[first - 1]) && p <= 31 && o <= 12)
            {
                continue;
            }

            // A work regime is no score: "4/5", "3/4", "19/38", "30,4/38" (hours of a 38-hour week) in a question about the
            // job, and "12/22" (teaching periods) or "30/36" in a question about pay or hours.
            if (!ScoreWords().IsMatch(s) && (o is 2 or 3 or 4 or 5 or 38 || (o is >= 19 and <= 40 && RegimeWords().IsMatch(s))))
            {
                continue;
            }

            var last = t.WordBefore(m.Index + m.Length);
            list.Add(new ScoreMention(p, o, null, StepHint(t, first, last)));
        }

        AddWordedAndBare(t, list);

        var percents = Percent().Matches(s).Select(m => (m.Index, m.Length, Value: m.Groups["p"].Value)).ToList();
        if (percents.Count > 0)
        {
            // "60% op de praktische proef en 50% op het interview": a second percentage of the same report needs no verb.
            var end = percents[^1].Index + percents[^1].Length;
            percents.AddRange(BarePercent().Matches(s).Where(m => m.Index >= end).Select(m => (m.Index, m.Length, Value: m.Groups["p"].Value)));
        }
        else if (list.Any(x => x is { Points: not null, OutOf: not null }))
        {
            // "13/20 op de test en 55% op het interview": a percentage joined to a score already given is a score too.
            percents.AddRange(JoinedPercent().Matches(s).Select(m => (m.Groups["p"].Index, m.Groups["u"].Index + m.Groups["u"].Length - m.Groups["p"].Index, Value: m.Groups["p"].Value)));
        }

        foreach (var (index, length, value) in percents)
        {
            if (NumberWords.Digits(value) is { } p && p <= 100)
            {
                list.Add(new ScoreMention(p, 100, null, StepHint(t, t.WordAt(index), t.WordBefore(index + length))) { IsPercent = true });
            }
        }

        foreach (Match m in Qualitative().Matches(s))
        {
            var first = t.WordAt(m.Index);
            var last = t.WordBefore(m.Index + m.Length);
            var hint = StepHint(t, first, last);
            if (hint is null)
            {
                continue; // "ben ik geschikt voor deze job?" is not a result
            }

            var word = t.Words[last];
            var negative = m.Groups["neg"].Success || word.StartsWith("on", StringComparison.Ordinal)
                || word.StartsWith("un", StringComparison.Ordinal) || word.StartsWith("in", StringComparison.Ordinal);
            list.Add(new ScoreMention(null, null, negative ? "niet geschikt" : "geschikt", hint));
        }

        // "Ik ben geslaagd voor de taaltest", "I failed the language test", "j'ai réussi le test linguistique": a result, not a question.
        foreach (Match m in PassedStatement().Matches(s))
        {
            var last = t.WordBefore(m.Index + m.Length);
            if (StepAfter(t, last + 1) is { } hint)
            {
                var negative = m.Groups["neg"].Success || m.Groups["fail"].Success;
                list.Add(new ScoreMention(null, null, negative ? "niet geslaagd" : "geslaagd", hint));
            }
        }

        // "55 op de schriftelijke en 70 op de mondelinge proef (allebei op 100)": one maximum for every score without its own.
        if (SharedMaximum().Match(s) is { Success: true } shared && NumberWords.Digits(shared.Groups["o"].Value) is { } sharedMax and >= 2 and <= 1000)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is { Points: { } p, OutOf: null, IsPercent: false } && p <= sharedMax)
                {
                    list[i] = list[i] with { OutOf = sharedMax };
                }
            }
        }

        return list;
    }

    /// <summary>
    /// Scores the regular expressions do not read: points in words ("achtentwintig op veertig", "twelve out of twenty",
    /// "quinze sur vingt") and a bare number right before the step it was scored on ("55 op de schriftelijke proef",
    /// "70 on the oral test", "14 à l'épreuve écrite"; the maximum is then the step's own or a shared one).
    /// </summary>
    private static void AddWordedAndBare(RuleText t, List<ScoreMention> list)
    {
        var w = t.Words;
        for (var i = 0; i < w.Length; i++)
        {
            var digits = NumberWords.Digits(w[i]);
            var value = digits ?? NumberWords.Word(w[i]);
            if (value is not { } p || (i > 0 && w[i - 1] is "/" or "op" or "sur" or "of" or "uit" or "van" or "de" or "%") || (i + 1 < w.Length && w[i + 1] is "/" or "%" or "procent" or "percent"))
            {
                continue;
            }

            var k = i + 1;
            if (k < w.Length && w[k] is "punten" or "points" or "pt" or "ptn")
            {
                k++;
            }

            var ofLength = k + 1 < w.Length && w[k] == "out" && w[k + 1] == "of" ? 2
                : k + 1 < w.Length && w[k] == "van" && w[k + 1] == "de" ? 2
                : k < w.Length && w[k] is "op" or "sur" or "uit" ? 1 : 0;
            if (ofLength > 0 && k + ofLength < w.Length && (NumberWords.Digits(w[k + ofLength]) ?? NumberWords.Word(w[k + ofLength])) is { } o)
            {
                // Digits on both sides are the regular expression's; here at least one side is a word.
                if (digits is not null && NumberWords.Digits(w[k + ofLength]) is not null)
                {
                    continue;
                }

                if (o is >= 2 and <= 1000 && p <= o && !(i > 0 && DateWords.Contains(w[i - 1])) && ScoreWords().IsMatch(t.Text))
                {
                    list.Add(new ScoreMention(p, o, null, StepHint(t, i, k + ofLength)));
                }

                continue;
            }

            if (digits is not null && p <= 1000 && ForwardHint(t, i) is { } hint && !list.Any(m => m.StepHint == hint))
            {
                list.Add(new ScoreMention(p, null, null, hint));
            }
        }
    }

    /// <summary>The step named right after a score by a preposition ("op de schriftelijke proef", "on the oral test").</summary>
    private static string? ForwardHint(RuleText t, int last)
    {
        var w = t.Words;
        var k = last + 1;
        if (k < w.Length && w[k] is "punten" or "points" or "pt" or "ptn")
        {
            k++;
        }

        if (k >= w.Length || !StepPrepositions.Contains(w[k]))
        {
            return null;
        }

        var start = k + 1;
        while (start < w.Length && Articles.Contains(w[start]))
        {
            start++;
        }

        for (var e = start; e < w.Length && e < start + 3; e++)
        {
            if (IsBoundary(w[e]) && w[e] != "en")
            {
                break;
            }

            if (StepWord().IsMatch(w[e]) || StepAdjective().IsMatch(w[e]))
            {
                var end = e;
                while (end + 1 < w.Length && end < e + 2 && (StepWord().IsMatch(w[end + 1]) || StepAdjective().IsMatch(w[end + 1])))
                {
                    end++;
                }

                return t.Quote(start, end);
            }

            if (w[e] == "en")
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The step named in the few words after a result ("voor de taaltest", "the language test", "au test").</summary>
    private static string? StepAfter(RuleText t, int from)
    {
        var w = t.Words;
        var start = from;
        while (start < w.Length && (StepPrepositions.Contains(w[start]) || Articles.Contains(w[start])))
        {
            start++;
        }

        for (var e = start; e < w.Length && e < start + 4 && !IsBoundary(w[e]); e++)
        {
            if (StepWord().IsMatch(w[e]))
            {
                var end = e;
                while (end + 1 < w.Length && end < e + 2 && !IsBoundary(w[end + 1]) && (StepWord().IsMatch(w[end + 1]) || StepAdjective().IsMatch(w[end + 1]) || char.IsLetter(w[end + 1][0])) && end + 1 < start + 5)
                {
                    end++;
                }

                return t.Quote(start, end);
            }
        }

        return null;
    }

    /// <summary>The step named right after the score ("op de schriftelijke proef") or, failing that, before it in the same clause.</summary>
    private static string? StepHint(RuleText t, int first, int last)
    {
        var w = t.Words;
        var k = last + 1;
        if (k < w.Length && w[k] is "punten" or "points" or "pt" or "ptn")
        {
            k++;
        }

        // "28/40 schriftelijk", "55/100 mondeling", "14/20 oral": the step right after the score.
        if (k < w.Length && (StepWord().IsMatch(w[k]) || StepAdjective().IsMatch(w[k])) && !StepPrepositions.Contains(w[k]))
        {
            var end = k;
            while (end + 1 < w.Length && end < k + 2 && (StepWord().IsMatch(w[end + 1]) || StepAdjective().IsMatch(w[end + 1])))
            {
                end++;
            }

            return t.Quote(k, end);
        }

        if (k < w.Length && StepPrepositions.Contains(w[k]))
        {
            var start = k + 1;
            while (start < w.Length && Articles.Contains(w[start]))
            {
                start++;
            }

            for (var e = start; e < w.Length && e < start + 4; e++)
            {
                if (IsBoundary(w[e]))
                {
                    break;
                }

                // "op de mondelinge": an adjective of a step names it too when the sentence ends there.
                if (StepWord().IsMatch(w[e]) || (StepAdjective().IsMatch(w[e]) && !(w[e] is "eerste" or "tweede" or "first" or "second" or "laatste" or "final" or "finale")))
                {
                    var end = e;
                    while (end + 1 < w.Length && end < e + 2 && (StepWord().IsMatch(w[end + 1]) || StepAdjective().IsMatch(w[end + 1])))
                    {
                        end++;
                    }

                    return t.Quote(start, end);
                }
            }
        }

        for (var e = first - 1; e >= 0 && e >= first - 8; e--)
        {
            if (IsBoundary(w[e]) && w[e] is not ",")
            {
                break;
            }

            if (StepWord().IsMatch(w[e]))
            {
                var start = e;
                while (start > 0 && StepAdjective().IsMatch(w[start - 1]))
                {
                    start--;
                }

                var end = e + 1 < first && StepAdjective().IsMatch(w[e + 1]) ? e + 1 : e;
                return t.Quote(start, end);
            }
        }

        return null;
    }

    private static bool IsBoundary(string word) => word is "." or "?" or "!" or ";" or "," or "en" or "and" or "et" or "maar" or "but" or "mais";

    private static readonly HashSet<string> StepPrepositions = new(StringComparer.Ordinal)
    {
        "op", "voor", "bij", "in", "tijdens", "on", "for", "in", "at", "a", "au", "pour", "lors", "sur", "van", "of", "de", "du",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "de", "het", "die", "dat", "mijn", "the", "my", "l'", "la", "le", "les", "mon", "ma", "du", "de", "een", "a", "an",
    };

    [GeneratedRegex(@"(?<![/\d] )\b(?<p>\d+(,\d+)?) (punten |points |pt )?(op|/|van de|out of|sur|on|uit) (?<o>\d+(,\d+)?)\b(?! /)(?! (jaar|jaren|years?|dagen|days|ans|jours|maanden|months|mois|kandidaten|candidates))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Points();

    [GeneratedRegex(@"\b(allebei|beide|beiden|telkens|elk|elke|both|each|all|tous les deux|toutes les deux|tous deux|toutes deux|chacune?) (\w+ )?(op|uit|out of|sur|on) (?<o>\d+(,\d+)?)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SharedMaximum();

    [GeneratedRegex(@"\b(haalde|had|behaalde|kreeg|scoorde|heb|got|scored|had|obtained|obtenu|eu|ai|haal|haalt|score|resultaat|result)\b (ik |i |je )?(\w+ ){0,2}?(?<p>\d+(,\d+)?) ?(%|procent|percent|pour cent)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\d,.])\b(?<p>\d+(,\d+)?) ?(%|procent|percent|pour cent)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BarePercent();

    [GeneratedRegex(@"(\ben|\bet|\band|,)\s+(?<p>\d+(,\d+)?) ?(?<u>%|procent|percent|pour cent)\s+(op|à|a|au|on|in|bij|voor|pour|for|aan)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex JoinedPercent();

    [GeneratedRegex(@" (ik ben|ik was|ik ben er|i|i have|i've|j' ai|j'ai|je suis) (?<neg>(niet|not|pas) )?((geslaagd|passed|reussi)|(?<fail>gezakt|failed|echoue|rate))(?= )", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PassedStatement();

    [GeneratedRegex(@"\b(?<neg>(niet|not|non|pas) )?(geschikt|ongeschikt|suitable|unsuitable|apte?|inapte?)\b(?<!\b(ben|zijn|am|suis|is|was) (ik|i|je|hij|zij|ze) (\w+ )?(geschikt|suitable|apte?))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Qualitative();

    [GeneratedRegex(@"^(\w*proef|\w*proeven|\w*test|\w*testen|tests|\w*examen|exam|\w*gesprek|interview|\w*opdracht|assessment\w*|case|presentatie|screening|epreuve|entretien|assignment|jury\w*|rollenspel|postbakoefening|mondeling|schriftelijk\w*|oral|written|ecrit\w*)$", RegexOptions.CultureInvariant)]
    private static partial Regex StepWord();

    [GeneratedRegex(@"^(schriftelijke?|mondelinge?|verkennende?|digitale?|korte?|gecombineerde?|praktische?|technische?|star|online|written|oral|practical|ecrite?|orale?|pratique|functiespecifieke?|eerste|tweede|first|second|final|laatste|finale)$", RegexOptions.CultureInvariant)]
    private static partial Regex StepAdjective();
}
