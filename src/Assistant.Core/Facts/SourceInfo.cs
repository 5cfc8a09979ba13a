namespace Assistant.Core.Facts;

/// <summary>A document a vacancy's facts were read from.</summary>
public sealed record SourceInfo(string Document, string Format, Audience Audience, int Characters);
