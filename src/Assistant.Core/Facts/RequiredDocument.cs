namespace Assistant.Core.Facts;

/// <summary>A document to send with the application, as the vacancy names it; <see cref="For"/> when only some candidates send it ("interne kandidaten").</summary>
public sealed record RequiredDocument(string Name, string Kind, Citation Citation, string? For = null);
