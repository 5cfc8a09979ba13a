using Assistant.Core.Facts;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Base;

/// <summary>One vacancy of the knowledge base: its facts and the parsed documents they were read from.</summary>
public sealed record Vacancy(VacancyFacts Facts, IReadOnlyList<ParsedDocument> Documents)
{
    public string Id => Facts.Id;
}
