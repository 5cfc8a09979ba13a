using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Tools.Lookups;
using Assistant.Tools.Time;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Answers across vacancies: open now, closing within N days, admissible without a diploma, highest start salary, the list.</summary>
public static class VacancyListAnswers
{
    public static Answer Compose(TurnContext t)
    {
        var lang = t.Language;
        var facts = t.Knowledge.Vacancies.Select(v => v.Facts).ToList();
        var aspect = t.Analysis.Aspect;
        if (aspect is "without-diploma" or "eligible" || (t.Analysis.Intent == "eligibility" && t.Profile.LacksDiploma is not null))
        {
            return Admissible(t, facts);
        }

        if (aspect == "highest-salary")
        {
            var ranked = ComparisonTool.ByStartSalary(facts, t.Now);
            var text = Texts.Get(lang, "list.salary") + "\n" + string.Join("\n", ranked.Select(s => "- " + Texts.Get(lang, "list.salary.item", ("vacancy", Format.Vacancy(lang, s.Facts)), ("amount", Format.Money(lang, s.StartSalary ?? 0)))));
            return AnswerKit.Make(t, "vacancies", "rules", text, ranked.Select(s => s.Facts.Id), ranked.Select(s => s.Facts.Salary?.Citation), ranked.Select(s => new { s.Facts.Id, s.StartSalary }).ToList());
        }

        if (aspect == "list")
        {
            var text = Texts.Get(lang, "list.all") + "\n" + string.Join("\n", facts.Select(f => "- " + Format.Vacancy(lang, f)));
            return AnswerKit.Make(t, "vacancies", "rules", text, facts.Select(f => f.Id), [], facts.Select(f => f.Id).ToList());
        }

        var within = aspect == "closing-within" ? t.Analysis.WithinDays ?? 7 : (int?)null;
        var open = ComparisonTool.Open(facts, t.Now, within);
        var body = new StringBuilder();
        if (open.Count == 0)
        {
            body.Append(Texts.Get(lang, "list.none", ("date", Format.Date(lang, Brussels.Today(t.Now)))));
        }
        else
        {
            body.Append(within is null ? Texts.Get(lang, "list.open") : Texts.Get(lang, "list.closing", ("days", within)));
            foreach (var s in open)
            {
                body.Append("\n- ").Append(s.Deadline.Status == "open"
                    ? Texts.Get(lang, "list.open.item", ("vacancy", Format.Vacancy(lang, s.Facts)), ("date", Format.Date(lang, s.Deadline.LastDay!.Value)), ("days", s.Deadline.DaysLeft))
                    : Texts.Get(lang, "list.open.notStated", ("vacancy", Format.Vacancy(lang, s.Facts))));
            }
        }

        return AnswerKit.Make(t, "vacancies", "rules", body.ToString(), open.Select(s => s.Facts.Id), open.Select(s => s.Deadline.Deadline?.Citation), open.Select(s => new { s.Facts.Id, s.Deadline }).ToList());
    }

    private static Answer Admissible(TurnContext t, List<VacancyFacts> facts)
    {
        var lang = t.Language;
        var profile = t.Profile.LacksDiploma is null && t.Profile.Diploma is null ? t.Profile with { LacksDiploma = DiplomaLevel.Bachelor } : t.Profile;
        var level = Texts.Get(lang, "level." + (profile.LacksDiploma ?? DiplomaLevel.Bachelor).ToString().ToLowerInvariant());
        var list = ComparisonTool.Admissible(facts, profile, t.Now);
        if (list.Count == 0)
        {
            return AnswerKit.Make(t, "vacancies", "rules", Texts.Get(lang, "list.admissible.none", ("level", level)), [], [], list);
        }

        var text = new StringBuilder(t.Profile.LacksDiploma is null && t.Profile.Diploma is not null
            ? Texts.Get(lang, "list.admissible.profile")
            : Texts.Get(lang, "list.admissible", ("level", level)));
        var citations = new List<Citation?>();
        foreach (var s in list)
        {
            var e = s.Eligibility!;
            var tests = e.Routes.Where(r => r.Outcome != "not-eligible").SelectMany(r => r.Route.Alternative).Select(a => EligibilityAnswers.TestName(lang, a.Name)).Distinct().ToList();
            var verdict = e.Verdict == "eligible" ? Texts.Get(lang, "verdict.eligible")
                : tests.Count > 0 ? Texts.Get(lang, "verdict.conditional", ("tests", Format.List(lang, tests)))
                : e.Verdict == "conditional" ? Texts.Get(lang, "verdict.conditional.plain") : Texts.Get(lang, "verdict.need-info");
            text.Append("\n- ").Append(Texts.Get(lang, "list.admissible.item", ("vacancy", Format.Vacancy(lang, s.Facts)), ("verdict", verdict)));
            citations.Add(e.Routes.FirstOrDefault(r => r.Outcome != "not-eligible")?.Route.Citation);
        }

        return AnswerKit.Make(t, "vacancies", "rules", text.ToString(), list.Select(s => s.Facts.Id), citations, list.Select(s => new { s.Facts.Id, s.Eligibility!.Verdict }).ToList());
    }
}
