using System.Text.RegularExpressions;

namespace Assistant.Core.Text.Redaction;

/// <summary>Contact and identity data: e-mail, IBAN, national register number, date of birth, phone numbers.</summary>
internal static class ContactPatterns
{
    private const string Months =
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" +
        "january|february|march|may|june|july|august|october|" +
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|" +
        "jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";

    private const string BirthDate =
        @"(?:\d{4}-\d{1,2}-\d{1,2}" +
        @"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}" +
        @"|\d{1,2}(?:e|ste|de|st|nd|rd|th|er)?\s+(?:of\s+)?(?:" + Months + @")\.?\s+\d{4}" +
        @"|(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}" +
        @"|(?:" + Months + @")\.?\s+\d{4}" +
        @"|\d{4})";

    private const string BirthLead =
        @"(?<lead>\b(?:geboren\s+(?:op|in|de)|geboortedatum\s*:?|born\s+(?:on|in)|date\s+of\s+birth\s*:?|birth\s*date\s*:?|DOB\s*:?" +
        @"|née?\s+(?:le|en)|date\s+de\s+naissance\s*:?)(?:\s+(?:is|was|est))?\s*:?\s*)";

    public static IEnumerable<RedactionRule> Rules()
    {
        yield return RedactionRule.Token(Email, "[email]").Requires(Prefilters.Has('@'));
        yield return RedactionRule.When(Iban, "[iban]", value => value.Count(char.IsAsciiDigit) >= 10, RegexOptions.CultureInvariant).Requires(Prefilters.Digits(10));
        yield return RedactionRule.Token(NationalRegisterNumber, "[id]").Requires(Prefilters.Digits(11));
        yield return RedactionRule.AfterLead(DateOfBirth, "[birthdate]").Requires(Prefilters.HasDigit);
        yield return RedactionRule.When(BelgianInternationalPhone, "[phone]", value => DigitsAfterCountryCode(value) is >= 8 and <= 9).Requires(Prefilters.Digits(10));
        yield return RedactionRule.When(InternationalPhone, "[phone]", value => value.Count(char.IsAsciiDigit) is >= 9 and <= 15).Requires(Prefilters.Digits(9));
        yield return RedactionRule.When(NationalPhone, "[phone]", value => value.Count(char.IsAsciiDigit) is >= 9 and <= 10 && !LooksLikeDate.IsMatch(value)).Requires(Prefilters.Digits(9));
    }

    private const string Email = @"\b[\p{L}\p{N}._%+'’-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\b";

    /// <summary>Upper-case country code (or Belgian in any case), check digits, groups of four.</summary>
    private const string Iban = @"\b(?:[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?|(?i:be)\d{2}(?:\s?\d{4}){3})\b";

    /// <summary>yy.mm.dd-xxx.xx, or the same eleven digits with fewer separators; not inside a longer number.</summary>
    private const string NationalRegisterNumber = @"(?<pre>[^\d+])(?<core>(?:\d{2}\.\d{2}\.\d{2}|\d{6})[-. ]?\d{3}[.-]?\d{2})\D";

    private const string DateOfBirth = "(?<core>" + BirthLead + BirthDate + @")\D";

    /// <summary>+32 / 0032, 8-9 digits after the country code, the trunk (0) allowed.</summary>
    private const string BelgianInternationalPhone =
        @"(?<pre>[^\w+])(?<core>(?:\+|00)\s?32[\s.-]?(?:\(0\)[\s.-]?)?\d{1,3}(?:[\s./-]?\d{2,4}){2,4})\D";

    private const string InternationalPhone = @"(?<pre>[^\w+])(?<core>\+[1-9]\d{0,2}[\s.-]?(?:\(0\)[\s.-]?)?\d{1,4}(?:[\s./-]?\d{2,4}){2,5})\D";

    /// <summary>0…, 9 (landline) or 10 (mobile) digits in groups.</summary>
    private const string NationalPhone = @"(?<pre>[^\w+./-])(?<core>0\d{1,3}(?:[\s./-]?\d{2,4}){2,4})[^\d/]";

    /// <summary>d/m/yy(yy) with one kind of separator (run on a matched phone number only).</summary>
    private static readonly Regex LooksLikeDate = new(
        @"^\d{1,2}(?:\.\d{1,2}\.|/\d{1,2}/|-\d{1,2}-)(?:19|20)?\d{2}(?:\D|$)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static int DigitsAfterCountryCode(string value)
    {
        var digits = new string([.. value.Replace("(0)", "", StringComparison.Ordinal).Where(char.IsAsciiDigit)]);
        var national = digits.StartsWith("0032", StringComparison.Ordinal) ? digits[4..] : digits[2..];
        return national.Length;
    }
}
