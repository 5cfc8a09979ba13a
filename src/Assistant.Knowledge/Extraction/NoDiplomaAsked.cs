using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// A vacancy whose requirements were read and name no diploma at all (a student job, a lifeguard with a brevet, a flexi-job
/// asking only an age and a registration): it is open without a diploma, a route of diploma "none". This is said only when
/// the requirement section gave conditions of its own and no line of the document outside pay and procedure names a
/// diploma, a certificate of studies or a level of study, nor years of experience: a diploma in a section no rule read is
/// never guessed away. A line that only asks to be enrolled as a pupil or student asks for no diploma.
/// </summary>
internal static partial class NoDiplomaAsked
{
    /// <summary>The route without a diploma, or null when the documents may ask for one (or the requirements were not read).</summary>
    public static AdmissionRoute? Route(DocumentView view, IReadOnlyList<TextLine> sectionLines, IReadOnlyList<GeneralRequirement> general)
    {
        var read = sectionLines.Where(l => !l.IsHeading && l.Topic == Topic.Requirements).ToList();
        if (read.Count == 0 || general.Count == 0 || general.Any(g => g.Kind is "internal-only" or "students"))
        {
            return null;
        }

        // Every line of the section that asks something checkable was read as a condition: a registration, an employment status or
        // a number no rule read could be the diploma's stand-in, and a route without it would admit anyone.
        if (read.Any(l => !l.Text.TrimEnd().EndsWith(':') && !general.Any(g => Covers(g.Citation, l))
            && (Hard().IsMatch(Asked(l.Text)) || RequirementRules.Touches(Asked(l.Text)).Count > 0)))
        {
            return null;
        }

        var named = view.Lines.Where(l => l.Topic is not (Topic.Selection or Topic.Application or Topic.Offer or Topic.Salary or Topic.Benefits or Topic.Contact))
            .Select(l => (Line: l, Asked: Asked(l.Text)))
            .Any(l => NamesDiploma(l.Asked) || (sectionLines.Contains(l.Line) && RequirementRules.Touches(l.Asked).Any(t => t is "experience" or "internal" or "final-year")));
        return named ? null : new AdmissionRoute { Id = "external-1", Audience = RouteAudience.External, Diploma = DiplomaLevel.None, Citation = view.Cite(read[0]) };
    }

    /// <summary>
    /// A sentence that only asks to be enrolled in education ("je bent ingeschreven in het secundair of hoger onderwijs", "je
    /// bent student"), naming no diploma held: read as a level of study, it would ask a diploma of a student who has none yet.
    /// </summary>
    public static bool OnlyEnrolment(string text) => Enrolment().IsMatch(text) && !StrongDiploma().IsMatch(text);

    private static bool Covers(Citation citation, TextLine line) =>
        citation.Document == line.Document.FileName && citation.Start < line.End && citation.End > line.Start;

    /// <summary>A condition that can be checked: a registration, a licence, a status, anything with a number.</summary>
    [GeneratedRegex(@"\d|registr|visum|erken|attest|brevet|vergunning|bewijs|pensioen|werkgever|tewerkgesteld|tewerkstelling|statuut|woon|verblijf|nationalit|zwem|inschrijving|ingeschreven|lid\s+van|in\s+het\s+bezit|houder", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hard();

    /// <summary>
    /// The parts of a line that ask something: a clause that calls itself an asset or not needed ("ervaring is mooi meegenomen,
    /// maar niet nodig", "een diploma van lesgever is een troef") is left out, and so is a sentence under such a label
    /// ("Pluspunt: …"); the clause beside it that does ask ("Je hebt een bachelordiploma, ervaring is een troef") stays.
    /// </summary>
    private static string Asked(string text)
    {
        var kept = new List<string>();
        foreach (var sentence in text.Split(['.', ';', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = sentence.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0 && Optional().IsMatch(sentence[..colon]))
            {
                continue;
            }

            kept.AddRange(sentence.Split(',').Where(c => !Optional().IsMatch(c)));
        }

        return string.Join(", ", kept);
    }

    private static bool NamesDiploma(string text) => StrongDiploma().IsMatch(text) || (StudyLevel().IsMatch(text) && !Enrolment().IsMatch(text));

    /// <summary>Words that name a diploma or certificate of studies, or a level that stands for one.</summary>
    [GeneratedRegex(@"diplom|\bdegree\b|bachelor|master|getuigschrift|graduaat|gegradueerd|licentia|\bHBO\s?5|kwalificatiebewijs|studiebewijs|\bniveau\s+[A-E]\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongDiploma();

    /// <summary>A level or kind of schooling, which names a diploma unless the line is about being enrolled in it.</summary>
    [GeneratedRegex(@"\b(secundair|middelbaar|hoger\s+onderwijs|universit\w*|hogeschool|[BTAK]SO)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StudyLevel();

    /// <summary>A line that asks nothing: an asset, a plus, "mooi meegenomen, maar niet nodig".</summary>
    [GeneratedRegex(@"\bniet\s+(nodig|vereist|verplicht|noodzakelijk|vereist)\b|\bgeen\s+(vereiste|voorwaarde|vereisten|must)\b|pluspunt|\btroef|meegenomen|\been\s+(plus|voordeel|pluspunt)\b|\bbij\s+voorkeur\b|\bstrekt\s+tot\s+aanbeveling", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Optional();

    /// <summary>Being enrolled as a pupil or student.</summary>
    [GeneratedRegex(@"\b(ingeschreven|inschrijving|student\w*|jobstudent\w*|leerling\w*|scholier\w*|studeer\w*|studeert|schoolgaand\w*|enrolled|étudiante?s?|inscrite?s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Enrolment();
}
