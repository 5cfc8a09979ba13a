using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Age conditions, read by their parts rather than one phrasing: a number of years (14 to 30) that is an age because the
/// sentence says so (an age word such as "leeftijd", "oud", "ouder", "jonger", "jarig", "wordt"; "je bent minstens N jaar";
/// or a lead line "Leeftijd (op 1 juli 2027):" above a list), the bound it sets (minimum by default; "maximum", "niet ouder
/// dan", "jonger dan" an upper bound; "tussen N en M jaar" both), the day it is counted on (a date in the sentence or the lead
/// line, "op je eerste werkdag"), and the job it is for when a document states different ages per job (a list item's label
/// "groendienst: minimum 17 jaar", or the section of the job). Years of experience, service or pay per age are no condition.
/// </summary>
public static partial class AgeRequirementRules
{
    /// <summary>
    /// <paramref name="found"/> with its age conditions replaced by the ones read here, when any are read (several when the
    /// document states ages per job).
    /// </summary>
    public static List<GeneralRequirement> Merge(ExtractionContext ctx, List<GeneralRequirement> found)
    {
        var ages = Find(ctx);
        return ages.Count == 0 ? found : [.. found.Where(g => g.Kind is not ("min-age" or "max-age")), .. ages];
    }

    /// <summary>The age conditions of the document.</summary>
    public static IReadOnlyList<GeneralRequirement> Find(ExtractionContext ctx)
    {
        var view = ctx.View;
        var lines = view.Lines.Where(l => l.Topic is not (Topic.Salary or Topic.Benefits or Topic.Offer)).ToList();
        var found = new List<(GeneralRequirement Req, TextLine Line, string? Label)>();
        string? leadDate = null;
        var underLead = false;
        var underExclusion = false;
        foreach (var line in lines)
        {
            var t = line.Content;
            // "Je komt niet in aanmerking als …" above a list, or in the sentence itself: each item names what excludes, so an
            // age in it is the opposite bound ("jonger bent dan 21 jaar" excludes the young: the minimum age is 21).
            if (!line.IsBullet && !Indented(line.Text))
            {
                underExclusion = Excludes().IsMatch(t) && !Bounds(t, false, false).Any();
            }

            var excluding = underExclusion || Excludes().IsMatch(t) || Excludes().IsMatch(line.SectionTitle);
            if (Lead().IsMatch(t))
            {
                // "Leeftijd op 1 juli 2027:" opens a list of ages per job.
                underLead = true;
                leadDate = DateOf(ctx, line, t);
                continue;
            }

            if (underLead && !line.IsBullet && !Indented(line.Text))
            {
                underLead = false;
                leadDate = null;
            }

            if (Money().IsMatch(t) || Pay().IsMatch(t))
            {
                continue;
            }

            foreach (var (kind, years, m) in Bounds(t, underLead, excluding))
            {
                var date = DateOf(ctx, line, t) ?? (FirstWorkday().IsMatch(t) ? "first-workday" : null) ?? leadDate;
                var label = Label().Match(t) is { Success: true } lb && lb.Index < m.Index ? lb.Groups["job"].Value.Trim() : null;
                var req = new GeneralRequirement
                {
                    Kind = kind,
                    Value = years.ToString(CultureInfo.InvariantCulture),
                    OnDate = date,
                    Citation = view.CiteSentence(line, 0, line.Text.Length),
                };
                found.Add((req, line, label));
            }
        }

        // Ages per job: a document with different ages for one kind names the job of each (the list label, else the section).
        var perJob = found.GroupBy(f => f.Req.Kind).Any(g => g.Select(f => f.Req.Value).Distinct().Count() > 1);
        var result = found.Select(f => perJob ? f.Req with { Job = f.Label ?? JobOfSection(f.Line) } : f.Req)
            .DistinctBy(r => (r.Kind, r.Value, r.Job)).ToList();
        // What lint lists: the job each age was read for, bounds that contradict each other, and age sentences no rule read.
        foreach (var r in result.Where(r => r.Job is not null))
        {
            Note(ctx, "inferred", $"{r.Kind} {r.Value} for the job '{r.Job}'", r.Citation);
        }

        foreach (var group in result.GroupBy(r => r.Job))
        {
            if (group.FirstOrDefault(r => r.Kind == "min-age") is { } lo && group.FirstOrDefault(r => r.Kind == "max-age") is { } hi
                && int.Parse(lo.Value!, CultureInfo.InvariantCulture) > int.Parse(hi.Value!, CultureInfo.InvariantCulture))
            {
                Note(ctx, "inconsistent", $"minimum age {lo.Value} is above maximum age {hi.Value}", hi.Citation);
            }
        }

        foreach (var line in lines.Where(l => Unread().IsMatch(l.Content) && !Served().IsMatch(l.Content) && !Money().IsMatch(l.Content) && !Pay().IsMatch(l.Content)
            && found.All(f => f.Line != l)))
        {
            Note(ctx, "missing", "an age sentence was not read as a condition", view.CiteSentence(line, 0, line.Text.Length));
        }

        return result;
    }

    private static IEnumerable<(string Kind, int Years, Match Match)> Bounds(string t, bool underLead, bool excluding)
    {
        if (excluding && !Served().IsMatch(t))
        {
            // What excludes a candidate: being younger than N sets the minimum N, being older than N the maximum N.
            foreach (Match x in ExcludedAge().Matches(t))
            {
                // An age that excludes is read as an age by its words, so an upper bound may be any working age ("ouder dan 55 jaar").
                if (int.TryParse(x.Groups["n"].Value, out var n) && n is >= 14 and <= 70)
                {
                    yield return (x.Groups["young"].Success ? "min-age" : "max-age", n, x);
                }
            }

            yield break;
        }

        // An upper bound or range speaks of the candidate ("je bent", "leeftijd", "kandidaten"), never of the people the job serves
        // ("je werkt met jongeren tussen 14 en 18 jaar").
        var aboutCandidate = (underLead || Candidate().IsMatch(t)) && !Served().IsMatch(t);
        if (!aboutCandidate)
        {
            if (GeneralRequirementRules.MinimumAge(t) is { } plain && !Served().IsMatch(t) && Year(plain.Groups["n"].Value) is { } y)
            {
                yield return ("min-age", y, plain);
            }

            yield break;
        }

        if (Range().Match(t) is { Success: true } r && Year(r.Groups["lo"].Value) is { } lo && Year(r.Groups["hi"].Value) is { } hi && lo < hi)
        {
            yield return ("min-age", lo, r);
            yield return ("max-age", hi, r);
            yield break;
        }

        // An upper bound said of the candidate may be any working age ("je bent jonger dan 50 jaar op de uiterste inschrijvingsdatum").
        if (Upper().Match(t) is { Success: true } u && WorkingAge(u.Groups["n"].Value) is { } max && !NotAnAge().IsMatch(t[(u.Index + u.Length)..]))
        {
            yield return ("max-age", u.Groups["under"].Success ? max - 1 : max, u);
        }

        var lower = GeneralRequirementRules.MinimumAge(t) ?? (Lower().Match(t) is { Success: true } l && (underLead || AgeWord().IsMatch(t)) ? l : null);
        if (lower is not null && Year(lower.Groups["n"].Value) is { } min && !NotAnAge().IsMatch(t[(lower.Index + lower.Length)..]))
        {
            yield return ("min-age", min, lower);
        }
    }

    private static void Note(ExtractionContext ctx, string severity, string message, Citation citation)
    {
        if (!ctx.Notes.Any(n => n.Message == message && n.Citation == citation))
        {
            ctx.Note(severity, "requirements.general.age", message, citation);
        }
    }

    private static int? Year(string s) => int.TryParse(s, out var n) && n is >= 14 and <= 30 ? n : null;

    private static int? WorkingAge(string s) => int.TryParse(s, out var n) && n is >= 14 and <= 67 ? n : null;

    private static bool Indented(string text) => text.Length > 0 && char.IsWhiteSpace(text[0]);

    private static string? DateOf(ExtractionContext ctx, TextLine line, string t) =>
        ctx.DatesOn(line).FirstOrDefault(d => d.Date is not null)?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The job a section is about: its title without a numbering and a "(± 20 plaatsen)" aside.</summary>
    private static string? JobOfSection(TextLine line)
    {
        var title = Regex.Replace(line.SectionTitle, @"^\s*\d+[.)]\s*|\s*\([^)]*\)\s*$", "").Trim();
        return title.Length == 0 ? null : title;
    }

    /// <summary>A lead or sentence that lists what excludes a candidate: "Je komt niet in aanmerking als …", "Uitgesloten zijn kandidaten die …", "You are not eligible if".</summary>
    [GeneratedRegex(@"\bkom\w*\s+(?:je|u|jij)?\s*niet\s+in\s+aanmerking\b|\bniet\s+toegelaten\s+(?:als|indien|wanneer)\b|\buitgesloten\b|\b(?:kan|kun|mag)\s+(?:je|u)\s+niet\s+(?:deelnemen|solliciteren|kandideren)\b|\bnot\s+eligible\s+if\b|\bcannot\s+apply\s+if\b|\bne\s+(?:pouvez|peut)\s+pas\s+(?:postuler|participer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Excludes();

    /// <summary>An age that excludes: "(je) jonger bent dan 21 jaar", "ouder dan 55 jaar", "younger than 21".</summary>
    [GeneratedRegex(@"\b(?:(?<young>jonger|younger|moins\s+de)|ouder|older|plus\s+de)\s+(?:(?:bent|is|zijn|ben|are)\s+)?(?:dan\s+|than\s+)?(?<n>\d{2})\s*(?:jaar|years?|ans)\b(?!\s+(?:ervaring|anci|dienst|experience|d'exp))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ExcludedAge();

    [GeneratedRegex(@"^\s*(?:minimum|minimale\s+|vereiste\s+)?leeftijd\b[^:]{0,40}:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\b(?:tussen\s+(?<lo>\d{2})\s+en|van\s+(?<lo>\d{2})\s+tot(?:\s+en\s+met)?)\s+(?<hi>\d{2})\s+jaar\b(?!\s+(?:ervaring|anci|dienst))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Range();

    [GeneratedRegex(@"\b(?:maximum|maximaal|hoogstens|ten\s+hoogste|niet\s+ouder\s+dan|max\.)\s+(?<n>\d{2})\s*jaar(?:\s+oud)?\b|\b(?<under>jonger)\s+dan\s+(?<n>\d{2})\s*jaar\b|\bmaximumleeftijd\s*(?:van|:|is)?\s*(?<n>\d{2})\s*jaar", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Upper();

    [GeneratedRegex(@"\b(?:minimum|minstens|minimaal|ten\s*minste|vanaf)\s+(?<n>\d{2})\s*jaar\b|\b(?:je\s+wordt|u\s+wordt|je\s+bent|u\s+bent)\s+(?<n>\d{2})\s*(?:jaar\s+)?(?:vóór|voor|uiterlijk|ten\s+laatste|op|in)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Lower();

    [GeneratedRegex(@"leeftijd|\boud\b|\bouder\b|\bjonger\b|jarig|\bwordt\b|je\s+bent|u\s+bent|geboren", RegexOptions.IgnoreCase)]
    private static partial Regex AgeWord();

    [GeneratedRegex(@"^\s*(?:-\s*)?(?<job>[^:]{3,60}):\s", RegexOptions.ExplicitCapture)]
    private static partial Regex Label();

    [GeneratedRegex(@"eerste\s+werkdag|start\s+van\s+(?:je|de)\s+(?:job|tewerkstelling)|dag\s+van\s+(?:je\s+)?indiensttreding", RegexOptions.IgnoreCase)]
    private static partial Regex FirstWorkday();

    [GeneratedRegex(@"leeftijd|\bje\s+bent\b|\bu\s+bent\b|\bben\s+je\b|\bbent\s+u\b|\bje\s+wordt\b|\bkandidat|\bsollicitant|\bjobstudent|\bjaar\s+oud\b", RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"\b(?:jongeren|kinderen|leerlingen|bewoners|cliënten|clienten|doelgroep|deelnemers|gebruikers|kids|tieners)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Served();

    [GeneratedRegex(@"(?:leeftijd|\bjaar\s+oud\b|\bjarigen?\b)[^.]{0,60}\b(?:1[4-9]|2\d)\s*jaar|\b(?:1[4-9]|2\d)\s*jaar\b[^.]{0,30}(?:leeftijd|\boud\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Unread();

    [GeneratedRegex(@"€|\beuro\b|\bEUR\b")]
    private static partial Regex Money();

    [GeneratedRegex(@"uurloon|loon|wedde|salaris|vakantiedag|verlof", RegexOptions.IgnoreCase)]
    private static partial Regex Pay();

    [GeneratedRegex(@"^\s*(?:\(\w+\)\s*)?(?:relevante\s+|nuttige\s+|beroeps|werk|leidinggevende\s+)?(?:ervaring|anci|dienst|in\s+dienst|werkzaam|actief|tewerkgesteld|graad|niveau|loopbaan)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnAge();
}
