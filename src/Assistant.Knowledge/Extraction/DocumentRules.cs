using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Documents to send: in application sections, in a list introduced by "volgende documenten:", "Wij vragen:",
/// "bezorg ons …:", or named in an application sentence ("Enkel volledige kandidaturen (met CV, motivatiebrief en kopie diploma)").
/// </summary>
public static partial class DocumentRules
{
    private static readonly (string Kind, string Name, Regex Pattern)[] Kinds =
    [
        ("cv", "CV", new Regex(@"\bcv\b|curriculum", RegexOptions.IgnoreCase)),
        ("motivation-letter", "motivatiebrief", new Regex(@"motivatiebrief|motivatie(?:\s+)?brief|sollicitatiebrief", RegexOptions.IgnoreCase)),
        ("diploma", "kopie van het diploma", new Regex(@"diploma|getuigschrift", RegexOptions.IgnoreCase)),
        ("criminal-record", "uittreksel uit het strafregister", new Regex(@"strafregister|goed gedrag", RegexOptions.IgnoreCase)),
        ("driving-licence", "kopie van het rijbewijs", new Regex(@"rijbewijs", RegexOptions.IgnoreCase)),
        ("identity", "kopie van de identiteitskaart", new Regex(@"identiteitskaart|\bid-kaart", RegexOptions.IgnoreCase)),
        ("experience-proof", "bewijs van ervaring", new Regex(@"bewijs van (?:je )?(?:beroeps)?ervaring|attest(?:en)? van (?:je )?(?:vorige )?werkgever", RegexOptions.IgnoreCase)),
        ("language-certificate", "taalattest", new Regex(@"taalattest|taalcertificaat", RegexOptions.IgnoreCase)),
        ("portfolio", "portfolio", new Regex(@"portfolio", RegexOptions.IgnoreCase)),
    ];

    /// <summary>The documents to send, one per kind, in the order first named.</summary>
    public static IReadOnlyList<RequiredDocument> Find(ExtractionContext ctx)
    {
        var result = new List<RequiredDocument>();
        var lines = ctx.View.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var lead = ListLead().IsMatch(line.Text) || (line.IsHeading && ListLead().IsMatch(line.Text + ":"));
            if (lead)
            {
                Collect(line, ctx, result);
                for (var j = i + 1; j < lines.Count && lines[j].IsBullet; j++)
                {
                    Collect(lines[j], ctx, result);
                }

                continue;
            }

            if (ApplicationSentence().IsMatch(line.Text))
            {
                Collect(line, ctx, result, sentencesWith: ApplicationSentence());
            }
        }

        return result;
    }

    private static void Collect(TextLine line, ExtractionContext ctx, List<RequiredDocument> result, Regex? sentencesWith = null)
    {
        foreach (var (s, e) in DocumentView.Sentences(line.Text))
        {
            var sentence = line.Text[s..e];
            if (sentencesWith is not null && !sentencesWith.IsMatch(sentence))
            {
                continue;
            }

            foreach (var (kind, name, pattern) in Kinds)
            {
                if (pattern.IsMatch(sentence) && !result.Any(r => r.Kind == kind))
                {
                    result.Add(new RequiredDocument(line.IsBullet && line.Content.Length <= 80 ? line.Content.Trim().TrimEnd('.', ';') : name, kind, ctx.View.Cite(line, s, e)));
                }
            }
        }
    }

    [GeneratedRegex(@"\b(deze|volgende|de volgende|nodige) (documenten|stukken|bijlagen)\b.*:?\s*$|voeg\b.*\btoe\s*:?\s*$|volgende (documenten|stukken)|wij vragen\s*:?|bezorg (ons|je)\b.*:\s*$|voeg (de volgende|volgende)|bij je (sollicitatie|kandidatuur)\b.*:\s*$|stuur (ons )?(je|jouw)\b.*:\s*$|samen met\s*:?\s*$|documenten\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListLead();

    [GeneratedRegex(@"(solliciteer|sollicit\w+|kandidatuur|kandidaturen|kandidaatstelling|reageer|overtuig ons)[^.]*\b(cv|curriculum|motivatiebrief|diploma|strafregister|rijbewijs)\b|\b(cv|curriculum|motivatiebrief)\b[^.]*(solliciteer|sollicit\w+|kandidatuur|bezorg|stuur|opladen|uploaden|\btoe\b|mail\w*|meesturen|bijvoegen)|\b(voeg|stuur|mail|bezorg|laad)\b[^.]*\b(cv|curriculum|motivatiebrief)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationSentence();
}
