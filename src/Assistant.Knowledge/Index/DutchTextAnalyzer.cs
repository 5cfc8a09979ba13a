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

    /// <summary>The stop words (folded): Lucene's Dutch list, single letters and question words.</summary>
    public static CharArraySet StopWords { get; } = BuildStopWords();

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(Apostrophes, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
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

    private static CharArraySet BuildStopWords()
    {
        var words = new CharArraySet(Version, 200, ignoreCase: false);
        foreach (var word in Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet)
        {
            words.Add(word.ToString()!);
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            words.Add(c.ToString());
        }

        foreach (var word in new[] { "welke", "welk", "hoeveel", "wanneer", "waar", "waarom", "waarmee", "zouden", "mag", "moeten", "graag", "jij", "jullie", "we", "wij", "onze" })
        {
            words.Add(word);
        }

        return words;
    }
}
