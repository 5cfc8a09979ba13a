using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>
/// The kind of selection step a text names, with the kinds of <c>SelectionStep.Kind</c>: oral, written, assignment,
/// capacity-test, language-test, interview, assessment. The most specific kind is tried first.
/// </summary>
internal static partial class StepKinds
{
    private static readonly (string Kind, Regex Pattern)[] Kinds =
    [
        ("capacity-test", CapacityTest()),
        ("language-test", LanguageTest()),
        ("assessment", Assessment()),
        ("assignment", Assignment()),
        ("oral", Oral()),
        ("written", Written()),
        ("interview", Interview()),
    ];

    /// <summary>The step kind named in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text)
    {
        foreach (var (kind, pattern) in Kinds)
        {
            if (pattern.IsMatch(text))
            {
                return kind;
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"capaciteitstest|\bredeneertest|\bcapaciteiten ?test|\bniveau ?en ?capaciteit|\bcapacity test"
        + @"|\breasoning test|\baptitude test|\btest (de capacite|de raisonnement|d' aptitude)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CapacityTest();

    [GeneratedRegex(
        @"\btaaltest|\btaalproef|\btaalexamen|\blanguage (test|exam)|\btest (linguistique|de langue)"
        + @"|\bexamen linguistique",
        RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTest();

    [GeneratedRegex(@"\bassessment", RegexOptions.CultureInvariant)]
    private static partial Regex Assessment();

    [GeneratedRegex(
        @"\b(thuis)?opdracht|\bcase\b|\bassignment|\bhome ?work|\bdevoir|\bcas pratique"
        + @"|\btravail a (la maison|domicile)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\bmondeling|\boral|\bmondeling gesprek|\bepreuve orale|\bjurygesprek", RegexOptions.CultureInvariant)]
    private static partial Regex Oral();

    [GeneratedRegex(@"\bschriftelijk|\bwritten|\becrite?\b|\bpaper test", RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    [GeneratedRegex(@"interview|\bsollicitatiegesprek|\bgesprek\b|\bentretien|\bstar\b", RegexOptions.CultureInvariant)]
    private static partial Regex Interview();
}
