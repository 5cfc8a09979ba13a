using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// A deadline question that also asks how the application may be sent ("kan ik nog per post sturen?", "does the postmark
/// count?", "puis-je la déposer en main propre ?"): the answer adds the document's sentence on the ways to apply, so the
/// candidate learns whether the post, a hand-delivered letter or only the online form still counts.
/// </summary>
public static partial class DeadlineChannels
{
    /// <summary>Whether the (folded) question names a way of sending the application.</summary>
    public static bool Asks(string folded) => AskedChannel().IsMatch(folded);

    /// <summary>
    /// The sentence of the vacancy that names the ways to apply: the deadline's own sentence when it names one, otherwise
    /// the first public application sentence that does; null when the document names none.
    /// </summary>
    public static Citation? Sentence(TurnContext t, VacancyFacts v, Citation? deadline)
    {
        if (deadline is not null && DocumentChannel().IsMatch(deadline.Quote))
        {
            return deadline;
        }

        var hits = t.Knowledge.Index.Search(new Assistant.Knowledge.Index.SearchQuery("solliciteren kandidatuur per post poststempel e-mail afgeven online formulier", v.Id, IncludeInternal: false, Top: 8));
        foreach (var hit in hits)
        {
            foreach (var sentence in Regex.Split(hit.Passage, @"(?<=[.!?])\s+(?=\p{Lu})|\n+"))
            {
                if (DocumentChannel().IsMatch(sentence) && ApplySentence().IsMatch(sentence))
                {
                    var quote = string.Join(' ', sentence.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    return new Citation(hit.VacancyId, hit.Document, hit.Section, quote.TrimStart('-', '•', ' '), hit.Start, hit.End);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(per|via|met de|by|par) (post|brief|briefpost|aangetekende? (brief|zending)|koerier|courrier|la poste|recommande|registered (mail|letter)|mail|e ?mail|courriel)\b|\bpoststempel|\bpostmark|\bcachet de la poste\b|\baangetekend|\bin de (brieven)?bus\b|\bbrievenbus|\bmailbox\b|\bletterbox\b|\bboite aux lettres\b|\b(af ?geven|binnenbrengen|binnen brengen|afleveren|posten)\b|\bin person\b|\bby hand\b|\ben main propre\b|\bposter\b|\bop papier\b|\bon paper\b|\bsur papier\b", RegexOptions.CultureInvariant)]
    private static partial Regex AskedChannel();

    [GeneratedRegex(@"\bpost\b|poststempel|aangetekend|\be-?mail|@|\bafgeven\b|\bafgegeven\b|\bbinnenbrengen\b|\bonthaal\b|\bonline\b|formulier|sollicitatieplatform|\bplatform|\bwebsite\b|\bportaal\b|\bpapier", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentChannel();

    [GeneratedRegex(@"sollicit|kandida|inschrijv|aanmeld|bezorg|stuur|indienen|cv\b|brief\b|reageer|reageren", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApplySentence();
}
