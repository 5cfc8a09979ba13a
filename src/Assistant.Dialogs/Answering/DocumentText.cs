namespace Assistant.Dialogs.Answering;

/// <summary>
/// Text taken from a Dutch document (a step name, a benefit, a document to send, a checklist item, who a step is for)
/// placed inside an answer. In a Dutch answer it is the answer's own text. In an English or French answer it stays as
/// written (verbatim, never translated) but is marked as the document's words — “…” in English, « … » in French — and a
/// list of such items says "(in Dutch)" / "(en néerlandais)" once in its heading, so a Dutch sentence never reads as the
/// answer's own. Every composer that puts document text into an answer goes through here.
/// </summary>
public static class DocumentText
{
    /// <summary>The document's words inside an answer in <paramref name="lang"/>: unchanged in Dutch, quoted otherwise.</summary>
    public static string Quote(string lang, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (IsDutch(lang) || trimmed.Length == 0 || IsQuoted(trimmed))
        {
            return text;
        }

        return Normalise(lang) == "fr" ? "« " + trimmed + " »" : "“" + trimmed + "”";
    }

    /// <summary>
    /// The heading of a list of document items: in English and French it says the items are in Dutch ("What X offers (in
    /// Dutch):"), before its closing colon when it has one; unchanged in Dutch.
    /// </summary>
    public static string Heading(string lang, string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        if (IsDutch(lang))
        {
            return heading;
        }

        var note = Texts.Get(lang, "page.inDutch");
        var body = heading.TrimEnd();
        if (body.EndsWith(':'))
        {
            var stem = body[..^1].TrimEnd();
            var space = body[..^1].Length > stem.Length ? " " : "";
            return stem + note + space + ":";
        }

        return body + note;
    }

    /// <summary>Whether answers in <paramref name="lang"/> take document text as their own (Dutch).</summary>
    public static bool IsDutch(string? lang) => Normalise(lang) == "nl";

    private static string Normalise(string? lang) =>
        lang is { Length: >= 2 } l && Texts.Languages.Contains(l[..2].ToLowerInvariant()) ? l[..2].ToLowerInvariant() : "nl";

    private static bool IsQuoted(string text) =>
        (text.StartsWith('“') && text.EndsWith('”')) || (text.StartsWith('«') && text.EndsWith('»')) || (text.Length > 1 && text[0] == '"' && text[^1] == '"');
}
