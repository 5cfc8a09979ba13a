using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// The publication date: "Publicatiedatum 15.01.2026", "Gepubliceerd op 5 januari 2027", "Datum publicatie | 05/01/2027",
/// "Online sinds 3/2/2027", "bekendgemaakt in het Belgisch Staatsblad van 8 januari 2027"; the date may stand on the label's line or the next one (a table cell).
/// </summary>
public static partial class PublicationRules
{
    /// <summary>Whether a line labels a publication date.</summary>
    public static bool IsPublicationLine(string text) => Published().IsMatch(text);

    /// <summary>The publication date as written (with its year), looked up before the years of other dates are resolved.</summary>
    public static DateOnly? FindWritten(IReadOnlyList<TextLine> lines, Func<TextLine, IReadOnlyList<DateMention>> mentionsOn)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsPublicationLine(lines[i].Text))
            {
                continue;
            }

            foreach (var line in lines.Skip(i).Take(2))
            {
                if (mentionsOn(line).FirstOrDefault(m => m.Year is not null) is { } m)
                {
                    return new DateOnly(m.Year!.Value, m.Month, m.Day);
                }
            }
        }

        return null;
    }

    /// <summary>The publication date with its citation, or null when the documents do not state one.</summary>
    public static DateFact? Find(ExtractionContext ctx)
    {
        var lines = ctx.View.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsPublicationLine(lines[i].Text))
            {
                continue;
            }

            foreach (var line in lines.Skip(i).Take(2))
            {
                if (ctx.DatesOn(line) is [{ Date: { } date } m, ..])
                {
                    return new DateFact(date, m.YearInferred, ctx.View.Cite(line));
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"publicatiedatum|gepubliceerd\s*(?:op|:|\||$)|datum (?:van )?publicatie|publicatie\s*(?:op|:|\|)|online (?:sinds|geplaatst op)|geplaatst op|verschenen op|staatsblad\s+(?:van|op|d\.\s?d\.)\s+(?:\p{L}+dag\s+)?\d|(?:bekendgemaakt|gepubliceerd|verschenen)\s+in\s+het\s+(?:belgisch\s+)?staatsblad|(?:vacature|oproep|aankondiging|bekendmaking|bericht)\s+(?:werd|is|wordt)\s+(?:bekendgemaakt|gepubliceerd)\s+(?:in|op)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Published();
}
