namespace Assistant.Core.Facts;

/// <summary>Where a fact comes from: the vacancy, the document, the section and the quoted sentence.</summary>
/// <param name="VacancyId">The vacancy the document belongs to.</param>
/// <param name="Document">The document's file name inside the vacancy folder.</param>
/// <param name="Section">The title of the section the quote sits in ("" before the first heading).</param>
/// <param name="Quote">The sentence or line the fact was read from, as it stands in the cleaned text.</param>
/// <param name="Start">Offset of the quote in the cleaned document text.</param>
/// <param name="End">Offset just past the quote.</param>
public sealed record Citation(string VacancyId, string Document, string Section, string Quote, int Start, int End)
{
    /// <summary>A citation for a value set by a curated <c>facts.yaml</c> rather than read from a document.</summary>
    public static Citation Curated(string vacancyId, string file, int line, string quote) =>
        new(vacancyId, file, "facts.yaml", quote, line, line);
}
