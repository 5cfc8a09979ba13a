using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Assistant.Dialogs.Answering;

/// <summary>
/// The assistant's user-visible strings, one embedded resource per language (Resources/nl.json, en.json, fr.json),
/// with named placeholders: <c>Texts.Get("nl", "deadline.open", ("vacancy", …), ("date", …))</c>.
/// </summary>
public static class Texts
{
    /// <summary>The languages answers are given in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["nl", "en", "fr"];

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> All = Languages.ToFrozenDictionary(l => l, Load);

    /// <summary>Every key of a language's resource (for the test that all languages have the same keys).</summary>
    public static IReadOnlyCollection<string> Keys(string language) => All[language].Keys;

    /// <summary>The culture used to format dates and numbers in a language.</summary>
    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(All[Normalise(language)]["culture"]);

    /// <summary>The template for <paramref name="key"/> with its placeholders filled; a missing key is a bug and throws.</summary>
    public static string Get(string language, string key, params (string Name, object? Value)[] args)
    {
        var template = All[Normalise(language)].TryGetValue(key, out var t) ? t : throw new KeyNotFoundException($"text '{key}' missing for '{language}'");
        if (args.Length == 0)
        {
            return template;
        }

        var sb = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            var value = args.FirstOrDefault(a => a.Name == name);
            sb.Append(value.Name is null ? "{" + name + "}" : Convert.ToString(value.Value, CultureInfo.InvariantCulture));
            i = close + 1;
        }

        return sb.ToString();
    }

    /// <summary>Whether a key exists (optional texts).</summary>
    public static bool Has(string language, string key) => All[Normalise(language)].ContainsKey(key);

    private static string Normalise(string language) => All.ContainsKey(language) ? language : "nl";

    private static FrozenDictionary<string, string> Load(string language)
    {
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream($"Assistant.Dialogs.Resources.{language}.json")
            ?? throw new InvalidOperationException($"resource for '{language}' not embedded");
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
        return values.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
