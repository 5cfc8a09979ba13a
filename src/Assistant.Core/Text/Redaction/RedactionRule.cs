using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Core.Text.Redaction;

/// <summary>
/// One kind of personal data: where it is in a text and what it becomes. Patterns run on .NET's non-backtracking engine,
/// so a match costs time linear in the text, whatever the text: no timeout is needed and no message is ever lost to one.
/// </summary>
/// <remarks>
/// The non-backtracking engine has no lookarounds, so a pattern says what may not touch the personal data by consuming it:
/// an optional group <c>pre</c> (one character before: "not preceded by a digit" becomes <c>(?&lt;pre&gt;\D)</c>) and an
/// optional group <c>post</c> (what must or may not follow). Only the group <c>core</c> (the whole match when there is
/// none) is replaced; <c>pre</c> and <c>post</c> stay, and the next search starts right after the core, so a consumed
/// context character can still be the context of the next match. The redactors pad every text with a
/// space at both ends, so a context character exists at the edges of the text too.
/// </remarks>
public sealed class RedactionRule
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly Lazy<Compiled> _compiled;
    private readonly Func<Match, string, string?> _replace;
    private Func<string, bool>? _mayMatch;
    private Func<string, int, int>? _extend;

    private RedactionRule(string pattern, RegexOptions options, Func<Match, string, string?> replace)
    {
        // Building a non-backtracking regex costs milliseconds; a rule is built the first time a text passes its
        // prefilter, so a process that redacts a few ordinary messages (a one-shot question) builds few of them.
        _compiled = new Lazy<Compiled>(() => new Compiled(new Regex(pattern, options | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout)), LazyThreadSafetyMode.ExecutionAndPublication);
        _replace = replace;
    }

    /// <summary>Whether the pattern has been built (it is built on first use).</summary>
    public bool IsBuilt => _compiled.IsValueCreated;

    /// <summary>The pattern (for tests that check every rule is linear-time).</summary>
    public Regex Pattern => _compiled.Value.Regex;

    /// <summary>Every match becomes <paramref name="token"/>.</summary>
    public static RedactionRule Token(string pattern, string token, RegexOptions options = Options) => new(pattern, options, (_, _) => token);

    /// <summary>The match's <c>lead</c> group (the words that say what follows) is kept, the rest becomes <paramref name="token"/>.</summary>
    public static RedactionRule AfterLead(string pattern, string token, RegexOptions options = Options) =>
        new(pattern, options, (m, _) => m.Groups["lead"].Value + token);

    /// <summary>
    /// Like <see cref="AfterLead"/>, but only when <paramref name="accept"/> agrees with the <c>name</c> group's text (the
    /// words after the lead); the <c>lead</c> is kept.
    /// </summary>
    public static RedactionRule AfterLeadWhen(string pattern, string token, Func<string, bool> accept, RegexOptions options = Options) =>
        new(pattern, options, (m, _) => accept(m.Groups["name"].Value) ? m.Groups["lead"].Value + token : null);

    /// <summary>A match becomes <paramref name="token"/> only when <paramref name="accept"/> agrees with the replaced text (e.g. a digit count).</summary>
    public static RedactionRule When(string pattern, string token, Func<string, bool> accept, RegexOptions options = Options) =>
        new(pattern, options, (_, value) => accept(value) ? token : null);

    /// <summary>
    /// Skips the pattern for texts without <paramref name="mayMatch"/> (see <see cref="Prefilters"/>): a necessary condition
    /// of a match, much cheaper than running the pattern over every message.
    /// </summary>
    public RedactionRule Requires(Func<string, bool> mayMatch)
    {
        _mayMatch = mayMatch;
        return this;
    }

    /// <summary>
    /// After each match, <paramref name="extend"/>(text, end) gives how many more characters belong to the replaced part: for
    /// what a regular expression without lookarounds cannot say cheaply (a run of words that are not stop words). It must scan
    /// forward a bounded number of words, so the whole rule stays linear.
    /// </summary>
    public RedactionRule Extends(Func<string, int, int> extend)
    {
        _extend = extend;
        return this;
    }

    public string Apply(string text, bool prefilter = true)
    {
        if (prefilter && _mayMatch is not null && !_mayMatch(text))
        {
            return text;
        }

        var (pattern, hasPre, coreGroup) = _compiled.Value;
        StringBuilder? result = null;
        var copied = 0;
        var from = 0;
        while (from <= text.Length)
        {
            var match = pattern.Match(text, from);
            if (!match.Success)
            {
                break;
            }

            var core = coreGroup >= 0 && match.Groups[coreGroup].Success ? match.Groups[coreGroup] : (Group)match;
            var start = core.Index;
            var end = core.Index + core.Length;
            if (_extend is not null)
            {
                end += _extend(text, end);
            }

            if (_replace(match, text[start..end]) is { } replacement)
            {
                result ??= new StringBuilder(text.Length);
                result.Append(text, copied, start - copied).Append(replacement);
                copied = end;
            }

            // A rule with a "pre" context may use the core's last character as the next match's context.
            from = Math.Max(hasPre && end > 0 ? end - 1 : end, match.Index + 1);
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The built pattern with the numbers of its context groups.</summary>
    private sealed record Compiled(Regex Regex)
    {
        public bool HasPre { get; } = Regex.GroupNumberFromName("pre") >= 0;

        public int Core { get; } = Regex.GroupNumberFromName("core");

        public void Deconstruct(out Regex regex, out bool hasPre, out int core) => (regex, hasPre, core) = (Regex, HasPre, Core);
    }
}
