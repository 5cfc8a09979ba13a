using System.Text.Json.Serialization;

namespace Assistant.Knowledge.Base.Cache;

/// <summary>
/// The cache's JSON, source-generated (no reflection at start). Every stored property is written, nulls included, so a
/// cached value never falls back to a property's default; computed properties are not written.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    IgnoreReadOnlyProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(VacancyCacheEntry))]
[JsonSerializable(typeof(SnapshotCacheEntry))]
internal sealed partial class CacheJson : JsonSerializerContext;
