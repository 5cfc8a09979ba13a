using System.Text;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;

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

        var lines = v.Benefits.Where(b => Irregular().IsMatch(b.Text) && (b.Unit is "percent" || b.Amount is not null || Rate().IsMatch(b.Text)))
            .Select(b => (b.Text, b.Citation)).ToList();
        var lang = t.Language;
        if (lines.Count == 0 && HoursAsked().IsMatch(t.Text))
        {
            // The supplement may stand where no benefit was read (beside the wage table, under a heading read as something
            // else): any sentence of the documents that names irregular hours with a rate ("Zon- en feestdagen: + 50%") is
            // quoted before the vacancy is said to name none.
            lines = [.. Stated(t, v).Select(c => (c.Quote, c))];
        }

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

    /// <summary>
    /// The documents' sentences that give a rate (a percentage or a euro amount) for irregular hours, those of the kind of
    /// hours asked first ("op zondag" finds the Sunday line before the night line); a dated sentence ("ten laatste op zondag
    /// 14 maart") is no rate.
    /// </summary>
    private static IReadOnlyList<Citation> Stated(TurnContext t, VacancyFacts v)
    {
        var found = StepSentences.Matching(t, v, s => Irregular().IsMatch(s) && Rate().IsMatch(s) && !ApplicationWords.Sentence().IsMatch(s), 6);
        var asked = Kinds(TextFold.Fold(t.Text));
        var same = found.Where(c => Kinds(TextFold.Fold(c.Quote)).Overlaps(asked)).ToList();
        return (same.Count > 0 ? same : found).Take(3).ToList();
    }

    /// <summary>The kinds of irregular hours a folded text names: night, evening, weekend (Saturdays, Sundays, holidays), shift.</summary>
    private static HashSet<string> Kinds(string folded)
    {
        var kinds = new HashSet<string>();
        if (Night().IsMatch(folded)) kinds.Add("night");
        if (Evening().IsMatch(folded)) kinds.Add("evening");
        if (Weekend().IsMatch(folded)) kinds.Add("weekend");
        if (Shift().IsMatch(folded)) kinds.Add("shift");
        return kinds;
    }

    [GeneratedRegex(@"nacht|\bnights?\b|\bnuits?\b|nocturn")]
    private static partial Regex Night();

    [GeneratedRegex(@"avond|evening|\bsoir")]
    private static partial Regex Evening();

    [GeneratedRegex(@"weekend|week-end|zaterdag|zondag|\bzon-|feestdag|saturday|sunday|holiday|samedi|dimanche|ferie")]
    private static partial Regex Weekend();

    [GeneratedRegex(@"ploeg|shift|equipe")]
    private static partial Regex Shift();

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
