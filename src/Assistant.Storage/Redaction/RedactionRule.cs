using System.Text.RegularExpressions;

namespace Assistant.Storage.Redaction;

/// <summary>One kind of personal data: where it is in a text and what it becomes.</summary>
internal sealed class RedactionRule
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    private readonly Regex _pattern;
    private readonly MatchEvaluator _replace;

    private RedactionRule(string pattern, RegexOptions options, MatchEvaluator replace)
    {
        _pattern = new Regex(pattern, options | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        _replace = replace;
    }

    /// <summary>Every match becomes <paramref name="token"/>.</summary>
    public static RedactionRule Token(string pattern, string token, RegexOptions options = RegexOptions.IgnoreCase) =>
        new(pattern, options, _ => token);

    /// <summary>The match's <c>lead</c> group (the words that say what follows) is kept, the rest becomes <paramref name="token"/>.</summary>
    public static RedactionRule AfterLead(string pattern, string token, RegexOptions options = RegexOptions.IgnoreCase) =>
        new(pattern, options, m => m.Groups["lead"].Value + token);

    /// <summary>A match becomes <paramref name="token"/> only when <paramref name="accept"/> agrees (e.g. a digit count).</summary>
    public static RedactionRule When(string pattern, string token, Func<string, bool> accept, RegexOptions options = RegexOptions.IgnoreCase) =>
        new(pattern, options, m => accept(m.Value) ? token : m.Value);

    public string Apply(string text) => _pattern.Replace(text, _replace);
}
