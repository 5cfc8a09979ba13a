using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Procedures.Facts;

/// <summary>A length of time as a document states it: an amount and a unit (calendar day, working day, week, month, year).</summary>
/// <param name="Amount">The number.</param>
/// <param name="Unit">"day", "workday", "week", "month" or "year".</param>
/// <param name="Bound">"min" ("minstens", "ten minste"), "max" ("maximaal", "hoogstens") or null.</param>
/// <param name="Start">The offset of the mention in the (folded) sentence.</param>
public sealed partial record Duration(int Amount, string Unit, string? Bound, int Start)
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["een"] = 1, ["één"] = 1, ["1"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8,
        ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15, ["zestien"] = 16,
        ["achttien"] = 18, ["twintig"] = 20, ["eenentwintig"] = 21, ["achtentwintig"] = 28, ["dertig"] = 30, ["veertig"] = 40, ["zestig"] = 60,
        ["negentig"] = 90, ["anderhalf"] = 18,
    };

    /// <summary>The durations in a Dutch sentence, in order ("minimaal 14 kalenderdagen", "vier weken", "één jaar", "zes maanden").</summary>
    public static IReadOnlyList<Duration> FindAll(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.ToLowerInvariant();
        var result = new List<Duration>();
        foreach (Match m in Pattern().Matches(text))
        {
            var word = m.Groups["n"].Value;
            var unitWord = m.Groups["u"].Value;
            var amount = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Words.GetValueOrDefault(word);
            if (amount <= 0)
            {
                continue;
            }

            var unit = unitWord.StartsWith("werkdag", StringComparison.Ordinal) ? "workday"
                : unitWord.Contains("dag", StringComparison.Ordinal) ? "day"
                : unitWord.StartsWith("we", StringComparison.Ordinal) ? "week"
                : unitWord.StartsWith("maand", StringComparison.Ordinal) ? "month"
                : "year";
            if (word == "anderhalf")
            {
                (amount, unit) = unit == "year" ? (18, "month") : (amount, unit);
            }

            var bound = m.Groups["b"].Value switch
            {
                "" => null,
                var b when b.StartsWith("max", StringComparison.Ordinal) || b.StartsWith("hoog", StringComparison.Ordinal) || b.StartsWith("ten hoog", StringComparison.Ordinal) || b.StartsWith("niet meer", StringComparison.Ordinal) => "max",
                _ => "min",
            };
            result.Add(new Duration(amount, unit, bound, m.Index));
        }

        return result;
    }

    /// <summary>Days for day and week units; null for months and years (those follow the calendar).</summary>
    public int? Days => Unit switch { "day" => Amount, "week" => Amount * 7, _ => null };

    [GeneratedRegex(@"(?:(?<b>minimaal|minstens|ten minste|tenminste|maximaal|maximum|minimum|hoogstens|ten hoogste|niet meer dan)\s+)?\b(?<n>\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|achttien|twintig|eenentwintig|achtentwintig|dertig|veertig|zestig|negentig|anderhalf)\s+(?<u>kalenderdagen|kalenderdag|werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|jaren|jaar)\b")]
    private static partial Regex Pattern();
}
