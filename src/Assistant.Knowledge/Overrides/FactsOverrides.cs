using Assistant.Core.Facts;

namespace Assistant.Knowledge.Overrides;

/// <summary>PLACEHOLDER.</summary>
public static class FactsOverrides
{
    public static (VacancyFacts Facts, IReadOnlyList<string> Errors) Apply(VacancyFacts facts, string yamlPath) => (facts, []);
}
