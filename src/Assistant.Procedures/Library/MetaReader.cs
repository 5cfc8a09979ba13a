using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Procedures.Library;

/// <summary>
/// Reads document metadata written as flat YAML (<c>key: value</c> lines): in a sidecar file or in front matter between
/// two <c>---</c> lines at the top of a text or Markdown document. Keys: <c>title</c>, <c>audience</c>
/// (<c>public</c> | <c>staff</c> | <c>hr</c>), <c>owner</c>, <c>version</c>, <c>valid from</c> (also Dutch
/// <c>titel</c>, <c>doelgroep</c>, <c>eigenaar</c>, <c>versie</c>, <c>geldig vanaf</c>). An unknown audience is an error
/// and the document stays HR-only, never wider.
/// </summary>
public static partial class MetaReader
{
    /// <summary>Splits front matter off <paramref name="text"/>: the YAML lines (or null when there is none) and the rest.</summary>
    public static (string? Yaml, string Body) SplitFrontMatter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = FrontMatter().Match(text);
        return m.Success ? (m.Groups["yaml"].Value, text[m.Length..]) : (null, text);
    }

    /// <summary>The metadata in <paramref name="yaml"/>; problems (unknown audience, bad date) are added to <paramref name="problems"/>.</summary>
    public static DocumentMeta Read(string? yaml, string fallbackTitle, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in (yaml ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add($"metadata line not understood: '{line}'");
                continue;
            }

            var key = Key(line[..colon]);
            values[key] = Unquote(line[(colon + 1)..].Trim());
        }

        var audience = ProcedureAudience.Hr;
        if (values.TryGetValue("audience", out var a) && a.Length > 0)
        {
            audience = a.ToLowerInvariant() switch
            {
                "public" or "publiek" => ProcedureAudience.Public,
                "staff" or "personeel" => ProcedureAudience.Staff,
                "hr" => ProcedureAudience.Hr,
                _ => Unknown(a, problems),
            };
        }

        DateOnly? validFrom = null;
        if (values.TryGetValue("validfrom", out var v) && v.Length > 0)
        {
            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                validFrom = d;
            }
            else
            {
                problems.Add($"'valid from' expects YYYY-MM-DD, got '{v}'");
            }
        }

        return new DocumentMeta(
            values.TryGetValue("title", out var t) && t.Length > 0 ? t : fallbackTitle,
            audience,
            values.GetValueOrDefault("owner") is { Length: > 0 } o ? o : null,
            values.GetValueOrDefault("version") is { Length: > 0 } ver ? ver : null,
            validFrom);
    }

    private static ProcedureAudience Unknown(string value, List<string> problems)
    {
        problems.Add($"unknown audience '{value}' (public, staff or hr); the document is kept for HR only");
        return ProcedureAudience.Hr;
    }

    private static string Key(string key) => key.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)
        .Replace("-", "", StringComparison.Ordinal) switch
    {
        "titel" => "title",
        "doelgroep" or "publiek" => "audience",
        "eigenaar" => "owner",
        "versie" => "version",
        "geldigvanaf" or "validfrom" => "validfrom",
        var k => k,
    };

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    [GeneratedRegex(@"\A\uFEFF?---[ \t]*\r?\n(?<yaml>.*?)\r?\n---[ \t]*(\r?\n|\z)", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();
}
