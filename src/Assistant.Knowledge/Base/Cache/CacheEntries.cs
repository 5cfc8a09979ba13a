using Assistant.Core.Facts;

namespace Assistant.Knowledge.Base.Cache;

/// <summary>What loading computed for one vacancy, as stored in the cache.</summary>
/// <param name="Engine">The engine version that computed it (<see cref="KnowledgeCache.EngineVersion"/>).</param>
/// <param name="Key">The content key of the vacancy's files.</param>
/// <param name="ReadOn">The day the facts were read on when they depend on it (no year in the documents), else null.</param>
/// <param name="Vacancy">The facts and parsed documents; null when none of its documents could be read.</param>
/// <param name="Errors">The load errors of the vacancy (broken documents, facts.yaml problems).</param>
internal sealed record VacancyCacheEntry(string Engine, string Key, DateOnly? ReadOn, Vacancy? Vacancy, IReadOnlyList<LoadError> Errors);

/// <summary>What loading computed over all vacancies (besides the search index, stored beside it).</summary>
internal sealed record SnapshotCacheEntry(string Engine, string Key, IReadOnlyList<SalaryScaleTable> ScaleTables, IReadOnlyList<LoadError> Errors);
