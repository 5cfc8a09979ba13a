using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Documents;

/// <summary>
/// Plain text marks its headings with rules: a short line underlined by a row of dashes or equals signs, or framed
/// between two such rows. Those lines are the format's own heading marks, as "#" is in Markdown.
/// </summary>
public static partial class RuledHeadings
{
    private const int MaxWords = 10;

    /// <summary>True when the line is only a rule: one kind of rule sign, three at least ("-----", "=====", "* * *"); a table's separator row ("---+---") is not.</summary>
    public static bool IsRule(string line) => RuleLine().IsMatch(line);

    /// <summary>The lines of <paramref name="text"/> that a rule underlines or frames, trimmed, in document order.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new List<string>();
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || IsRule(line) || !IsRule(lines[i + 1]))
            {
                continue;
            }

            // The line stands on its own above the rule: after a blank line, another rule or the start of the text.
            var above = i == 0 ? "" : lines[i - 1];
            if (above.Trim().Length > 0 && !IsRule(above))
            {
                continue;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words <= MaxWords && !line.EndsWith('.') && !line.EndsWith(',') && !line.EndsWith(';'))
            {
                result.Add(MultiSpace().Replace(line, " "));
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?:(?:-\s*){3,}|(?:=\s*){3,}|(?:_\s*){3,}|(?:\*\s*){3,}|(?:~\s*){3,}|(?:[─━═]\s*){3,}|(?:#\s*){5,})$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
