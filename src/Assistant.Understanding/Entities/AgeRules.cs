using System.Text.RegularExpressions;
using Assistant.Core.Text;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// The candidate's age in the forms <see cref="PersonRules.Age"/> does not read: an age as a compound adjective ("a
/// 16-year-old student", "een 17-jarige"), an age in words ("ik ben zestien", "I'm seventeen", "j'ai dix-sept ans") and an
/// age still to reach ("ik word 18 in augustus", "I turn 18 in August", "j'aurai 18 ans en août": the candidate is one year
/// younger today). 13 to 70; years of service or experience are no age.
/// </summary>
internal static partial class AgeRules
{
    public static int? Find(RuleText t)
    {
        var text = t.Text;
        if (Adjective().Match(text) is { Success: true } adj && Value(adj.Groups["n"].Value) is { } a)
        {
            return a;
        }

        if (Turning().Match(text) is { Success: true } turn && Value(turn.Groups["n"].Value) is { } n && n - 1 is >= 13 and <= 70)
        {
            return n - 1;
        }

        if (InWords().Match(text) is { Success: true } w && Value(w.Groups["n"].Value, w.Groups["dix"].Success ? 10 : 0) is { } v && !Service().IsMatch(text[(w.Index + w.Length)..]))
        {
            return v;
        }

        // "…, ben 24, heb rijbewijs B", "I'm 31, with a bachelor", "ik ben 45 en heb geen diploma": a bare number after a verb of
        // being that closes its clause (not "ik ben 24 uur per week beschikbaar", not years of service).
        if (Bare().Match(text) is { Success: true } bare && Value(bare.Groups["n"].Value) is { } b && !Service().IsMatch(text[(bare.Index + bare.Length)..]))
        {
            return b;
        }

        return null;
    }

    [GeneratedRegex(@"(?:^| |,)(?:ik ben|ben ik|ben|i am|i m|im|am i|je suis) (?:nu |net |now |already |deja )?(?<n>\d{2})(?= ?[,.;!?]| en | and | et | maar | but | mais |$)", RegexOptions.ExplicitCapture)]
    private static partial Regex Bare();

    /// <summary>The age the candidate says they are about to reach ("ik word 18 in juli" → 18), or null.</summary>
    public static int? Soon(RuleText t) =>
        Adjective().IsMatch(t.Text) || !(Turning().Match(t.Text) is { Success: true } turn && Value(turn.Groups["n"].Value) is { } n && n - 1 is >= 13 and <= 70) ? null : n;

    /// <summary>
    /// When the candidate reaches the age of <see cref="Soon"/>: the day they name ("ik word 16 op 12 maart 2027"), else the last
    /// day of the month they name ("in maart", "en mars 2027", "next month"); a month without a year is its next occurrence
    /// from <paramref name="today"/> (this month included). Null when no month is named or, without a year, no today is known.
    /// </summary>
    public static DateOnly? SoonBy(RuleText t, DateOnly? today)
    {
        if (Soon(t) is null || Turning().Match(t.Text) is not { Success: true } turn)
        {
            return null;
        }

        if (NextMonth().IsMatch(t.Text[turn.Index..]) && today is { } now)
        {
            var next = now.AddMonths(1);
            return new DateOnly(next.Year, next.Month, DateTime.DaysInMonth(next.Year, next.Month));
        }

        if (When().Match(t.Text[(turn.Index + turn.Length)..]) is not { Success: true } when
            || !QuestionDates.Months.TryGetValue(when.Groups["m"].Value, out var month))
        {
            return null;
        }

        int year;
        if (when.Groups["y"].Success)
        {
            year = int.Parse(when.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (today is { } day)
        {
            year = month >= day.Month ? day.Year : day.Year + 1;
        }
        else
        {
            return null;
        }

        var last = DateTime.DaysInMonth(year, month);
        return when.Groups["d"].Success && int.TryParse(when.Groups["d"].Value, out var d) && d >= 1 && d <= last
            ? new DateOnly(year, month, d)
            : new DateOnly(year, month, last);
    }

    private static int? Value(string word, int plus = 0)
    {
        var n = (int.TryParse(word, out var d) ? d : NumberWords.Word(word)) + plus;
        return n is >= 13 and <= 70 ? n : null;
    }

    private const string Number = @"(?<n>\d{2}|[a-z]+)";

    // "a 16-year-old", "16 year old student", "…, 23 years old, …", "23 jaar oud", "een 17-jarige", "17 jarige student", "âgé de 17 ans", "agee de 17 ans".
    [GeneratedRegex(@" (?<n>\d{2}) (?:year old|years old|yr old|yrs old|jaar oud|jarige|jarig)\b| (?:age|agee|aged) (?:de )?(?<n>\d{2})(?: ans| years)?\b", RegexOptions.ExplicitCapture)]
    private static partial Regex Adjective();

    // "ik word 18 in augustus", "ik word volgende maand 18", "I turn 18 in August", "I'll be 18 in July", "j'aurai 18 ans en août".
    [GeneratedRegex(@" (?:ik word|word ik|i turn|i ll turn|i will turn|i ll be|i will be|j ?'? ?aurai|je vais avoir) (?:pas |only |volgende maand |deze zomer |this summer |next month |le mois prochain )?" + Number + @" (?:jaar |years? |ans )?(?:old )?(?:in|en|op|on|au|vanaf|this|deze|next|volgende|le|na|after|apres|tijdens|during|pendant|begin|eind|midden|end|start)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex Turning();

    // "ik ben zestien (jaar)", "I'm seventeen (years old)", "j'ai dix-sept ans" (the French compound is folded to two words).
    [GeneratedRegex(@" (?:ik ben|ben ik|i am|i m|im|am i) (?:nu |pas |net |already |now |only )?(?<n>[a-z]+)(?: jaar| years old| year old)?(?= ?[,.;!?]| en | and | maar | but | jaar| years|$)| j ?'? ?ai (?<dix>dix ?-? ?)?(?<n>[a-z]+) ans\b", RegexOptions.ExplicitCapture)]
    private static partial Regex InWords();

    // What follows the turning phrase: "maart", "12 maart 2027", "1er juillet", "the 3rd of May".
    [GeneratedRegex(@"^ (?:(?:the|de|le) )?(?:(?<d>\d{1,2})(?:e|de|ste|er|st|nd|rd|th)? (?:of )?)?(?<m>[a-z]+)(?: (?<y>20\d\d))?\b", RegexOptions.ExplicitCapture)]
    private static partial Regex When();

    [GeneratedRegex(@" (?:volgende maand|next month|le mois prochain) ", RegexOptions.ExplicitCapture)]
    private static partial Regex NextMonth();

    [GeneratedRegex(@"^ ?(?:jaar )?(?:ervaring|in dienst|bij|als|aan|werkzaam|gewerkt|experience|d ?experience|de service|d ?anciennete)", RegexOptions.ExplicitCapture)]
    private static partial Regex Service();
}
