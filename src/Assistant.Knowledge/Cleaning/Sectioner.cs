using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Cleaning;

/// <summary>PLACEHOLDER.</summary>
public static class Sectioner
{
    public static IReadOnlyList<Section> Split(string text, IReadOnlyList<string> headingHints) => [new Section("", 0, text.Length)];
}
