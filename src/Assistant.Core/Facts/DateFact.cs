namespace Assistant.Core.Facts;

/// <summary>A calendar date read from a document; <see cref="YearInferred"/> says the year was not written.</summary>
public sealed record DateFact(DateOnly Date, bool YearInferred, Citation Citation);
