using Assistant.Core.Facts;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Extraction;

/// <summary>PLACEHOLDER.</summary>
public sealed class FactExtractor
{
    private readonly TimeProvider _time;

    public FactExtractor(TimeProvider time) => _time = time;

    public VacancyFacts Extract(string vacancyId, IReadOnlyList<ParsedDocument> documents) => new() { Id = vacancyId };
}
