using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// What the candidate says they lack or refuse, held against every requirement sentence of the vacancy, whether a rule read
/// it or not: "ik heb nog geen visum" against "een diploma verpleegkunde en een visum", "ik wil geen wachtdiensten" against a
/// table row "Je neemt deel aan de wachtdienst". Such a sentence may leave room (another option in it, a later date), so no
/// rule decides it here: it is quoted to check, and no yes stands beside it. A sentence a check already judged short of met (a no,
/// a condition, a question) says so itself.
/// </summary>
public static class DeclinedLines
{
    /// <summary>The requirement sentences that name something the candidate lacks or refuses, to be quoted as unchecked.</summary>
    public static IReadOnlyList<UnparsedRequirement> Find(VacancyFacts facts, CandidateProfile profile, IReadOnlyList<RequirementCheck> judged)
    {
        if (profile.Declines.Count == 0 && profile.Lacks.Count == 0)
        {
            return [];
        }

        var open = facts.Requirements.Sentences.Select(s => s.Citation)
            .Where(s => !judged.Any(c => c.Outcome != "met" && c.Citation.Document == s.Document && c.Citation.Start < s.End && c.Citation.End > s.Start)).ToList();
        // What a sentence lets be obtained after starting ("of je behaalt het binnen het jaar na je indiensttreding") is no bar to a yes.
        IReadOnlyList<string> lacks = [.. profile.Lacks.Where(l => !open.Any(s => ObtainLater.In(s.Quote) && Named([l], s.Quote, 3) is not null))];
        var named = open.Where(s => Named(profile.Declines, s.Quote, 4) is not null || Named(lacks, s.Quote, 3) is not null).ToList();
        // Something lacked, said in another language than the vacancy's Dutch, that no requirement sentence names in these words
        // ("carte de conducteur" for "bestuurderskaart"): every sentence no rule read might be where it is asked, so those are quoted.
        if (profile.LacksLanguage is not (null or "nl") && lacks.Any(l => l.Length >= 3 && open.All(s => Named([l], s.Quote, 3) is null)))
        {
            named.AddRange(facts.Requirements.Sentences.Where(s => !s.Read && !named.Contains(s.Citation)).Select(s => s.Citation).Take(MaxUnread));
        }

        return [.. named.Select(s => new UnparsedRequirement(["declined"], s))];
    }

    /// <summary>At most this many unread sentences are quoted for something lacked that no sentence names.</summary>
    private const int MaxUnread = 4;

    /// <summary>
    /// The first of the candidate's <paramref name="said"/> words that <paramref name="quote"/> names: a word of the quote that
    /// begins with the said word (its first six letters for longer words) or a compound that ends in it ("dienstwapen" for
    /// "wapen"); words of fewer than five letters match only at a word's start. Null when none does.
    /// </summary>
    public static string? Named(IReadOnlyList<string> said, string quote, int minLength = 4)
    {
        if (said.Count == 0)
        {
            return null;
        }

        var asked = TextFold.Words(quote);
        return said.FirstOrDefault(d => d.Length >= minLength && asked.Any(a => a.StartsWith(d[..Math.Min(d.Length, 6)], StringComparison.Ordinal)
            || (d.Length >= 5 && a.Length > d.Length && a.EndsWith(d, StringComparison.Ordinal))));
    }
}
