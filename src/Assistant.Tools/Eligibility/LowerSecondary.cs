using System.Text.RegularExpressions;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// The words of a stage below a full secondary diploma, in folded text: "tweede graad", "2de graad", "lager secundair",
/// "lower secondary", "secondaire inférieur". One definition for the candidate's words (understanding) and a route's own
/// words (eligibility).
/// </summary>
public static partial class LowerSecondary
{
    /// <summary>The first such words in <paramref name="folded"/>, or an unsuccessful match.</summary>
    public static Match Find(string folded) => Stage().Match(folded);

    /// <summary>Whether <paramref name="folded"/> names such a stage.</summary>
    public static bool In(string folded) => Stage().IsMatch(folded);

    /// <summary>
    /// The grade of secondary school the first such words name: 1 for the first grade, 2 for the second grade or lower secondary
    /// as a whole; null when none is named.
    /// </summary>
    public static int? Grade(string folded)
    {
        var m = Stage().Match(folded);
        return !m.Success ? null : FirstGrade().IsMatch(m.Value) ? 1 : 2;
    }

    [GeneratedRegex(@"^(?:eerste|1ste|1e)\b")]
    private static partial Regex FirstGrade();

    [GeneratedRegex(@"\b(?:lower\s+secondary|lager\s+(?:secundair|middelbaar)\w*|secondaire\s+inferieur|(?:eerste|tweede|1ste|2de|1e|2e)\s+graad(?:\s+secundair)?|junior\s+high)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Stage();
}
