using Assistant.Knowledge.Index;

namespace Assistant.Knowledge.Base;

/// <summary>
/// An immutable view of the knowledge folder at one moment: vacancies with their facts, the load errors
/// and the search index. A reload builds a new snapshot and swaps it in whole.
/// </summary>
public sealed class KnowledgeSnapshot : IDisposable
{
    private readonly Dictionary<string, Vacancy> _byId;

    public KnowledgeSnapshot(IReadOnlyList<Vacancy> vacancies, IReadOnlyList<LoadError> errors, VacancyIndex index, DateTimeOffset loadedAt)
    {
        Vacancies = vacancies;
        Errors = errors;
        Index = index;
        LoadedAt = loadedAt;
        _byId = vacancies.ToDictionary(v => v.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Vacancy> Vacancies { get; }

    /// <summary>Employer salary-scale tables from <c>salary-scales/</c>.</summary>
    public IReadOnlyList<Assistant.Core.Facts.SalaryScaleTable> ScaleTables { get; init; } = [];
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>The knowledge folder the snapshot was loaded from (general documents are read from its <c>general/</c>), if any.</summary>
    public string? KnowledgePath { get; init; }
    public VacancyIndex Index { get; }
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The vacancy with this id (case-insensitive), or null.</summary>
    public Vacancy? Find(string id) => _byId.GetValueOrDefault(id);

    public void Dispose() => Index.Dispose();
}
