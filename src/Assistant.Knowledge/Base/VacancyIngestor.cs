using Assistant.Core.Facts;
using Assistant.Knowledge.Cleaning;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Extraction;
using Assistant.Knowledge.Overrides;

namespace Assistant.Knowledge.Base;

/// <summary>Documents of one vacancy → cleaned and sectioned → facts → curated overrides.</summary>
public sealed class VacancyIngestor
{
    private readonly FactExtractor _extractor;

    public VacancyIngestor(TimeProvider time)
    {
        _extractor = new FactExtractor(time);
    }

    /// <summary>Parses one loaded document into clean text and sections.</summary>
    public static ParsedDocument Parse(string vacancyId, LoadedDocument document, Audience audience)
    {
        var text = TextCleaner.Clean(document.Text);
        var sections = Sectioner.Split(text, document.HeadingHints);
        return new ParsedDocument(vacancyId, document.FileName, document.Format, audience, text, sections);
    }

    /// <summary>Runs the whole pipeline for one vacancy; override errors are added to <paramref name="errors"/>.</summary>
    public Vacancy Ingest(string vacancyId, IReadOnlyList<(LoadedDocument Document, Audience Audience)> documents, string? factsYaml, List<LoadError> errors, string knowledgePath) =>
        Ingest(vacancyId, documents, factsYaml, errors, knowledgePath, out _);

    /// <summary>As <see cref="Ingest(string, IReadOnlyList{ValueTuple{LoadedDocument, Audience}}, string?, List{LoadError}, string)"/>; <paramref name="readOn"/> is the day the facts depend on, if any (see <see cref="FactExtractor"/>).</summary>
    public Vacancy Ingest(string vacancyId, IReadOnlyList<(LoadedDocument Document, Audience Audience)> documents, string? factsYaml, List<LoadError> errors, string knowledgePath, out DateOnly? readOn)
    {
        var parsed = documents.Select(d => Parse(vacancyId, d.Document, d.Audience)).ToList();
        var facts = _extractor.Extract(vacancyId, parsed, out readOn);
        if (factsYaml is not null)
        {
            var result = FactsOverrides.Apply(facts, factsYaml);
            facts = result.Facts;
            errors.AddRange(result.Errors.Select(e => new LoadError(vacancyId, System.IO.Path.GetRelativePath(knowledgePath, factsYaml), e)));
        }

        return new Vacancy(facts, parsed);
    }
}
