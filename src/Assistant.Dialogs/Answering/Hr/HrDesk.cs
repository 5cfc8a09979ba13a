using Assistant.Core.Answers;
using Assistant.Understanding;
using Assistant.Procedures.Answers;
using Assistant.Procedures.Library;
using Assistant.Procedures.Questions;
using Assistant.Tools.Time;

namespace Assistant.Dialogs.Answering.Hr;

/// <summary>
/// The router's one hook for procedure questions (issue 10). A question that names no vacancy (and comes from no
/// vacancy page) is first tried against the general documents the asker's role may read: in Teams that makes an HR
/// colleague's question a procedure question; on the public web only public documents answer, and a question only
/// internal documents would answer gets "not available here" without any of their text. Candidate questions ("kom ik in
/// aanmerking?") and anything the documents do not touch go on to the vacancy route, except for HR, who get the mailbox.
/// </summary>
public static class HrDesk
{
    private static readonly HashSet<string> CandidateIntents = ["vacancies", "smalltalk"];

    /// <summary>The procedure answer for this turn, or null when the vacancy route should answer.</summary>
    public static Answer? Try(TurnContext t, TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(input);
        var a = t.Analysis;
        if ((a.VacancyIds.Count > 0 && !a.AmbiguousVacancy) || (input.PageVacancyId is { } page && t.Knowledge.Find(page) is not null) || a.Intent == "smalltalk")
        {
            return null;
        }

        var library = ProcedureLibrary.For(t.Knowledge);
        if (library.Units.Count == 0)
        {
            return null;
        }

        var role = ProcedureRoles.Of(input.Role, input.Channel);
        var result = ProcedureDesk.Answer(library, input.Text, t.Language, role, Brussels.Today(input.Now));
        var q = result.Question!;
        // A candidate speaks of themselves: "kom ik in aanmerking?", their diploma or years, their scores, or a vacancy list.
        var candidate = q.CandidateVoice || CandidateIntents.Contains(a.Intent) || !a.Profile.IsEmpty || a.Scores.Count > 0;
        // Words that only loosely match several vacancies ("a level B employee") name none, unless it is HR's vocabulary.
        if ((candidate || a.AmbiguousVacancy) && !q.HrWords)
        {
            return null;
        }

        return result.Kind switch
        {
            "individual" => role == ProcedureRoles.Public ? null : HrAnswers.Individual(t),
            "not-available" => q.HrWords || q.Kind == "article" ? HrAnswers.NotAvailable(t) : null,
            "none" => Unanswered(t, role, q, candidate),
            _ => HrAnswers.Compose(t, result),
        };
    }

    /// <summary>Nothing in the documents: HR hears so (with the mailbox); others go on to the vacancy route.</summary>
    private static Answer? Unanswered(TurnContext t, string role, ProcedureQuestion q, bool candidate) =>
        role == ProcedureRoles.Hr && !candidate ? HrAnswers.None(t, q) : null;
}
