using Assistant.Core.Facts;
using Assistant.Knowledge.Base;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tools.Tests;

/// <summary>The repository's seed vacancies through the real loading pipeline, loaded once for all tests.</summary>
internal static class SeedKnowledge
{
    /// <summary>The clock the seeds are loaded with (the eval's default "now").</summary>
    public static readonly DateTimeOffset LoadedAt = new(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly Lazy<KnowledgeSnapshot> Snapshot = new(() =>
        KnowledgeLoader.CreateDefault(new FakeTimeProvider(LoadedAt)).Load(Path.Combine(RepositoryRoot(), "knowledge")));

    /// <summary>All seed vacancies' facts.</summary>
    public static IReadOnlyList<VacancyFacts> All => Snapshot.Value.Vacancies.Select(v => v.Facts).ToList();

    /// <summary>The facts of the seed whose id starts with <paramref name="idStart"/> ("harelbeke", "kamer", …).</summary>
    public static VacancyFacts Seed(string idStart) =>
        Snapshot.Value.Vacancies.Single(v => v.Id.StartsWith(idStart, StringComparison.Ordinal)).Facts;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder with appsettings.json and knowledge/ above " + AppContext.BaseDirectory);
    }
}
