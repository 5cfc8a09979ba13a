using System.Reflection;
using Assistant.Storage.Redaction;

namespace Assistant.Storage.Tests.Redaction;

/// <summary>The prefilters only skip work: with and without them every text is redacted the same.</summary>
public class PrefilterEquivalenceTests
{
    private static readonly TranscriptRedactor WithPrefilters = new();
    private static readonly TranscriptRedactor WithoutPrefilters = new(prefilter: false);

    [Fact]
    public void Redact_TheRedactionTestCases_SameWithAndWithoutPrefilters()
    {
        var texts = typeof(TranscriptRedactorTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .Select(a => a.GetData(null!).First()[0])
            .OfType<string>()
            .ToList();

        Assert.True(texts.Count > 50, $"expected the redaction test cases, found {texts.Count}");
        AssertSame(texts);
    }

    [Fact]
    public void Redact_UtterancesAndVacancyDocuments_SameWithAndWithoutPrefilters()
    {
        var root = RepositoryRoot();
        var utterances = File.ReadLines(Path.Combine(root, "tests", "Assistant.Understanding.Tests", "utterances.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0]);
        var documentLines = Directory.EnumerateFiles(Path.Combine(root, "knowledge", "vacancies"), "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "knowledge", "vacancies"), "*.md", SearchOption.AllDirectories))
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0);
        var texts = utterances.Concat(documentLines).ToList();

        Assert.True(texts.Count > 500, $"expected utterances and document lines, found {texts.Count}");
        AssertSame(texts);
    }

    private static void AssertSame(IEnumerable<string> texts)
    {
        var different = texts.Where(t => WithPrefilters.Redact(t) != WithoutPrefilters.Redact(t)).Take(5).ToList();
        Assert.True(different.Count == 0, "prefilters changed the redaction of: " + string.Join(" | ", different));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
