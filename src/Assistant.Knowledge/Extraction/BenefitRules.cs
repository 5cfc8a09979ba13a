using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>PLACEHOLDER.</summary>
public static class BenefitRules
{
    public static IReadOnlyList<Benefit> Find(ExtractionContext ctx) => [];
}
