using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// An engineer's degree title the candidate says they hold ("ik ben burgerlijk ingenieur", "I'm an industrial engineer", "je
/// suis bio-ingénieur"): a master's degree whose field is the title itself (the eligibility rules know the programme each
/// title stands for).
/// </summary>
internal static partial class EngineerTitles
{
    /// <summary><paramref name="found"/>, or a master in the title's field when no diploma was named and the candidate gives such a title.</summary>
    public static DiplomaFacts Apply(RuleText t, DiplomaFacts found)
    {
        if (found.Held is not null || found.Lacks is not null || Title().Match(t.Text) is not { Success: true } m)
        {
            return found;
        }

        var title = MultiSpace().Replace(m.Groups["f"].Value.Replace(" - ", "-", StringComparison.Ordinal), " ").Trim();
        return found with { Held = DiplomaLevel.Master, Field = found.Field ?? title, Words = title };
    }

    [GeneratedRegex(
        @"\b(ik ben|ben ik|ben|i am|i m|im|je suis|en tant que) (een |an |a |un |une )?(?<f>burgerlijke? ingenieur|industriele? ingenieur|bio ?-? ?ingenieur|handelsingenieur"
        + @"|ingenieure? civile?|ingenieure? industriel(le)?|ingenieure? commercial(e)?|bio ?-? ?ingenieure?|civil engineer|industrial engineer|bio ?-? ?engineer|business engineer)\b",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();
}
