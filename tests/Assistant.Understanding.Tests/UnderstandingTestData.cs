using Assistant.Understanding;
using Assistant.Knowledge.Base;

namespace Assistant.Understanding.Tests;

/// <summary>
/// Vacancy lists for understanding tests: the repository's seed vacancies loaded through the real knowledge pipeline,
/// and a made-up list with other places and titles to show that nothing is keyed to the seeds.
/// </summary>
internal static class UnderstandingTestData
{
    /// <summary>Made-up vacancies of other employers, places and titles.</summary>
    public static IReadOnlyList<VacancyRef> Other { get; } =
    [
        new("gent-beleidsmedewerker-mobiliteit", "Stad Gent", "Beleidsmedewerker mobiliteit", "Gent"),
        new("gent-projectleider-ict", "Stad Gent", "Projectleider ICT", "Gent"),
        new("ocmw-brugge-maatschappelijk-werker", "OCMW Brugge", "Maatschappelijk werker", "Brugge"),
        new("provincie-limburg-jurist-omgeving", "Provincie Limburg", "Jurist omgeving", "Hasselt"),
        new("gemeente-zottegem-financieel-directeur", "Gemeente Zottegem", "Financieel directeur", "Zottegem"),
        new("leuven-communicatieverantwoordelijke", "Stad Leuven", "Communicatieverantwoordelijke", "Leuven"),
        new("senaat-vertaler-frans", "Belgische Senaat", "Vertaler Frans-Nederlands", "Brussel"),
        new("mechelen-administratief-medewerker-burgerzaken", "Stad Mechelen", "Administratief medewerker burgerzaken", "Mechelen"),
    ];

    private static readonly Lazy<IReadOnlyList<VacancyRef>> SeedRefs = new(LoadSeed);
    private static readonly Lazy<QuestionAnalyzer> SeedAnalyzerInstance = new(() => new QuestionAnalyzer(Seed));
    private static readonly Lazy<QuestionAnalyzer> OtherAnalyzerInstance = new(() => new QuestionAnalyzer(Other));

    /// <summary>The seed vacancies as references (organisation, title, location from their extracted facts).</summary>
    public static IReadOnlyList<VacancyRef> Seed => SeedRefs.Value;

    /// <summary>An analyzer over the seed vacancies, shared by the tests (it is thread-safe).</summary>
    public static QuestionAnalyzer SeedAnalyzer => SeedAnalyzerInstance.Value;

    /// <summary>An analyzer over <see cref="Other"/>.</summary>
    public static QuestionAnalyzer OtherAnalyzer => OtherAnalyzerInstance.Value;

    /// <summary>The seed vacancy id that contains <paramref name="key"/> (the evaluation's vacancy keys: "harelbeke", "kamer", …).</summary>
    public static string SeedId(string key) => Seed.Single(v => v.Id.Contains(key, StringComparison.OrdinalIgnoreCase)).Id;

    /// <summary>The repository root: the folder with appsettings.json above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge", "vacancies")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<VacancyRef> LoadSeed()
    {
        using var snapshot = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(Path.Combine(RepositoryRoot(), "knowledge"));
        return snapshot.Vacancies
            .Select(v => new VacancyRef(v.Id, v.Facts.Organisation, v.Facts.Title, v.Facts.Location))
            .ToList();
    }
}
