using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Documents;

/// <summary>
/// Looks up paragraph styles of a Word document, following "based on" links, to tell headings
/// (by style id or display name, so "Kop1" in a Dutch Word is found as well as "Heading1") and
/// list styles that carry their own numbering.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxBasedOnDepth = 10;

    private readonly Dictionary<string, Style> _byId = new(StringComparer.OrdinalIgnoreCase);

    public DocxStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }
    }

    /// <summary>Whether the style, or a style it is based on, has an id or name starting with one of the prefixes.</summary>
    public bool IsHeading(string? styleId, IReadOnlyList<string> prefixes)
    {
        if (styleId is not null && StartsWithAny(styleId, prefixes))
        {
            return true;
        }

        foreach (var style in Chain(styleId))
        {
            if (StartsWithAny(style.StyleId?.Value, prefixes) || StartsWithAny(style.StyleName?.Val?.Value, prefixes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The numbering a paragraph style (or a style it is based on) applies, if any.</summary>
    public NumberingProperties? Numbering(string? styleId) =>
        Chain(styleId).Select(style => style.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(numbering => numbering is not null);

    private IEnumerable<Style> Chain(string? styleId)
    {
        var id = styleId;
        for (var depth = 0; id is not null && depth < MaxBasedOnDepth && _byId.TryGetValue(id, out var style); depth++)
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }

    /// <summary>"Koptekst" is the Dutch page-header style, not a heading.</summary>
    private static bool StartsWithAny(string? value, IReadOnlyList<string> prefixes) =>
        value is not null
        && !value.TrimStart().StartsWith("koptekst", StringComparison.OrdinalIgnoreCase)
        && prefixes.Any(prefix => value.TrimStart().StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
