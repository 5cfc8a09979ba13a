using Assistant.Core.Facts;

namespace Assistant.Knowledge.Index;

/// <summary>A passage found by a search, with where it stands and how well it matched.</summary>
public sealed record SearchHit(
    string VacancyId,
    string Document,
    string Section,
    string Passage,
    float Score,
    Audience Audience,
    int Start,
    int End);
