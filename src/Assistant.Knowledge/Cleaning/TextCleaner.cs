namespace Assistant.Knowledge.Cleaning;

/// <summary>PLACEHOLDER.</summary>
public static class TextCleaner
{
    public static string Clean(string raw) => raw;
}
