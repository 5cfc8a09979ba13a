using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>PLACEHOLDER.</summary>
public static class SelectionRules
{
    public static IReadOnlyList<SelectionStep> FindSteps(ExtractionContext ctx) => [];
    public static IReadOnlyList<PassRule> FindPassRules(ExtractionContext ctx) => [];
}
