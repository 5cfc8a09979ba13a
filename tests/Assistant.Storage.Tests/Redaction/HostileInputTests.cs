using System.Text;
using System.Text.RegularExpressions;
using Assistant.Storage.Redaction;

namespace Assistant.Storage.Tests.Redaction;

/// <summary>
/// Redaction is linear-time by construction (every pattern on the non-backtracking engine, no timeout anywhere), so a
/// hostile message is redacted in full: its personal data replaced, the rest kept, never the whole line lost.
/// </summary>
public class HostileInputTests
{
    private const int Size = 100 * 1024;

    private readonly TranscriptRedactor _sut = new();

    [Fact]
    public void EveryPattern_RunsOnTheNonBacktrackingEngine()
    {
        var options = TranscriptRedactor.PatternOptions.ToList();

        Assert.True(options.Count > 10, $"expected the redaction patterns, found {options.Count}");
        Assert.All(options, o => Assert.True(o.HasFlag(RegexOptions.NonBacktracking), $"a pattern runs with {o}"));
    }

    public static TheoryData<string, string> Noise() => new()
    {
        // One long word before a key word: quadratic for a backtracking "\p{L}*ervaring" or "[\p{L}-]+\s+".
        { "letters", new string('a', Size) + " ervaring" },
        { "letters and dashes", string.Concat(Enumerable.Repeat("ab-", Size / 3)) + "diploma" },
        // Digit groups that almost make phone, register and IBAN numbers.
        { "digit groups", string.Concat(Enumerable.Repeat("0 12 ", Size / 5)) },
        { "digits", new string('7', Size) },
        { "dotted digits", string.Concat(Enumerable.Repeat("12.", Size / 3)) },
        // Almost e-mail addresses and almost statements.
        { "at signs", string.Concat(Enumerable.Repeat("a.b@", Size / 4)) },
        { "leads", string.Concat(Enumerable.Repeat("ik ben ik heb een ", Size / 18)) },
        { "years", string.Concat(Enumerable.Repeat("3 jaar en ", Size / 10)) + "ervaring" },
        { "scores", string.Concat(Enumerable.Repeat("1/1/", Size / 4)) },
        { "white space", "ik heb" + new string(' ', Size) + "master" },
    };

    [Theory]
    [MemberData(nameof(Noise))]
    public void Redact_HostileNoiseAroundAMessage_RedactsTheMessageAndKeepsTheRest(string name, string noise)
    {
        const string message = ". Mail an.peeters@example.be of bel 0470 12 34 56. ";
        var text = noise + message + noise;

        var redacted = _sut.Redact(text);

        Assert.False(string.IsNullOrEmpty(name));
        Assert.DoesNotContain("an.peeters@example.be", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("0470 12 34 56", redacted, StringComparison.Ordinal);
        Assert.Contains(". Mail [email] of bel [phone]. ", redacted, StringComparison.Ordinal);
        Assert.True(redacted.Length >= text.Length / 2, $"the text was lost: {redacted.Length} characters left of {text.Length}");
    }

    [Fact]
    public void Redact_HundredKilobytesOfRealisticMessages_EveryPieceRedacted()
    {
        var piece = "Ik ben Belg en ik heb een master in de rechten en 5 jaar ervaring; bel 0470 12 34 56 of mail jan@example.be. ";
        var text = new StringBuilder();
        while (text.Length < Size)
        {
            text.Append(piece);
        }

        var redacted = _sut.Redact(text.ToString());

        var expected = "Ik ben [nationality] en ik heb [diploma] en [experience]; bel [phone] of mail [email]. ";
        Assert.Equal(string.Concat(Enumerable.Repeat(expected, text.Length / piece.Length)), redacted);
    }
}
