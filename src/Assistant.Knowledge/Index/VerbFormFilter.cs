using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Knowledge.Index;

/// <summary>
/// Dutch present-tense forms in -t ("je werkt", "hij beheert") also index the form without the t, so that
/// "werken" and "rapporteer je" find them. Nouns in -t get a harmless extra form ("documen").
/// </summary>
internal sealed class VerbFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private State? _pending;

    public VerbFormFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Whether <paramref name="word"/> (lower case) may be a verb form in -t.</summary>
    public static bool MayBeVerbInT(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[^1] == 't' && word[^2] is not ('t' or 's' or 'c' or 'h') && !char.IsDigit(word[^2]);

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pending);
            _pending = null;
            _term.Length -= 1;
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (MayBeVerbInT(_term.Buffer.AsSpan(0, _term.Length)))
        {
            _pending = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
    }
}
