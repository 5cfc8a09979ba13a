using Assistant.Core.Text;

namespace Assistant.Dialogs.Staff;

/// <summary>A short excerpt of a passage around the first query word it contains.</summary>
internal static class Snippets
{
    private const int Length = 260;

    public static string Of(string passage, string query)
    {
        var text = passage.Trim();
        if (text.Length <= Length)
        {
            return text;
        }

        var at = TextFold.Words(query)
            .Where(w => w.Length >= 4)
            .Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(0)
            .Min();
        var start = Math.Max(0, Math.Min(at - (Length / 3), text.Length - Length));
        if (start > 0 && text.LastIndexOf(' ', start) is var space and > 0 && start - space < 20)
        {
            start = space + 1;
        }

        var end = Math.Min(text.Length, start + Length);
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }
}
