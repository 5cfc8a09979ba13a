using System.Text;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// A salary question that names something the pay depends on ("en als ik ook hoofdredder ben?", "met de ploegleiderstoelage?",
/// "and as team coordinator?"): the documents' sentences that name that word and give a rate (a percentage or a euro amount)
/// are quoted as written, so a supplement the facts did not read is not left out. No amount is computed from them.
/// </summary>
internal static partial class SalaryNamedLines
{
    public static void Append(TurnContext t, VacancyFacts v, StringBuilder text, List<Citation?> citations)
    {
        var known = RetrievalAnswers.OwnNameWords(v);
        var words = TextFold.Words(TextFold.Fold(t.Text)).Where(w => w.Length >= 7 && !known.Contains(w) && !Generic().IsMatch(w)).Distinct().ToList();
        if (words.Count == 0)
        {
            return;
        }

        var said = citations.Where(c => c is not null).Select(c => c!.Quote).ToHashSet();
        var found = StepSentences.Matching(t, v, s => Rate().IsMatch(s) && words.Any(w => TextFold.Fold(s).Contains(w, StringComparison.Ordinal)), 4)
            .Where(c => !said.Contains(c.Quote) && !text.ToString().Contains(c.Quote, StringComparison.Ordinal)).Take(2).ToList();
        if (found.Count == 0)
        {
            return;
        }

        var lang = t.Language;
        text.Append(' ').Append(Texts.Get(lang, "num20.salary.named", ("items", Format.List(lang, found.Select(c => DocumentText.Quote(lang, c.Quote)).ToList()))));
        citations.AddRange(found);
    }

    [GeneratedRegex(@"\d\s*%|€\s*\d|\d\s*(?:euro|eur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rate();

    /// <summary>The words of any pay question, which name nothing the pay depends on.</summary>
    [GeneratedRegex(@"^(?:verdien\w*|salaris\w*|\w*loon\w*|brutoloon|nettoloon|maandelijks|jaarlijks|ongeveer|ervaring\w*|diploma\w*|bachelor\w*|master\w*|starten\w*|startende|beginnen|hoeveel|combien|gagner\w*|salaire\w*|earning\w*|salary|between|tussen|ongeveer|zouden|krijgen|inclusief|exclusief|vacature\w*|solliciteer\w*|anciënniteit|anciennite\w*|seniority|werkervaring|voltijds|deeltijds|halftijds|full-time|part-time|schaal\w*|barema\w*|gemeente\w*|provincie\w*|stad\w*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();
}
