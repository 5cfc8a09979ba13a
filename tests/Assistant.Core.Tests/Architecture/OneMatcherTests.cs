using System.Text.RegularExpressions;

namespace Assistant.Core.Tests.Architecture;

/// <summary>
/// The text toolkit's two other "ones": one vacancy-name matcher (Understanding's <c>VacancyResolver</c> over its
/// <c>VacancyTermIndex</c>, with a <c>VacancyMatchPolicy</c> per use) and one compound splitter (Knowledge's
/// <c>CompoundSplitter</c>). A source scan of src fails on a second of either; a file that needs an exception gets its
/// row here with the reason.
/// </summary>
public sealed partial class OneMatcherTests
{
    /// <summary>Files that build word sets from a vacancy's title, employer and place, and why that is not a second matcher.</summary>
    private static readonly Dictionary<string, string> NameWordExceptions = new(StringComparer.Ordinal)
    {
        ["src/Assistant.Understanding/Vacancies/VacancyResolver.cs"] = "the matcher itself",
        ["src/Assistant.Understanding/Vacancies/VacancyTermIndex.cs"] = "the matcher's index",
        ["src/Assistant.Understanding/QuestionAnalyzer.cs"] = "the spelling corrector's known words: a vacancy's words are not corrected away; nothing is scored",
        ["src/Assistant.Dialogs/Answering/Composers/RetrievalAnswers.cs"] =
            "the vacancy's own name words left out of a question's content words; no vacancy is looked up by them",
    };

    /// <summary>Files that look a word's head and tail up at a split point, and why that is not a second compound splitter.</summary>
    private static readonly Dictionary<string, string> SplitExceptions = new(StringComparer.Ordinal)
    {
        ["src/Assistant.Knowledge/Index/CompoundSplitter.cs"] = "the splitter itself",
        ["src/Assistant.Understanding/Vacancies/VacancyResolver.cs"] =
            "the matcher's partial-word stages (a generic word cut off the end, the head or tail of a typed word against the vacancy terms); its compounds go through VacancyCompounds → CompoundSplitter",
    };

    [Fact]
    public void SourceFiles_HoldOneVacancyNameMatcher()
    {
        var found = SourceFiles()
            .Where(file => !NameWordExceptions.ContainsKey(file.Path))
            .SelectMany(file => NameMatchers(file.Text).Select(what => $"{file.Path}: {what} (use Understanding's VacancyResolver with a VacancyMatchPolicy)"))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void SourceFiles_HoldOneCompoundSplitter()
    {
        var found = SourceFiles()
            .Where(file => !SplitExceptions.ContainsKey(file.Path))
            .SelectMany(file => CompoundSplits(file.Text).Select(what => $"{file.Path}: {what} (use Knowledge's CompoundSplitter, with an option if needed)"))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void SourceScan_SeesTheMatcherAndTheSplitter()
    {
        var files = SourceFiles().ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);

        Assert.NotEmpty(NameMatchers(files["src/Assistant.Understanding/Vacancies/VacancyTermIndex.cs"]));
        Assert.NotEmpty(CompoundSplits(files["src/Assistant.Knowledge/Index/CompoundSplitter.cs"]));
    }

    [Fact]
    public void NameMatchers_ACatalogOfVacancyNameWords_IsFound()
    {
        const string source = """
            internal sealed class JobCatalog
            {
                private JobCatalog(Snapshot s) =>
                    _entries = [.. s.Jobs.Select(v => (v, new HashSet<string>(new[] { v.Facts.Title, v.Facts.Organisation, v.Facts.Location }.SelectMany(TextFold.Words))))];
            }
            """;

        Assert.Single(NameMatchers(source));
    }

    [Fact]
    public void NameMatchers_AClassNamedAsAVacancyMatcher_IsFound()
    {
        Assert.Single(NameMatchers("internal sealed class VacancyNameFinder { }"));
    }

    [Fact]
    public void CompoundSplits_ALoopOverSplitPointsLookingUpBothParts_IsFound()
    {
        const string source = """
            for (var j = 4; j <= word.Length - 4; j++)
            {
                if (Exists(Stem(word[..j])) && Exists(Stem(word[j..])))
                {
                    best = [word[..j], word[j..]];
                }
            }
            """;

        Assert.Single(CompoundSplits(source));
    }

    [Fact]
    public void CompoundSplits_ALoopThatCopiesSlices_IsNotFound()
    {
        const string source = """
            for (var i = 0; i < word.Length; i++)
            {
                word.AsSpan(0, i).CopyTo(buffer);
                word.AsSpan(i + 1).CopyTo(buffer[i..]);
            }
            """;

        Assert.Empty(CompoundSplits(source));
    }

    /// <summary>
    /// A type named as a vacancy matcher (…Vacancy…Matcher/Resolver/Catalog/Finder), or a statement that folds a vacancy's
    /// title, employer and place into words.
    /// </summary>
    internal static List<string> NameMatchers(string source)
    {
        var found = MatcherTypes().Matches(source).Select(m => $"type {m.Groups["name"].Value}").ToList();
        found.AddRange(source.Split(';')
            .Where(statement => statement.Contains(".Title", StringComparison.Ordinal) && statement.Contains(".Organisation", StringComparison.Ordinal)
                && statement.Contains(".Location", StringComparison.Ordinal) && FoldCall().IsMatch(statement))
            .Select(_ => "a word set of the vacancy's title, employer and place"));
        return found;
    }

    /// <summary>A loop over a split point whose body looks up both the head (word[..j]) and the tail (word[j..]) of a word.</summary>
    internal static List<string> CompoundSplits(string source)
    {
        var found = new List<string>();
        foreach (Match loop in Loops().Matches(source))
        {
            var v = Regex.Escape(loop.Groups["v"].Value);
            var body = source.Substring(loop.Index + loop.Length, Math.Min(600, source.Length - loop.Index - loop.Length));
            var head = Regex.IsMatch(body, $@"(Contains|Exists|TryGetValue|AddExact|is\w*|Is\w*)\([^;]*(\[\.\.{v}\]|AsSpan\(0, {v}\))");
            var tail = Regex.IsMatch(body, $@"(Contains|Exists|TryGetValue|AddExact|is\w*|Is\w*)\([^;]*(\[{v}(\s*\+\s*\w+)?\.\.\]|AsSpan\({v}\))");
            if (head && tail)
            {
                found.Add($"a split of a word at '{loop.Groups["v"].Value}'");
            }
        }

        return found;
    }

    private static IEnumerable<(string Path, string Text)> SourceFiles()
    {
        var root = LayeringTests.RepositoryRoot();
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(Path.Combine(root, path))));
    }

    [GeneratedRegex(@"\b(class|record|struct)\s+(?<name>\w*Vacanc\w*(Matcher|Resolver|Catalog|Finder)\w*)", RegexOptions.CultureInvariant)]
    private static partial Regex MatcherTypes();

    [GeneratedRegex(@"\b(Words|Tokenize|Fold)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FoldCall();

    [GeneratedRegex(@"for\s*\(var (?<v>\w+)\b[^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Loops();
}
