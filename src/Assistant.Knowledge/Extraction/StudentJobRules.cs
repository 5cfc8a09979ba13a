using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// The conditions of a student job: being a student ("Je bent student", "you must be enrolled as a student", "vous êtes
/// étudiant") as kind "student", and a minimum period of availability ("je bent beschikbaar voor minstens 3 weken",
/// "available for at least 4 weeks") as kind "min-weeks" (Value the number of weeks).
/// </summary>
internal static partial class StudentJobRules
{
    /// <summary>Adds the student-job conditions <paramref name="text"/> states to <paramref name="result"/> (each kind once).</summary>
    public static void Read(DocumentView view, TextLine line, string text, List<GeneralRequirement> result)
    {
        if (result.All(r => r.Kind != "student") && Student().Match(text) is { Success: true } s && !NotOnlyStudents().IsMatch(text))
        {
            result.Add(new GeneralRequirement { Kind = "student", Citation = view.CiteSentence(line, s.Index, s.Index + s.Length) });
        }

        if (result.All(r => r.Kind != "min-weeks")
            && (AvailableWeeks().Match(text) is { Success: true } w ? w : WeeksAvailable().Match(text)) is { Success: true } m
            && Weeks(m.Groups["n"].Value) is { } n)
        {
            result.Add(new GeneralRequirement { Kind = "min-weeks", Value = ((int)n).ToString(System.Globalization.CultureInfo.InvariantCulture), Citation = view.CiteSentence(line, m.Index, m.Index + m.Length) });
        }
    }

    private static decimal? Weeks(string word) =>
        (DutchNumbers.TryParse(word, out var n) ? n : Number(word)) is { } w && w is >= 1 and <= 52 && w == decimal.Truncate(w) ? w : null;

    private static decimal? Number(string word) => word.ToLowerInvariant() switch
    {
        "one" or "une" or "un" => 1,
        "two" or "deux" => 2,
        "three" or "trois" => 3,
        "four" or "quatre" => 4,
        "five" or "cinq" => 5,
        "six" => 6,
        _ => null,
    };

    private const string N = @"(?<n>\d{1,2}|" + DutchNumbers.WordPattern + "|one|two|three|four|five|six|une|deux|trois|quatre|cinq)";

    // "Je bent student (secundair of hoger onderwijs)", "Je bent ingeschreven als (leerling of) student", "Je hebt het statuut van
    // student", "You must be a student", "you have the status of a student", "Vous êtes étudiant(e)".
    [GeneratedRegex(@"\b(je bent|u bent|jij bent|je moet|u moet|you are|you must be|you should be|vous êtes|vous devez être|tu es)\s+(een\s+|a\s+|an\s+|(ingeschreven|enrolled|inscrit|inscrite)\s+(als|as|comme|en tant qu'?)\s*(een\s+|a\s+|an\s+)?)?(regelmatig\s+|voltijds\s+|full-time\s+)?((leerling|scholier|pupil|élève)\s+(of|or|ou)\s+)?(jobstudent|student|studente|étudiante?|étudiant\(e\))\b|\b(je hebt|u hebt|jij hebt|you have|vous avez|tu as)\s+(het|een|the|a|le)\s+(statuut|status|statut)\s+(van|als|of|as|d'|de)\s*(een\s+|a\s+)?(jobstudent|student|étudiante?)\b|\b(je hebt|u hebt|jij hebt)\s+(het\s+)?studentenstatuut\b|\b(enkel|alleen|uitsluitend|only|exclusivement|uniquement)\s+(voor\s+|open\s+voor\s+|for\s+|open\s+to\s+|aux\s+|pour\s+les\s+)?(jobstudenten|studenten|students|étudiants)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Student();

    // Final-year students (kind "students") or students among others ("student of werkzoekend", "a student or recent graduate").
    [GeneratedRegex(@"laatstejaars|laatste jaar|final[- ]year|dernière année|\b(student|studente|students|studenten|étudiante?s?)\s*(\(e\)\s*)?(of|or|ou|en/of|and/or)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotOnlyStudents();

    // "beschikbaar voor minstens 3 (aaneensluitende) weken", "available for at least four (consecutive) weeks", "disponible au moins 3 semaines".
    [GeneratedRegex(@"\b(beschikbaar|available|disponible)\b[^.;]{0,30}?\b(minstens|minimum|minimaal|ten minste|tenminste|at least|a minimum of|au moins|au minimum)\s+" + N + @"\s+(\p{L}+\s+)?(weken|weeks|semaines)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AvailableWeeks();

    // "minstens 3 weken beschikbaar", "at least 3 weeks available".
    [GeneratedRegex(@"\b(minstens|minimum|minimaal|ten minste|tenminste|at least|au moins|au minimum)\s+" + N + @"\s+(\p{L}+\s+)?(weken|weeks|semaines)\s+(\p{L}+\s+)?(beschikbaar|available|disponible)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeeksAvailable();
}
