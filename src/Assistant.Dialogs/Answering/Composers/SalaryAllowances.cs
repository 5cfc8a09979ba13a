using System.Text;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// A salary question that also asks about pay for irregular hours ("krijg je meer voor avondwerk?", "and on sundays?",
/// "une prime pour la nuit ?") gets the vacancy's allowance lines for nights, evenings, weekends, holidays or shifts, each
/// with its rate as written (+25%, € 2 per uur) and its sentence.
/// </summary>
internal static partial class SalaryAllowances
{
    public static void Append(TurnContext t, VacancyFacts v, StringBuilder text, List<Citation?> citations)
    {
        // "Wat is mijn startloon zonder nachtpremies?": premiums left out of the question are not added to the answer.
        if (!Asked().IsMatch(t.Text) || LeftOut().IsMatch(t.Text))
        {
            return;
        }

        var lines = v.Benefits.Where(b => Irregular().IsMatch(b.Text) && (b.Unit is "percent" || b.Amount is not null || Rate().IsMatch(b.Text))).ToList();
        var lang = t.Language;
        if (lines.Count == 0)
        {
            if (!HoursAsked().IsMatch(t.Text))
            {
                return;
            }

            text.Append(' ').Append(Texts.Get(lang, "salary.noAllowances"));
            return;
        }

        text.Append(' ').Append(Texts.Get(lang, "salary.allowances", ("items", Format.List(lang, lines.Select(b => DocumentText.Quote(lang, b.Text)).ToList()))));
        citations.AddRange(lines.Select(b => b.Citation));
    }

    /// <summary>Pay for hours outside the day: nights, evenings, weekends, Sundays, holidays, shifts, "onregelmatige prestaties".</summary>
    [GeneratedRegex(@"nacht|\bavond|weekend|week-end|zaterdag|zondag|zon-\s|feestdag|onregelmatig|ploegen|ploegpremie|shift|\bnights?\b|evening|saturday|sunday|holiday|irregular|\bnuits?\b|\bsoir|samedi|dimanche|férié|irrégulier|toeslag|toelage|allowance|supplement|prime|\bmeer voor\b|\bextra voor\b|\bmore for\b|\bextra for\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asked();

    [GeneratedRegex(@"nacht|\bavond|weekend|week-end|zaterdag|zondag|feestdag|onregelmatig|\bnights?\b|evening|saturday|sunday|holiday|irregular|\bnuits?\b|\bsoir|samedi|dimanche|férié|irrégulier", RegexOptions.IgnoreCase)]
    private static partial Regex HoursAsked();

    [GeneratedRegex(@"nacht|avond|weekend|zaterdag|zondag|zon-\s|feestdag|onregelmatig|ploeg|\bna\s+\d{1,2}\s*(?:uur|u)\b|tussen\s+\d{1,2}\s*(?:uur|u)?\s*en\s+\d{1,2}", RegexOptions.IgnoreCase)]
    private static partial Regex Irregular();

    [GeneratedRegex(@"\d\s*%|€\s*\d")]
    private static partial Regex Rate();

    /// <summary>Premiums or supplements the question leaves out: "zonder nachtpremies", "without allowances", "hors primes", "exclusief toeslagen".</summary>
    [GeneratedRegex(@"\b(?:zonder|exclusief|excl\.?|without|excluding|sans|hors)\s+(?:de\s+|het\s+|die\s+|alle\s+|the\s+|any\s+|les\s+|la\s+|le\s+)?(?:\w+\s+)?\w*(?:premie|toelage|toeslag|premium|allowance|supplement|prime|bonus)", RegexOptions.IgnoreCase)]
    private static partial Regex LeftOut();
}
