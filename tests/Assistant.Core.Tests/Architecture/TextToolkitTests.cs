using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Core.Tests.Architecture;

/// <summary>
/// The text toolkit stays one: stop-word lists live in Core's <see cref="StopWords"/> and accent folds in Core's
/// <see cref="TextFold"/>. A source scan of src (C# and the web pages' own scripts) fails on a new stop-word list or a new
/// accent fold anywhere else; a file that needs an exception gets its row here with the reason.
/// </summary>
public sealed partial class TextToolkitTests
{
    /// <summary>
    /// Distinct function words (<see cref="StopWords.FunctionWords"/>) in one statement's string literals from which it
    /// counts as a stop-word list. The stop-word lists that were merged into the module held 28 to 71; the richest other
    /// list (the not-a-name words of redaction, the articles of the experience rules) holds 17.
    /// </summary>
    internal const int StopListThreshold = 25;

    /// <summary>Files allowed to hold a list of that many function words, and why.</summary>
    private static readonly Dictionary<string, string> StopListExceptions = new(StringComparer.Ordinal)
    {
        ["src/Assistant.Core/Text/StopWords.cs"] = "the module itself",
        ["src/Assistant.Understanding/Language/LanguageWords.cs"] =
            "the language detector's evidence: words that prove a language, shared words left out, domain words in; not words to drop",
    };

    /// <summary>The calls that fold accents, and the files allowed to make them.</summary>
    private static readonly (string Call, string[] Allowed)[] FoldCalls =
    [
        ("NormalizationForm.FormD", ["src/Assistant.Core/Text/TextFold.cs"]),
        ("NormalizationForm.FormKD", ["src/Assistant.Core/Text/TextFold.cs"]),
        // Lucene's token filter inside the analyzer chain: the index folds as Lucene does (ø, æ, ß too), which TextFold does not.
        ("ASCIIFoldingFilter", ["src/Assistant.Knowledge/Index/DutchTextAnalyzer.cs"]),
        // Lucene's Dutch stop list is copied into the module (a Knowledge test keeps the copy equal); nothing else uses it.
        ("DefaultStopSet", ["src/Assistant.Core/Text/StopWords.cs"]),
        ("normalize('NFD')", []),
        ("normalize(\"NFD\")", []),
    ];

    [Fact]
    public void SourceFiles_HoldNoStopWordListOutsideTheModule()
    {
        var found = SourceFiles()
            .Where(file => !StopListExceptions.ContainsKey(file.Path))
            .SelectMany(file => StopWordLists(file.Text).Select(count => $"{file.Path}: a list of {count} function words (make it a named set in Core/Text/StopWords.cs)"))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void SourceFiles_FoldAccentsOnlyInTheModule()
    {
        var found = SourceFiles()
            .SelectMany(file => FoldCalls
                .Where(call => file.Text.Contains(call.Call, StringComparison.Ordinal) && !call.Allowed.Contains(file.Path, StringComparer.Ordinal))
                .Select(call => $"{file.Path}: {call.Call} (use Core's TextFold)"))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void SourceScan_SeesTheModuleAndTheScripts()
    {
        var paths = SourceFiles().Select(file => file.Path).ToList();

        Assert.Contains("src/Assistant.Core/Text/StopWords.cs", paths);
        Assert.Contains("src/Assistant.Web/wwwroot/staff/staff.js", paths);
        Assert.DoesNotContain(paths, path => path.Contains("/bin/", StringComparison.Ordinal) || path.Contains("/wwwroot/lib/", StringComparison.Ordinal));
        Assert.NotEmpty(StopWordLists(File.ReadAllText(Path.Combine(LayeringTests.RepositoryRoot(), "src/Assistant.Core/Text/StopWords.cs"))));
    }

    [Fact]
    public void StopWordLists_AnInventedListOfFunctionWords_IsFound()
    {
        var words = StopWords.FunctionWords.Take(StopListThreshold).Select(w => $"\"{w}\"");
        var source = $"private static readonly HashSet<string> Noise = new() {{ {string.Join(", ", words)}, \"zwembad\" }};";

        Assert.Equal([StopListThreshold], StopWordLists(source));
    }

    [Fact]
    public void StopWordLists_APipeSeparatedList_IsFound()
    {
        var source = $"private static readonly string Noise = \"{string.Join('|', StopWords.FunctionWords.Take(StopListThreshold + 1))}\";";

        Assert.Equal([StopListThreshold + 1], StopWordLists(source));
    }

    [Fact]
    public void StopWordLists_ACueListWithAFewFunctionWords_IsNotFound()
    {
        var source = "var cues = new[] { \"heb\", \"met\", \"mijn\", \"behaald\", \"houder\", \"have\", \"with\", \"my\", \"avec\", \"mon\", \"titulaire\" }; "
            + "var other = new[] { \"de\", \"het\", \"een\", \"the\", \"a\", \"an\" };";

        Assert.Empty(StopWordLists(source));
    }

    /// <summary>For each statement of <paramref name="source"/> whose string literals hold at least the threshold of function words: how many.</summary>
    internal static List<int> StopWordLists(string source) =>
        source.Split(';')
            .Select(statement => Literals().Matches(statement)
                .SelectMany(m => m.Groups["text"].Value.Split('|'))
                .Select(word => word.ToLowerInvariant())
                .Where(StopWords.FunctionWords.Contains)
                .Distinct(StringComparer.Ordinal)
                .Count())
            .Where(count => count >= StopListThreshold)
            .ToList();

    private static IEnumerable<(string Path, string Text)> SourceFiles()
    {
        var root = LayeringTests.RepositoryRoot();
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal)
                && !path.Contains("/wwwroot/lib/", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(Path.Combine(root, path))));
    }

    /// <summary>A string literal of one line in double or (scripts) single quotes: a word, or words joined by '|'.</summary>
    [GeneratedRegex("""(?:"(?<text>[^"\\\r\n]{1,400})"|'(?<text>[^'\\\r\n]{1,400})')""", RegexOptions.CultureInvariant)]
    private static partial Regex Literals();
}
