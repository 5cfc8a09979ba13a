namespace Assistant.Core.Facts;

/// <summary>A document to send with the application ("cv", "motivation-letter", "diploma", "criminal-record", "driving-licence", "other").</summary>
public sealed record RequiredDocument(string Name, string Kind, Citation Citation);
