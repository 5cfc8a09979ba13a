using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Experience that must have been gained at a public employer ("minstens 2 jaar ervaring bij een overheid", "in de openbare
/// sector", "experience in the public sector", "dans le secteur public"), judged on where the candidate says they worked:
/// met when their years at public employers ("bij de stad", "at the city of …", "au CPAS") reach the minimum, failed when
/// every job they name is with a private employer ("bij een studiebureau", "in de privé"), open otherwise.
/// </summary>
public static partial class PublicExperience
{
    /// <summary>True when the route asks nothing of the employer or the candidate meets it, false when they clearly do not, null when unsaid.</summary>
    public static bool? Judge(AdmissionRoute route, CandidateProfile profile)
    {
        if (route.MinExperienceYears is not { } required || !(Required(route.Citation.Quote) || Required("ervaring " + route.ExperienceKind)) || profile.Experience.Count == 0)
        {
            return true;
        }

        var publicYears = profile.Experience.Where(e => Public().IsMatch(Words(e))).Sum(e => e.Years);
        if (publicYears >= required)
        {
            return true;
        }

        return profile.Experience.All(e => Private().IsMatch(Words(e)) && !Public().IsMatch(Words(e))) ? false : null;
    }

    /// <summary>The failed check for a route whose public-sector experience the candidate's named employers do not give.</summary>
    public static RequirementCheck Failed(AdmissionRoute route, CandidateProfile profile) =>
        new("experience", "not-met", route.Citation)
        {
            Required = route.MinExperienceYears?.ToString("0.##", CultureInfo.InvariantCulture),
            Given = profile.Experience.Where(e => Public().IsMatch(Words(e))).Sum(e => e.Years).ToString("0.##", CultureInfo.InvariantCulture),
            Caveat = "public",
        };

    /// <summary>Whether a route's sentence asks its experience at a public employer (and not "in de privé- of openbare sector").</summary>
    public static bool Required(string quote)
    {
        var folded = TextFold.Fold(quote);
        return AtPublicEmployer().Match(folded) is { Success: true } m && !Private().IsMatch(folded[Math.Max(0, m.Index - 60)..Math.Min(folded.Length, m.Index + m.Length + 40)]);
    }

    private static string Words(ExperienceEntry e) => TextFold.Fold(e.Kind + " " + e.Description + " " + e.Employer);

    [GeneratedRegex(@"\b(ervaring|experience|experience professionnelle)\b[^.;]{0,80}?\b(bij|in|binnen|at|with|in|dans|au sein)\s+(een|de|het|a|the|le|la|du|d|l|une)?\s*(\w+\s+)?(overheid|overheidsdienst|overheidsinstelling|overheidsorganisatie|openbare sector|publieke sector|openbaar bestuur|lokaal bestuur|lokale overheid|publieke organisatie|public sector|government|public administration|public employer|secteur public|administration publique|service public)\b")]
    private static partial Regex AtPublicEmployer();

    [GeneratedRegex(@"\b(stad|gemeente\w*|provincie\w*|ocmw|cpas|overheid\w*|fod|spf|ministerie\w*|agentschap\w*|federale|politie\w*|brandweer|hulpverleningszone|intercommunale|lokaal bestuur|lokale besturen|openbare sector|publieke sector|public sector|government|city of|city council|municipality|province|commune|ville de|administration publique|service public|secteur public)\b")]
    private static partial Regex Public();

    [GeneratedRegex(@"\b(studiebureau|ingenieursbureau|adviesbureau|architectenbureau|advocatenkantoor|kantoor|bedrijf|firma|prive\w*|private|nv|bv|bvba|consultancy|consultant|onderneming|zelfstandige|self-employed|freelance\w*|company|firm|entreprise|societe|start-?up)\b")]
    private static partial Regex Private();
}
