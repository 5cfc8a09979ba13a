using Assistant.Core.Facts;
using Assistant.Knowledge.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Assistant.Knowledge.Index;

/// <summary>Writes the passages of parsed documents into a Lucene directory.</summary>
internal static class VacancyIndexWriter
{
    /// <summary>Indexes <paramref name="documents"/> into <paramref name="directory"/> (replacing its content); returns the passage count.</summary>
    public static int Write(LuceneDirectory directory, IReadOnlyList<ParsedDocument> documents, VacancyIndexOptions options)
    {
        var threads = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount;
        var splitter = options.Compound == CompoundMode.Dictionary
            ? new CompoundSplitter(CompoundVocabulary.Collect([.. documents.Select(d => d.Text)], threads).Concat(options.ExtraCompoundParts))
            : null;
        using var analyzer = new DutchTextAnalyzer(splitter);
        var config = new IndexWriterConfig(DutchTextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(options.Bm25K1, options.Bm25B),
            RAMBufferSizeMB = 256,
            UseCompoundFile = false,
        };
        config.MergePolicy.NoCFSRatio = 0;

        var passages = 0;
        using (var writer = new IndexWriter(directory, config))
        {
            Parallel.ForEach(
                documents,
                new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => new PassageDocument(options.Compound == CompoundMode.NGram),
                (document, _, fields) =>
                {
                    var count = 0;
                    foreach (var passage in PassageSplitter.Split(document))
                    {
                        writer.AddDocument(fields.Fill(document, passage));
                        count++;
                    }

                    Interlocked.Add(ref passages, count);
                    return fields;
                },
                _ => { });

            writer.SetCommitData(new Dictionary<string, string> { [IndexFields.CompoundCommitKey] = options.Compound.ToString() });
            writer.Commit();
        }

        return passages;
    }

    /// <summary>One reusable Lucene document per thread.</summary>
    private sealed class PassageDocument
    {
        private readonly Field _text = new TextField(IndexFields.Text, "", Field.Store.YES);
        private readonly Field _title = new TextField(IndexFields.Title, "", Field.Store.YES);
        private readonly Field? _grams;
        private readonly Field _vacancy = new StringField(IndexFields.Vacancy, "", Field.Store.YES);
        private readonly Field _vacancyKey = new StringField(IndexFields.VacancyKey, "", Field.Store.NO);
        private readonly Field _audience = new StringField(IndexFields.Audience, "", Field.Store.YES);
        private readonly Field _document = new StoredField(IndexFields.Document, "");
        private readonly Field _documentKey = new StringField(IndexFields.DocumentKey, "", Field.Store.NO);
        private readonly Field _start = new StoredField(IndexFields.Start, 0);
        private readonly Field _end = new StoredField(IndexFields.End, 0);
        private readonly Document _doc;

        public PassageDocument(bool grams)
        {
            _doc = new Document { _text, _title, _vacancy, _vacancyKey, _audience, _document, _documentKey, _start, _end };
            if (grams)
            {
                _grams = new TextField(IndexFields.Grams, "", Field.Store.NO);
                _doc.Add(_grams);
            }
        }

        public Document Fill(ParsedDocument document, TextPassage passage)
        {
            var text = passage.Text(document.Text);
            _text.SetStringValue(text);
            _grams?.SetStringValue(text);
            _title.SetStringValue(passage.Section);
            _vacancy.SetStringValue(document.VacancyId);
            _vacancyKey.SetStringValue(document.VacancyId.ToLowerInvariant());
            _audience.SetStringValue(AudienceName(document.Audience));
            _document.SetStringValue(document.FileName);
            _documentKey.SetStringValue(document.VacancyId + "/" + document.FileName);
            _start.SetInt32Value(passage.Start);
            _end.SetInt32Value(passage.End);
            return _doc;
        }
    }

    /// <summary>The stored form of an audience.</summary>
    public static string AudienceName(Audience audience) => audience == Audience.Internal ? "internal" : "public";
}
