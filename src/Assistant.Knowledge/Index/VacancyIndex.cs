using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Index;

/// <summary>PLACEHOLDER — replaced by the Lucene implementation.</summary>
public sealed class VacancyIndex : IDisposable
{
    public static VacancyIndex Build(IEnumerable<ParsedDocument> documents) => new();

    public IReadOnlyList<SearchHit> Search(SearchQuery query) => [];

    public long SizeInBytes => 0;

    public void Dispose() { }
}
