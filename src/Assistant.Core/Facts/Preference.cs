namespace Assistant.Core.Facts;

/// <summary>
/// A "bij voorkeur" (preferably) line, or one that says something is not required ("Een rijbewijs is niet vereist",
/// <see cref="NotRequired"/>): shown to candidates who speak about it, never a requirement.
/// </summary>
public sealed record Preference(string Text, Citation Citation, bool NotRequired = false);
