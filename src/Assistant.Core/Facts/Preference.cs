namespace Assistant.Core.Facts;

/// <summary>A "bij voorkeur" (preferably) line: shown to candidates but never a requirement.</summary>
public sealed record Preference(string Text, Citation Citation);
