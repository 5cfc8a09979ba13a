using System.Text.RegularExpressions;
using Assistant.Core.Text;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// What a candidate for a student job says about it: whether they study ("ik ben student", "I'm 18 and a student", "je suis
/// étudiante en …"; no longer: "ik studeer niet meer", "vorig jaar afgestudeerd", "werkzoekend", "I'm not a student") and
/// for how many weeks they are available ("I'm only available for 2 weeks", "ik kan maar twee weken werken").
/// </summary>
internal static partial class StudentRules
{
    /// <summary>True when the candidate says they study, false when they say they no longer do; null when not said.</summary>
    public static bool? Student(RuleText t) =>
        NotStudent().IsMatch(t.Text) ? false : IsStudent().IsMatch(t.Text) ? true : null;

    /// <summary>The number of weeks the candidate says they can work, or null.</summary>
    public static int? AvailableWeeks(RuleText t)
    {
        var m = OnlyWeeks().Match(t.Text);
        if (!m.Success)
        {
            m = WeeksAvailable().Match(t.Text);
        }

        return m.Success && (int.TryParse(m.Groups["n"].Value, out var d) ? d : NumberWords.Word(m.Groups["n"].Value)) is { } n && n is >= 1 and <= 52 ? n : null;
    }

    [GeneratedRegex(
        @"\b(ik studeer niet meer|ik ben geen student|geen student meer|niet meer (aan het )?studeren|ben (al |pas |net |vorig jaar )?afgestudeerd|(vorig jaar|al|pas|net|recent) afgestudeerd|werkzoekend"
        + @"|i m not a student|i am not a student|not a student (anymore|any more)|no longer a student|no longer studying|i (have |ve )?(already )?graduated|i finished (my studies|school|university)|job ?seeker"
        + @"|je ne suis (plus|pas) (un |une )?etudiante?|j ?' ?ai (fini|termine) mes etudes|je n ?' ?etudie plus|demandeu(r|se) d ?' ?emploi)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotStudent();

    [GeneratedRegex(
        @"\b(ik ben|ben ik|ik zit als|als|en|i m|i am|im|and|je suis|et) (nog |still |toujours |encore )?(een |a |an |un |une )?(jobstudent|student|studente|etudiant|etudiante|etudiant e)\b"
        + @"|\bik studeer\b|\bi (study|m studying|am studying)\b|\bj ?' ?etudie\b|\bje suis (aux|en) etudes\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsStudent();

    // "I'm only available for 2 weeks", "ik kan maar 2 weken werken", "je ne suis disponible que 2 semaines".
    [GeneratedRegex(@"\b(only|just|maar|slechts|enkel|alleen|que|seulement|uniquement)\b(?: [a-z']+){0,4}? (?<n>\d{1,2}|[a-z]+) (weken|week|weeks|semaines|semaine)\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyWeeks();

    // "beschikbaar voor 2 weken", "available for two weeks", "disponible pendant 2 semaines", "2 weken beschikbaar".
    [GeneratedRegex(@"\b(beschikbaar|available|disponible|libre|vrij)( (voor|for|pendant|gedurende|during))? (?<n>\d{1,2}|[a-z]+) (weken|weeks|semaines)\b|\b(?<n>\d{1,2}) (weken|weeks|semaines) (beschikbaar|available|disponible|libre|vrij)\b", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex WeeksAvailable();
}
