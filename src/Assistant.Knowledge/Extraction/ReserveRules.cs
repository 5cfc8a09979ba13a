using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>PLACEHOLDER.</summary>
public static class ReserveRules
{
    public static Reserve? Find(ExtractionContext ctx) => null;
}
