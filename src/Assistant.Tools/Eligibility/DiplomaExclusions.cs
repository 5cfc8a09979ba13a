using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// A requirement line that names a diploma only to exclude it ("Een getuigschrift van het 6de jaar BSO volstaat niet", "Een
/// graduaat is onvoldoende"), checked against the candidate's own words for their diploma. The words that tell diplomas of
/// one level apart are compared by family: the secondary streams (aso, tso, kso, bso), the year (6de, 7de …) and the named
/// level (graduaat, bachelor, master). The candidate holds the excluded diploma when their words name every such mark of
/// the line; they clearly hold another when their words name another member of one of its families, or a level above the
/// one excluded; otherwise the line stays undecided (quoted to check), as before.
/// </summary>
public static class DiplomaExclusions
{
    private static readonly string[][] Families =
    [
        ["aso", "tso", "kso", "bso"],
        ["5de", "6de", "7de"],
        ["graduaat", "bachelor", "master"],
    ];

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["5e"] = "5de", ["vijfde"] = "5de", ["5ste"] = "5de",
        ["6e"] = "6de", ["zesde"] = "6de", ["6ste"] = "6de",
        ["7e"] = "7de", ["zevende"] = "7de", ["7ste"] = "7de",
        ["hbo5"] = "graduaat", ["gegradueerde"] = "graduaat", ["bachelordiploma"] = "bachelor", ["masterdiploma"] = "master",
        ["licentiaat"] = "master",
    };

    /// <summary>
    /// "excluded" (the candidate holds what the line excludes), "clear" (they hold something else), "field" (the line excludes
    /// diplomas of other fields: only a route whose field check the candidate met answers it) or "unknown".
    /// </summary>
    public static string Judge(string line, CandidateProfile profile)
    {
        if (profile.Diploma is null)
        {
            // No diploma held that the line could exclude (a candidate without one is judged on the routes that need none),
            // unless they are a final-year student of a diploma nobody named.
            return profile.FinalYearStudent == true ? "unknown" : "clear";
        }

        // The excluded diploma is named before the words that exclude it ("… volstaat niet, wel het 7de jaar": only the first part).
        var cut = Cut.Match(line);
        var marks = Marks(cut.Success ? line[..cut.Index] : "");
        if (marks.Count == 0)
        {
            return "unknown";
        }

        // "Een andere bachelor of master zonder informatica volstaat niet": the level words name diplomas of another FIELD, not
        // a level. Their level says nothing: a candidate whose field the line names holds none of them; anyone else is
        // judged by the route's field check ("field"), and the line stays to check unless that check was met.
        var excluding = cut.Success ? line[..cut.Index] : line;
        if (FieldQualified.Matches(excluding) is { Count: > 0 } qualifiers)
        {
            var last = qualifiers[^1];
            var named = TextFold.Words(excluding[(last.Index + last.Length)..])
                .Where(w => w.Length >= 4 && !StopWords.FunctionWords.Contains(w) && Marks(w).Count == 0 && !w.StartsWith("diploma", StringComparison.Ordinal)).ToList();
            var given = profile.DiplomaField is { } f ? FieldFamilies.FoldExpand(f) : null;
            return given is not null && named.Count > 0 && named.Any(w => given.Contains(w[..Math.Min(5, w.Length)], StringComparison.Ordinal)) ? "clear" : "field";
        }

        // "Een HBO5-graduaat (regeling na 2019) volstaat niet" says nothing to the graduaat of the old one-cycle higher education,
        // which the candidate's words made a bachelor's level: only a line that excludes that old graduaat too reaches it.
        if (marks.SetEquals(["graduaat"]) && profile.Diploma >= DiplomaLevel.Bachelor && profile.Graduate != true
            && NewGraduate.IsMatch(TextFold.Fold(excluding)) && !OldGraduate.IsMatch(TextFold.Fold(excluding)))
        {
            return "clear";
        }

        var own = Marks(profile.DiplomaWords ?? "");
        if (marks.All(own.Contains))
        {
            return "excluded";
        }

        if (marks.Any(m => !own.Contains(m) && Families.Any(f => f.Contains(m) && own.Any(o => o != m && f.Contains(o)))))
        {
            return "clear";
        }

        // A level above everything the line names: "6de jaar BSO volstaat niet" says nothing to a bachelor.
        var excludedLevel = marks.Contains("master") ? DiplomaLevel.Master : marks.Contains("bachelor") ? DiplomaLevel.Bachelor
            : marks.Contains("graduaat") ? DiplomaLevel.Graduate : DiplomaLevel.Secondary;
        return profile.Diploma > excludedLevel && profile.Graduate != true ? "clear" : "unknown";
    }

    private static readonly System.Text.RegularExpressions.Regex NewGraduate = new(
        @"\bhbo\s*-?\s*5\b|\b(na|sinds|vanaf|after|since)\s+(20[01]\d)\b|\bnieuwe\s+(stelsel|regeling)|\bhoger\s+beroepsonderwijs\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex OldGraduate = new(
        @"\bkorte\s+type\b|\bvroeger\w*\b|\boude?\s+(stelsel|regeling)|\b(voor|before)\s+(19|200[0-5])\d*\b|\bone\s+cycle\b|\been\s+cyclus\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex FieldQualified = new(
        @"\b(ander[es]?|zonder|buiten|behalve|other|without|autres?|sans)\b|\bniet\s+in\s+(de|het|een)\b|\bin\s+een\s+andere\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex Cut = new(
        @"\bvolsta\w*\s+niet\b|\bis\s+onvoldoende\b|\b(is|zijn)\s+niet\s+(voldoende|genoeg)\b|\bgeeft\s+geen\s+toegang\b|\bkom\w*\s+niet\s+in\s+aanmerking\b|\b(kan|kun|kunt|mag)\s+(je|u|jij)\s+niet\s+(deelnemen|solliciteren|meedoen)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static HashSet<string> Marks(string text)
    {
        var marks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')', '-', '/', '*', '«', '»'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Synonyms.TryGetValue(raw, out var same) ? same : raw;
            if (word.StartsWith("bachelor", StringComparison.Ordinal))
            {
                word = "bachelor";
            }
            else if (word.StartsWith("master", StringComparison.Ordinal))
            {
                word = "master";
            }
            else if (word.StartsWith("graduaat", StringComparison.Ordinal))
            {
                word = "graduaat";
            }

            if (Families.Any(f => f.Contains(word)))
            {
                marks.Add(word);
            }
        }

        return marks;
    }
}
