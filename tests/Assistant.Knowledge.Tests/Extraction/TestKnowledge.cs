using Assistant.Core.Facts;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Extraction;
using Assistant.Knowledge.Tests.Fixtures;
using Assistant.Knowledge.Tests.Index;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Seeds and fixtures through the real pipeline, with the eval's default clock; and extraction from a text.</summary>
internal static class TestKnowledge
{
    public static readonly DateTimeOffset Now = new(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly Lazy<KnowledgeSnapshot> Seeds = new(() =>
        KnowledgeLoader.CreateDefault(new FakeTimeProvider(Now)).Load(IndexTestData.SeedKnowledgePath()));

    private static readonly Lazy<KnowledgeSnapshot> Fixtures = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "assistant-fixtures-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "vacancies"));
        foreach (var file in Directory.GetFiles(FixturePaths.SourceDirectory()).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(dir, "vacancies", Path.GetFileName(file)));
        }

        return KnowledgeLoader.CreateDefault(new FakeTimeProvider(Now)).Load(dir);
    });

    /// <summary>The facts of a seed vacancy by the start of its id.</summary>
    public static VacancyFacts Seed(string idStart) => Seeds.Value.Vacancies.Single(v => v.Id.StartsWith(idStart, StringComparison.Ordinal)).Facts;

    /// <summary>The facts of a fixture vacancy by the start of its id.</summary>
    public static VacancyFacts Fixture(string idStart) => Fixtures.Value.Vacancies.Single(v => v.Id.StartsWith(idStart, StringComparison.Ordinal)).Facts;

    public static KnowledgeSnapshot SeedSnapshot => Seeds.Value;

    /// <summary>Extracts facts from a plain-text vacancy written in a test.</summary>
    public static VacancyFacts FromText(string text, DateTimeOffset? now = null) =>
        FromLoaded(new LoadedDocument("vacancy.txt", "txt", text, []), now);

    /// <summary>Extracts facts from a plain-text file written in a test, through the text loader (its rule-marked headings).</summary>
    public static VacancyFacts FromTextFile(string text) => FromFile(new TextLoader(), "vacancy.txt", text);

    /// <summary>Extracts facts from a web page written in a test, through the HTML loader (tables as the loader gives them).</summary>
    public static VacancyFacts FromHtml(string html) => FromFile(new HtmlLoader(), "vacancy.html", html);

    /// <summary>Extracts facts from a Markdown document written in a test, through the Markdown loader.</summary>
    public static VacancyFacts FromMarkdown(string markdown) => FromFile(new MarkdownLoader(), "vacancy.md", markdown);

    /// <summary>Extracts facts from a Word document built from blocks ("# kop", "| cel | cel", text) through the DOCX loader.</summary>
    public static VacancyFacts FromDocxBlocks(IReadOnlyList<string> blocks)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vacancy-{Guid.NewGuid():N}.docx");
        try
        {
            FixtureGenerator.WriteDocx(path, blocks);
            using var stream = File.OpenRead(path);
            return FromLoaded(new DocxLoader().Load(stream, "vacancy.docx"), null);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static VacancyFacts FromFile(IDocumentLoader loader, string fileName, string content)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));
        return FromLoaded(loader.Load(stream, fileName), null);
    }

    private static VacancyFacts FromLoaded(LoadedDocument document, DateTimeOffset? now)
    {
        var parsed = VacancyIngestor.Parse("test-vacancy", document, Audience.Public);
        return new FactExtractor(new FakeTimeProvider(now ?? Now)).Extract("test-vacancy", [parsed]);
    }
}
