using Assistant.Core.Text.Redaction;
using Assistant.Storage.Redaction;

namespace Assistant.Storage.Tests.Redaction;

public sealed class RedactionRuleTests
{
    [Fact]
    public void Pattern_IsBuiltOnlyWhenATextPassesThePrefilter()
    {
        var rule = RedactionRule.Token(@"(?<pre>\D)(?<core>\d{4})", "[pin]").Requires(text => text.Any(char.IsDigit));

        Assert.Equal(" geen cijfers hier ", rule.Apply(" geen cijfers hier "));
        Assert.False(rule.IsBuilt);

        Assert.Equal(" code [pin] ", rule.Apply(" code 4821 "));
        Assert.True(rule.IsBuilt);
    }

    [Fact]
    public void LazyPattern_KeepsTheContextGroups()
    {
        var rule = RedactionRule.Token(@"(?<pre>\D)(?<core>\d{2})(?<post>\D)", "[n]");

        Assert.Equal(" a [n] b [n] c ", rule.Apply(" a 12 b 34 c "));
        Assert.Equal(System.Text.RegularExpressions.RegexOptions.NonBacktracking, rule.Pattern.Options & System.Text.RegularExpressions.RegexOptions.NonBacktracking);
    }
}
