using System.Text.RegularExpressions;
using Assistant.Core.Text;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>Salary seniority ("met 12 jaar anciënniteit", "na 10 jaar"), a horizon in days ("binnen 7 dagen", "deze week") and "today".</summary>
internal static partial class QuantityRules
{
    /// <summary>The seniority in years a salary question asks about, or null.</summary>
    /// <param name="t">The rule text.</param>
    /// <param name="aboutSalary">Whether the question is about pay: only then does "na 10 jaar" mean seniority.</param>
    /// <param name="internalCandidate">Whether the seniority belongs to an internal candidate's profile instead.</param>
    public static int? SeniorityYears(RuleText t, bool aboutSalary, bool internalCandidate)
    {
        if (internalCandidate && !aboutSalary)
        {
            return null;
        }

        var m = Seniority().Match(t.Text);
        if (!m.Success && aboutSalary)
        {
            m = AfterYears().Match(t.Text);
        }

        return m.Success && NumberWords.Digits(m.Groups["n"].Value) is { } n && n <= 60 ? (int)Math.Floor(n) : null;
    }

    /// <summary>The number of days a "within" horizon spans, or null.</summary>
    public static int? WithinDays(RuleText t)
    {
        var m = Within().Match(t.Text);
        if (m.Success)
        {
            var n = NumberWords.Digits(m.Groups["n"].Value) ?? 1;
            var unit = m.Groups["unit"].Value;
            var factor = unit.StartsWith("we", StringComparison.Ordinal) || unit.StartsWith("sem", StringComparison.Ordinal) ? 7
                : unit.StartsWith("maand", StringComparison.Ordinal) || unit.StartsWith("mo", StringComparison.Ordinal) ? 30 : 1;
            return (int)Math.Ceiling(n * factor);
        }

        var p = Period().Match(t.Text);
        if (!p.Success)
        {
            return null;
        }

        return p.Groups["next"].Success ? 14 : p.Groups["month"].Success ? 30 : 7;
    }

    public static bool Today(RuleText t) => TodayPattern().IsMatch(t.Text);

    [GeneratedRegex(
        @"\b(?<n>\d+(,\d+)?) (jaar|jaren|years?|ans|annees) (\w+ ){0,2}?(geldelijke |schaal|dienst)?(ancienniteit|anciennete|seniority|dienstjaren)\b"
        + @"|\b(ancienniteit|seniority|anciennete) (van|of|de) (?<n>\d+) (jaar|jaren|years?|ans)\b"
        + @"|\b(?<n>\d+) dienstjaren\b|\b(?<n>\d+) years (in|of) service\b|\b(?<n>\d+) ans de service\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Seniority();

    [GeneratedRegex(@"\b(na|after|apres|met|with|avec) (?<n>\d+(,\d+)?) (jaar|jaren|years?|ans|annees)\b(?! (\w+ )?(ervaring|experience|werkervaring))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AfterYears();

    [GeneratedRegex(
        @"\bbinnen (de |een |de komende |de volgende )?(?<n>\d+)? ?(?<unit>dagen|dag|weken|week|maanden|maand)\b"
        + @"|\b(komende|volgende|next|coming|prochains) (?<n>\d+) (?<unit>dagen|days|jours|weken|weeks|semaines)\b"
        + @"|\bwithin (the next |a )?(?<n>\d+)? ?(?<unit>days?|weeks?|months?)\b"
        + @"|\bin the (next|coming) (?<n>\d+) (?<unit>days|weeks)\b"
        + @"|\bdans les (?<n>\d+) (prochains |prochaines )?(?<unit>jours|semaines)\b"
        + @"|\bd' ici (?<n>\d+) (?<unit>jours|semaines)\b"
        + @"|\b(?<n>\d+) (?<unit>dagen|days|jours) (nog )?(open|left)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Within();

    [GeneratedRegex(
        @"\b(deze|komende) week\b|\bthis week\b|\bcette semaine\b|\bbinnen de week\b"
        + @"|(?<next>\bvolgende week\b|\bnext week\b|\bla semaine prochaine\b)"
        + @"|(?<month>\bdeze maand\b|\bthis month\b|\bce mois( ci)?\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Period();

    [GeneratedRegex(
        @"\bvandaag\b|\bvanavond\b|\btoday\b|\btonight\b|\baujourd'hui\b|\bce soir\b|\bnu nog\b"
        + @"|\bvandaag nog\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TodayPattern();
}
