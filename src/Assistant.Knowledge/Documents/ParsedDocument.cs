using Assistant.Core.Facts;

namespace Assistant.Knowledge.Documents;

/// <summary>A cleaned document split into sections, ready for fact extraction and indexing.</summary>
public sealed record ParsedDocument(
    string VacancyId,
    string FileName,
    string Format,
    Audience Audience,
    string Text,
    IReadOnlyList<Section> Sections)
{
    /// <summary>The section that contains <paramref name="offset"/>, or null before the first one.</summary>
    public Section? SectionAt(int offset)
    {
        Section? found = null;
        foreach (var section in Sections)
        {
            if (section.Start <= offset && offset < Math.Max(section.End, section.Start + 1))
            {
                return section;
            }

            if (section.Start <= offset)
            {
                found = section;
            }
        }

        return found;
    }
}
