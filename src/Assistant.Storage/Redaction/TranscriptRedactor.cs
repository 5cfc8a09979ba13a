using Assistant.Core.Text.Redaction;
namespace Assistant.Storage.Redaction;

/// <summary>
/// Removes personal data from a message before it is written to a transcript: contact and identity data
/// (e-mail, also obfuscated, phone, IBAN, national register number, date of birth, street address, a name after an
/// introduction) and the candidate's profile facts (years of
/// experience, age, diploma, scores, nationality), each replaced by a token such as <c>[email]</c> or
/// <c>[experience]</c>. The rest of the sentence is kept so transcripts stay readable. Over-redacting a
/// vacancy fact is accepted; leaking a personal fact is not. Every pattern runs on the non-backtracking regex engine
/// (time linear in the text), so any message, however hostile, is redacted in full and none needs a timeout.
/// </summary>
public sealed class TranscriptRedactor
{
    /// <summary>
    /// In order: identity and contact data first (Core's <see cref="IdentityRedactor"/>: e-mail, phone, ids, addresses,
    /// names; so their digits are gone before the profile patterns look for numbers), then the profile facts.
    /// </summary>
    private static readonly RedactionRule[] Rules =
        [.. IdentityRedactor.Rules, .. ExperiencePatterns.Rules(), .. ScorePatterns.Rules(), .. DiplomaPatterns.Rules(), .. NationalityPatterns.Rules()];

    /// <summary>Contact and identity data only (Core's <see cref="IdentityRedactor"/>: e-mail, IBAN, national register number, date of birth, phone, address, a name after an introduction).</summary>
    private static readonly RedactionRule[] ContactRules = [.. IdentityRedactor.Rules];

    private readonly bool _prefilter;

    /// <summary>
    /// A redactor. <paramref name="prefilter"/>: skip a pattern when the text lacks what every match needs (digits, an '@',
    /// a key word) — the same result, several times faster on ordinary messages; false only to check exactly that.
    /// </summary>
    public TranscriptRedactor(bool prefilter = true) => _prefilter = prefilter;

    /// <summary>A shared instance (the redactor is stateless and thread-safe).</summary>
    public static TranscriptRedactor Default { get; } = new();

    /// <summary>The options of every pattern (for the test that checks they are all linear-time).</summary>
    internal static IEnumerable<System.Text.RegularExpressions.RegexOptions> PatternOptions => Rules.Select(r => r.Pattern.Options);

    /// <summary>The text with personal data replaced by tokens.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A space at both ends gives the patterns' context characters ("not preceded by a digit") something to match at the
        // edges of the text; it is removed again at the end.
        return Apply(text, Rules);
    }

    /// <summary>
    /// The text with contact and identity data replaced by tokens, the rest (numbers of experience, scores, diplomas) kept:
    /// for a vacancy document that leaves the process, whose facts must stay readable but whose contact persons must not.
    /// </summary>
    public string RedactContacts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Apply(text, ContactRules);
    }

    private string Apply(string text, RedactionRule[] rules) => IdentityRedactor.Apply(rules, text, _prefilter);
}
