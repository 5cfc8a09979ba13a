using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// A document that sets out its conditions apart for a statutory appointment and for contractual hiring, under headings of
/// their own ("A. Voor de statutaire betrekking", "B. Contractuele aanwerving (onbepaalde duur)"). A candidate who asks
/// about one kind of post is judged on the requirements under that heading and those under neither, never on the other
/// kind's. Only a document with headings of both kinds is read so: a single heading that names a contract may describe the
/// offer, not a set of conditions.
/// </summary>
public static partial class PostKindSections
{
    /// <summary><paramref name="facts"/> without the routes and general requirements filed under the other kind of post than <paramref name="postKind"/>.</summary>
    public static VacancyFacts ForPostKind(VacancyFacts facts, string? postKind)
    {
        if (postKind is not ("contractual" or "statutory"))
        {
            return facts;
        }

        var sections = facts.Requirements.Routes.Select(r => r.Citation.Section).Concat(facts.Requirements.General.Select(g => g.Citation.Section)).ToList();
        if (!sections.Any(s => KindOf(s) == "contractual") || !sections.Any(s => KindOf(s) == "statutory"))
        {
            return facts;
        }

        bool Binds(Citation c) => KindOf(c.Section) is not { } kind || kind == postKind;
        return facts with
        {
            Requirements = facts.Requirements with
            {
                Routes = [.. facts.Requirements.Routes.Where(r => Binds(r.Citation))],
                General = [.. facts.Requirements.General.Where(g => Binds(g.Citation))],
                Unparsed = [.. facts.Requirements.Unparsed.Where(u => Binds(u.Citation))],
            },
        };
    }

    /// <summary>The one kind of post a heading names ("contractual", "statutory"), or null for neither or both.</summary>
    public static string? KindOf(string heading)
    {
        var folded = TextFold.Fold(heading);
        var contract = Contract().IsMatch(folded);
        var statutory = Statutory().IsMatch(folded);
        return contract == statutory ? null : contract ? "contractual" : "statutory";
    }

    [GeneratedRegex(@"\bcontract\w*|\barbeidsovereenkomst|\bcontrat\w*|\bcdi\b|\bcdd\b", RegexOptions.CultureInvariant)]
    private static partial Regex Contract();

    [GeneratedRegex(@"\bstatut\w*|\bvaste\s+benoeming|\bbenoeming\s+in\s+vast|\bnomination\b|\bappointment\b", RegexOptions.CultureInvariant)]
    private static partial Regex Statutory();
}
