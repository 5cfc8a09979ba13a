using System.Text.RegularExpressions;
using Assistant.Procedures.Search;
using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Facts;

/// <summary>
/// Reads procedure facts from the units of the general documents by rules over the genre's wording: which term a
/// sentence sets (publication, probation, reserve validity and extension, invitation, notification, retention,
/// inspection), the durations per level ("14 kalenderdagen voor niveau D en E, 21 … voor C en B"), the counting rule of
/// the article or section it stands in, and the closing days a document lists.
/// </summary>
public static partial class TermRules
{
    /// <summary>The facts of <paramref name="units"/> (all documents).</summary>
    public static ProcedureFacts Extract(IReadOnlyList<ProcedureUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var terms = new List<(TermFact, PeriodRule)>();
        var extensions = new List<ExtensionFact>();
        foreach (var unit in units.Where(u => u.Kind is not UnitKind.Item || u.Text.Length > 30))
        {
            var context = unit.Kind == UnitKind.TableRow ? (unit.TableHeader ?? "") + " " + unit.Section + " " : "";
            foreach (var sentence in Sentences(unit.Text))
            {
                var folded = TermText.Fold(context + sentence);
                var kind = KindOf(folded);
                if (kind is null)
                {
                    continue;
                }

                if (kind == "reserve-extension")
                {
                    extensions.Add(Extension(sentence, unit));
                    continue;
                }

                var durations = Duration.FindAll(context + sentence);
                if (durations.Count == 0)
                {
                    continue;
                }

                var rule = RuleFor(unit, units);
                foreach (var (level, duration) in PerLevel(context + sentence, durations))
                {
                    terms.Add((new TermFact(kind, level, duration, unit), rule));
                }
            }
        }

        return new ProcedureFacts { Terms = terms, Extensions = extensions, ClosingDays = ClosingDays(units) };
    }

    /// <summary>The kind of term a folded sentence sets, or null.</summary>
    internal static string? KindOf(string f)
    {
        if (Has(f, "bewaar", "bewaard", "bewaart", "vernietigd", "vernietigen", "gewist", "verwijderd"))
        {
            return "retention";
        }

        if (f.Contains("inzage", StringComparison.Ordinal))
        {
            return "inspection";
        }

        if (f.Contains("reserve", StringComparison.Ordinal) && f.Contains("verleng", StringComparison.Ordinal))
        {
            return "reserve-extension";
        }

        if (f.Contains("verleng", StringComparison.Ordinal))
        {
            return null;
        }

        if (Has(f, "uitnodig", "uitgenodigd", "opgeroepen", "oproeping") && Has(f, " voor ", "voorafgaand", "op voorhand", "vooraf"))
        {
            return "invitation";
        }

        if (Has(f, "proeftijd", "proefperiode") && Has(f, "duurt", "bedraagt", " duur", "loopt"))
        {
            return "probation";
        }

        if (f.Contains("reserve", StringComparison.Ordinal) && Has(f, "geldig", "loopt", "duurt"))
        {
            return "reserve";
        }

        if ((f.Contains("termijn", StringComparison.Ordinal) && Has(f, "publicat", "bekendmak", "kandidaatstelling", "inschrijving", "sollicitat", "oproep", "kandidatur"))
            || (Has(f, "gepubliceerd", "bekendgemaakt") && Has(f, "minstens", "ten minste", "minimaal", "blijft")))
        {
            return Has(f, "bedraagt", "duurt", "minstens", "ten minste", "minimaal", "blijft") ? "publication" : null;
        }

        if (Has(f, "resultaat", "resultaten", "uitslag") && Has(f, " na ", "binnen"))
        {
            return "notification";
        }

        return null;
    }

    /// <summary>Pairs each duration with the levels named after it and before the next duration; none named: every level.</summary>
    internal static IEnumerable<(string? Level, Duration Duration)> PerLevel(string sentence, IReadOnlyList<Duration> durations)
    {
        var lower = sentence.ToLowerInvariant();
        var any = false;
        var pairs = new List<(string?, Duration)>();
        for (var i = 0; i < durations.Count; i++)
        {
            var end = i + 1 < durations.Count ? durations[i + 1].Start : sentence.Length;
            var clause = sentence[durations[i].Start..Math.Min(end, sentence.Length)];
            var levels = Levels(clause);
            any |= levels.Count > 0;
            pairs.AddRange(levels.Count == 0 ? [(null, durations[i])] : levels.Select(l => ((string?)l, durations[i])));
        }

        if (!any && Levels(sentence[..durations[0].Start]) is { Count: > 0 } before)
        {
            return before.Select(l => ((string?)l, durations[0]));
        }

        // A sentence that gives levels drops its level-less durations ("binnen 20 werkdagen" next to the per-level terms).
        return any ? pairs.Where(p => p.Item1 is not null) : pairs.Take(1);
    }

    /// <summary>The levels (A–E) a clause names: "niveau A", "de niveaus B, C, D en E", "niveau C tot en met E", "A-niveau".</summary>
    internal static List<string> Levels(string clause)
    {
        var result = new List<string>();
        foreach (Match m in LevelList().Matches(clause))
        {
            var letters = Regex.Matches(m.Groups["l"].Value, "[A-E]").Select(x => x.Value[0]).ToList();
            if (m.Groups["l"].Value.Contains("tot", StringComparison.Ordinal) && letters.Count == 2)
            {
                letters = Enumerable.Range(letters[0], letters[1] - letters[0] + 1).Select(c => (char)c).ToList();
            }

            result.AddRange(letters.Select(c => c.ToString()));
        }

        foreach (Match m in LevelSuffix().Matches(clause))
        {
            result.Add(m.Groups["l"].Value);
        }

        return result.Distinct().ToList();
    }

    /// <summary>The counting rule stated in the unit's article (or section, outside articles).</summary>
    internal static PeriodRule RuleFor(ProcedureUnit unit, IReadOnlyList<ProcedureUnit> units)
    {
        var siblings = units.Where(u => u.Document == unit.Document && (unit.Article is not null ? u.Article == unit.Article : u.Section == unit.Section && u.Article is null)).ToList();
        var f = TermText.Fold(string.Join(" ", siblings.Select(s => s.Text)));
        bool? sameDay = (f.Contains("telt mee", StringComparison.Ordinal) && f.Contains("eerste dag", StringComparison.Ordinal)) || f.Contains("inbegrepen", StringComparison.Ordinal) && Has(f, "dag van de publicatie", "dag van de bekendmaking")
            ? true
            : Has(f, "dag na ", "daaropvolgende dag", "dag die volgt op", "dag volgend op") ? false : null;
        var end = f.Contains("laatste dag van de maand", StringComparison.Ordinal) ? "end-of-month"
            : Has(f, "dag voor dezelfde", "dag die voorafgaat aan dezelfde", "daags voor dezelfde", "dag voor de verjaardag") ? "day-before"
            : Has(f, "tot en met dezelfde", "op dezelfde kalenderdag") ? "same-day"
            : null;
        var shift = Has(f, "eerstvolgende werkdag", "volgende werkdag");
        return new PeriodRule
        {
            StartsSameDay = sameDay,
            End = end,
            ShiftToWorkday = shift,
            ClosingDays = shift && Has(f, "sluitingsdag", "gesloten", "feestdag"),
            Sources = siblings.Where(s => RuleWords().IsMatch(TermText.Fold(s.Text))).ToList(),
        };
    }

    private static ExtensionFact Extension(string sentence, ProcedureUnit unit)
    {
        var f = TermText.Fold(sentence);
        int? times = Has(f, "eenmaal", "een keer", "eenmalig", "1 keer") ? 1 : Has(f, "tweemaal", "twee keer") ? 2 : Has(f, "driemaal", "drie keer") ? 3 : null;
        var durations = Duration.FindAll(sentence);
        var totalAt = f.IndexOf("total", StringComparison.Ordinal);
        var total = totalAt >= 0 ? durations.FirstOrDefault(d => d.Start > totalAt) : null;
        var amount = durations.FirstOrDefault(d => d != total);
        var subject = Subject().Match(sentence);
        return new ExtensionFact(times ?? (Has(f, "telkens", "meermaals", "opnieuw") ? null : 1), amount, total, subject.Success ? subject.Groups["s"].Value.Trim() : null, unit);
    }

    private static List<ClosingDay> ClosingDays(IReadOnlyList<ProcedureUnit> units)
    {
        var days = new List<ClosingDay>();
        foreach (var unit in units)
        {
            var context = TermText.Fold(string.Join(" ", unit.Section, unit.Chapter, unit.ListIntro, unit.TableHeader));
            if (!Has(context, "sluitingsdag", "feestdag", "gesloten", "sluitingsdagen"))
            {
                continue;
            }

            var year = Regex.Match(context, @"\b(19|20)\d\d\b") is { Success: true } y ? int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            days.AddRange(DateWords.Find(unit.Text, year).Select(d => new ClosingDay(d.Date, unit)));
        }

        return days;
    }

    /// <summary>Sentences of a unit: its lines, split after a full stop or semicolon followed by a capital, § or digit.</summary>
    internal static IEnumerable<string> Sentences(string text) =>
        text.Split('\n').SelectMany(l => SentenceBreak().Split(l)).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    [GeneratedRegex(@"(?<=[.;])\s+(?=[A-Z§0-9])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b[Nn]iveaus?\s+(?<l>[A-E](?:\s*(?:,|en|of|tot en met|tot)\s*[A-E]\b)*)")]
    private static partial Regex LevelList();

    [GeneratedRegex(@"\b(?<l>[A-E])-niveau")]
    private static partial Regex LevelSuffix();

    [GeneratedRegex(@"^(?<s>(?:het|de|een)\s[^,.;]{3,80}?)\s+(?:kan|mag|beslist|besluit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"dag na |telt mee|eerste dag|laatste dag|werkdag|voorafgaat|dag voor|tot en met dezelfde|inbegrepen")]
    private static partial Regex RuleWords();
}
