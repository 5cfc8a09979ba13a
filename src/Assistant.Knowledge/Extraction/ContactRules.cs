using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>PLACEHOLDER.</summary>
public static class ContactRules
{
    public static IReadOnlyList<Contact> Find(ExtractionContext ctx) => [];
}
