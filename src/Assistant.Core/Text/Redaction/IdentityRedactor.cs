namespace Assistant.Core.Text.Redaction;

/// <summary>
/// Removes who a person is and how to reach them from a text: e-mail (also written as "jan(at)example(dot)com"), phone
/// numbers, IBAN, national register number, date of birth, street addresses and a name after an introduction ("Ik ben
/// Jan Peeters", "my name is …", "je m'appelle …"), each replaced by a token such as <c>[email]</c>, <c>[address]</c> or
/// <c>[name]</c>. What someone asks (diploma, experience, the vacancy) is kept, so a redacted question can still be
/// answered: the dialogs store a pending question only in this form. The transcript redactor (Assistant.Storage) runs these
/// rules first, then those of the profile facts. Linear-time patterns (see <see cref="RedactionRule"/>); thread-safe.
/// </summary>
public sealed class IdentityRedactor
{
    private static readonly RedactionRule[] AllRules = [.. ContactPatterns.Rules(), .. IdentityPatterns.Rules()];

    private readonly bool _prefilter;

    /// <summary>A redactor; <paramref name="prefilter"/> false only to check that the prefilters change nothing.</summary>
    public IdentityRedactor(bool prefilter = true) => _prefilter = prefilter;

    /// <summary>A shared instance.</summary>
    public static IdentityRedactor Default { get; } = new();

    /// <summary>The rules, in order (contact data first, so its digits are gone before other patterns look for numbers).</summary>
    public static IReadOnlyList<RedactionRule> Rules => AllRules;

    /// <summary>The text with identity and contact data replaced by tokens.</summary>
    public string Redact(string text) => Apply(AllRules, text, _prefilter);

    /// <summary>Runs <paramref name="rules"/> in order over <paramref name="text"/> (padded with a space at both ends for the patterns' context characters).</summary>
    public static string Apply(IEnumerable<RedactionRule> rules, string text, bool prefilter = true)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(text);
        var result = " " + text + " ";
        foreach (var rule in rules)
        {
            result = rule.Apply(result, prefilter);
        }

        return result[1..^1];
    }
}
