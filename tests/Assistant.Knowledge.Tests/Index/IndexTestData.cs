using System.Text;
using Assistant.Core.Facts;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Tests.Index;

/// <summary>Small documents for index tests, and the repository's seed knowledge.</summary>
internal static class IndexTestData
{
    private static readonly Lazy<KnowledgeSnapshot> SeedSnapshot = new(() => KnowledgeLoader.CreateDefault(TimeProvider.System).Load(SeedKnowledgePath()));

    /// <summary>A parsed document whose lines starting with "## " are section titles.</summary>
    public static ParsedDocument Doc(string vacancyId, string markup, Audience audience = Audience.Public, string fileName = "vacancy.txt")
    {
        var text = new StringBuilder();
        var sections = new List<Section>();
        string? title = null;
        var bodyStart = 0;
        foreach (var line in markup.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null || text.Length > 0)
                {
                    sections.Add(new Section(title ?? "", bodyStart, text.Length));
                }

                text.Append(line[3..]).Append('\n');
                title = line[3..];
                bodyStart = text.Length;
                continue;
            }

            text.Append(line).Append('\n');
        }

        sections.Add(new Section(title ?? "", bodyStart, text.Length));
        return new ParsedDocument(vacancyId, fileName, "txt", audience, text.ToString(), sections);
    }

    /// <summary>The repository's knowledge folder: found by walking up to the folder holding appsettings.json.</summary>
    public static string SeedKnowledgePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge", "vacancies")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new DirectoryNotFoundException("knowledge folder of the repository not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The seed vacancies, loaded once per test run through the real pipeline (never disposed: shared).</summary>
    public static KnowledgeSnapshot Seed => SeedSnapshot.Value;
}
