using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Tools.Profile;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// Profile facts belong to the vacancy they were stated about. Each fact the candidate states is recorded with the
/// vacancy of that turn; an eligibility answer for another vacancy that relies on such a fact says so first ("Ik ga uit
/// van wat je eerder vertelde: 5 jaar ervaring. Klopt dat niet voor deze vacature, zeg het me dan."), so years given
/// while asking about one vacancy's salary never silently decide another vacancy. Once said, the fact counts as
/// confirmed for that vacancy; restating it replaces it.
/// </summary>
internal static class EarlierFacts
{
    public static (Answer Answer, SessionState Context) Apply(Answer answer, SessionState before, SessionState after, CandidateProfile stated)
    {
        var about = answer.VacancyIds.Count == 1 ? answer.VacancyIds[0] : after.VacancyIds.Count == 1 ? after.VacancyIds[0] : "";
        var origins = new Dictionary<string, string>(before.ProfileOrigins, StringComparer.Ordinal);
        var restated = ProfileFacts.Names(stated).ToHashSet(StringComparer.Ordinal);
        foreach (var name in restated)
        {
            origins[name] = about;
        }

        var present = ProfileFacts.Names(after.Profile).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in origins.Keys.Where(k => !present.Contains(k)).ToList())
        {
            origins.Remove(gone);
        }

        if (answer.Intent == Intents.Eligibility && answer.VacancyIds.Count == 1 && answer.Verdict is not null)
        {
            var carried = present.Where(n => !restated.Contains(n) && origins.TryGetValue(n, out var o) && o.Length > 0 && o != about).ToList();
            var facts = ProfileFacts.Describe(answer.Language, after.Profile, carried);
            if (facts.Length > 0)
            {
                answer = answer with { Text = Texts.Get(answer.Language, "dialog.earlier", ("facts", facts)) + " " + answer.Text };
            }

            foreach (var name in carried)
            {
                origins[name] = about;
            }
        }

        return (answer, after with { ProfileOrigins = origins });
    }
}
