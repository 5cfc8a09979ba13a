using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>PLACEHOLDER.</summary>
public static class DocumentRules
{
    public static IReadOnlyList<RequiredDocument> Find(ExtractionContext ctx) => [];
}
