using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Assistant.Knowledge.Index;

/// <summary>
/// Dutch analysis of vacancy text: apostrophes split ("collega’s" → "collega"), lower case, accents folded
/// ("coördinatie" = "coordinatie"), Dutch stop words and single letters dropped, compounds optionally split
/// into their parts (index side only), verb forms in -t also indexed without the t, and the Snowball Dutch
/// stemmer. The <c>grams</c> field gets character
/// 4-grams instead of stems; the <c>raw</c> field stops before stemming (used to analyse queries).
/// </summary>
public sealed class DutchTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;
    internal const int GramSize = 4;

    private static readonly NormalizeCharMap Apostrophes = BuildApostropheMap();

    private readonly CompoundSplitter? _splitter;

    /// <summary>An analyzer; with a <paramref name="splitter"/> compounds are split (use that at index time only).</summary>
    public DutchTextAnalyzer(CompoundSplitter? splitter = null)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _splitter = splitter;
    }

    /// <summary>Core's <see cref="Core.Text.StopWords.Index"/> set, as the stop filter takes it.</summary>
    private static readonly CharArraySet Stops = new(Version, Core.Text.StopWords.Index.ToList(), ignoreCase: false);

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(Apostrophes, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, Stops);
        switch (fieldName)
        {
            case IndexFields.RawQuery:
                break;
            case IndexFields.Grams:
                stream = new NGramTokenFilter(Version, stream, GramSize, GramSize);
                break;
            default:
                if (_splitter is not null)
                {
                    stream = new CompoundSplitFilter(stream, _splitter);
                }

                stream = new VerbFormFilter(stream);

                stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
                break;
        }

        return new TokenStreamComponents(source, stream);
    }

    private static NormalizeCharMap BuildApostropheMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var apostrophe in new[] { "'", "\u2019", "\u2018", "\u00B4", "`" })
        {
            builder.Add(apostrophe, " ");
        }

        return builder.Build();
    }
}
