using System.Text;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// "Wat verdien ik met de tweetaligheidspremie erbij?", "what do I earn including the language allowance?", "combien avec la
/// prime ?": the monthly amount answered plus the monthly premium the document states, so the candidate gets the total
/// rather than the premium alone. Only a premium written as a monthly euro amount is added; otherwise nothing is said.
/// </summary>
internal static partial class SalaryWithPremium
{
    public static void Append(TurnContext t, VacancyFacts v, Salary salary, decimal? answered, StringBuilder text, List<Citation?> citations)
    {
        if (answered is not { } amount || salary.Period != SalaryPeriod.Month || Asked().Match(t.Analysis.FoldedText) is not { Success: true } asked)
        {
            return;
        }

        var named = asked.Groups["word"].Value;
        var monthly = v.Benefits.Where(b => b.Unit == "eur" && b.Amount is > 0 && Monthly().IsMatch(b.Text) && PremiumWord().IsMatch(b.Text)).ToList();
        var specific = named.Length > 6 ? monthly.Where(b => b.Text.Contains(Stem(named), StringComparison.OrdinalIgnoreCase)).ToList() : [];
        var chosen = specific.Count == 1 ? specific[0] : monthly.Count == 1 ? monthly[0] : null;
        if (chosen is null)
        {
            return;
        }

        var lang = t.Language;
        text.Append(' ').Append(Texts.Get(lang, "salary.withPremium", ("premium", DocumentText.Quote(lang, chosen.Text)),
            ("total", Format.Money(lang, amount + chosen.Amount!.Value))));
        citations.Add(chosen.Citation);
    }

    /// <summary>The named premium without its generic tail ("tweetaligheidspremie" → "tweetaligheids").</summary>
    private static string Stem(string word) => PremiumTail().Replace(word, "");

    [GeneratedRegex(@"\b(met|inclusief|incl|plus|with|including|plus|avec|y compris) (de |het |die |the |my |la |le |ma |mon |l' )?(\w+ )?(?<word>\w*(premie|toelage|toeslag|premium|allowance|bonus|prime|indemnite)\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Asked();

    [GeneratedRegex(@"per maand|maandelijks|/ ?maand|per month|a month|monthly|par mois|mensuel", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Monthly();

    [GeneratedRegex(@"premie|toelage|toeslag|premium|allowance|prime|indemnit", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PremiumWord();

    [GeneratedRegex(@"(premie|toelage|toeslag|premium|allowance|bonus|prime|indemnite)\w*$", RegexOptions.CultureInvariant)]
    private static partial Regex PremiumTail();
}
