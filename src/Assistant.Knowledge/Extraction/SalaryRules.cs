using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>PLACEHOLDER.</summary>
public static class SalaryRules
{
    public static Salary? Find(ExtractionContext ctx) => null;
}
