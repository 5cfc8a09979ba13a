using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// An internal route is for staff of the vacancy's own employer. A candidate who says they work for another public employer
/// ("statutair bij de provincie" for a municipality's promotion, "bij een andere gemeente") is not its staff by those words:
/// "another" makes them external; a named employer whose kind or place the vacancy's organisation does not share leaves
/// it open (asked), never a yes on seniority earned elsewhere.
/// </summary>
public static class InternalEmployer
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "stad", "gemeente", "provincie", "ocmw", "politiezone", "hulpverleningszone", "intercommunale", "city", "municipality",
        "province", "commune", "ville", "cpas", "van", "of", "de",
    };

    private static readonly Dictionary<string, string[]> KindNames = new(StringComparer.Ordinal)
    {
        ["stad"] = ["stad", "gemeente", "lokaal bestuur", "city"],
        ["gemeente"] = ["gemeente", "stad", "lokaal bestuur"],
        ["city"] = ["stad", "gemeente", "lokaal bestuur"],
        ["municipality"] = ["gemeente", "stad", "lokaal bestuur"],
        ["ville"] = ["stad", "gemeente", "lokaal bestuur"],
        ["commune"] = ["gemeente", "stad", "lokaal bestuur"],
        ["provincie"] = ["provincie"],
        ["province"] = ["provincie"],
        ["ocmw"] = ["ocmw", "lokaal bestuur", "welzijn", "zorg"],
        ["cpas"] = ["ocmw", "lokaal bestuur", "welzijn", "zorg"],
        ["politiezone"] = ["politie"],
        ["hulpverleningszone"] = ["hulpverlening", "brandweer"],
        ["intercommunale"] = ["intercommunale", "intergemeentelijk"],
    };

    /// <summary>The profile with an internal position at another employer no longer counted as internal here.</summary>
    public static CandidateProfile Judge(VacancyFacts facts, CandidateProfile profile)
    {
        if (profile.Internal is not { IsInternal: true, Employer: { } employer } || facts.Organisation is not { Length: > 0 } organisation)
        {
            return profile;
        }

        var words = TextFold.Words(employer);
        if (words.Any(w => w is "andere" or "other" or "another" or "autre"))
        {
            return profile with { Internal = new InternalStatus(false) };
        }

        var own = " " + string.Join(' ', TextFold.Words(organisation)) + " ";
        var places = words.Where(w => !Kinds.Contains(w) && w.Length >= 3).ToList();
        var kind = words.FirstOrDefault(KindNames.ContainsKey);
        var same = places.Count > 0
            ? places.All(p => own.Contains(" " + p, StringComparison.Ordinal))
            : kind is null || KindNames[kind].Any(k => own.Contains(" " + k, StringComparison.Ordinal));
        return same ? profile : profile with { Internal = null };
    }
}
