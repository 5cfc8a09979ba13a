using Assistant.Procedures.Library;

namespace Assistant.Procedures.Structure;

/// <summary>
/// The smallest citable part of a general document: an article paragraph, a step, a checklist item, a table row or a
/// line of text, with where it stands (document, chapter, section, article and paragraph, list).
/// </summary>
public sealed record ProcedureUnit
{
    /// <summary>The file name inside <c>general/</c>.</summary>
    public required string Document { get; init; }

    /// <summary>The document's title (metadata or file name).</summary>
    public required string DocumentTitle { get; init; }

    public required ProcedureAudience Audience { get; init; }

    public required UnitKind Kind { get; init; }

    /// <summary>The article number as written ("12", "12bis"), or null outside articles.</summary>
    public string? Article { get; init; }

    /// <summary>The paragraph number ("2" for "§2."), or null.</summary>
    public string? Paragraph { get; init; }

    /// <summary>The step number as written ("3"), or null.</summary>
    public string? Number { get; init; }

    /// <summary>The closest heading above the unit ("" before the first one).</summary>
    public string Section { get; init; } = "";

    /// <summary>The enclosing chapter or title heading ("Hoofdstuk 3. De selectiecommissie"), or null.</summary>
    public string? Chapter { get; init; }

    /// <summary>The unit's text as it stands in the cleaned document.</summary>
    public required string Text { get; init; }

    /// <summary>The line that introduces the list this unit belongs to ("De nieuwe collega brengt … mee:"), or null.</summary>
    public string? ListIntro { get; init; }

    /// <summary>The list the unit belongs to (units of one list share it), or -1.</summary>
    public int ListId { get; init; } = -1;

    /// <summary>The header row of the table the unit belongs to, or null.</summary>
    public string? TableHeader { get; init; }

    /// <summary>The position of the unit in its document.</summary>
    public int Index { get; init; }

    /// <summary>"Art. 12 §1", else the section title: how a citation names the place.</summary>
    public string Label => Article is null ? Section : Paragraph is null ? $"Art. {Article}" : $"Art. {Article} §{Paragraph}";
}
