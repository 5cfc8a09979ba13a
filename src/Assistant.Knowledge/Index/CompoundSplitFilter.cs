using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Knowledge.Index;

/// <summary>Keeps each token and adds the parts of a compound at the same position.</summary>
internal sealed class CompoundSplitFilter : TokenFilter
{
    private const int CacheLimit = 200_000;

    private readonly CompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Dictionary<string, string[]> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _cacheLookup;
    private string[] _pending = [];
    private int _nextPending;
    private State? _state;

    public CompoundSplitFilter(TokenStream input, CompoundSplitter splitter)
        : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _cacheLookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override bool IncrementToken()
    {
        if (_nextPending < _pending.Length)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending[_nextPending++]);
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var token = _term.Buffer.AsSpan(0, _term.Length);
        if (token.Length < CompoundSplitter.MinCompoundLength)
        {
            return true;
        }

        if (!_cacheLookup.TryGetValue(token, out var parts))
        {
            parts = _splitter.Split(token);
            if (_cache.Count >= CacheLimit)
            {
                _cache.Clear();
            }

            _cacheLookup[token] = parts;
        }

        if (parts.Length > 0)
        {
            _pending = parts;
            _nextPending = 0;
            _state = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _nextPending = 0;
        _state = null;
    }
}
