using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Understanding.Classification;
using Assistant.Tools.Lookups;
using Assistant.Tools.Time;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Answers across vacancies: open now, closing within N days, admissible without a diploma, highest start salary, the list.</summary>
public static class VacancyListAnswers
{
    public static Answer Compose(TurnContext t)
    {
        var lang = t.Language;
        var all = t.Knowledge.Vacancies.Select(v => v.Facts).ToList();
        // "Which pays more at the start, the job in X or the one at Y?": the comparison is between the vacancies named (a place
        // named for one of them does not narrow the other away).
        var facts = t.Analysis.VacancyIds.Count >= 2 && !t.Analysis.AmbiguousVacancy
            ? all.Where(f => t.Analysis.VacancyIds.Contains(f.Id, StringComparer.OrdinalIgnoreCase)).ToList()
            : VacancyPlaces.At(t, all);

        var aspect = t.Analysis.Aspect;
        if (aspect is "without-diploma" or "eligible" || (t.Analysis.Intent == "eligibility" && t.Profile.LacksDiploma is not null))
        {
            return Admissible(t, facts);
        }

        if (aspect == "highest-salary" || t.Analysis.Intent == "salary")
        {
            return BySalary(t, facts);
        }

        if (aspect == "continuous")
        {
            var continuous = facts.Where(f => f.ContinuousRecruitment).ToList();
            var text = continuous.Count == 0 ? Texts.Get(lang, "list.continuous.none")
                : Texts.Get(lang, "list.continuous") + "\n" + string.Join("\n", continuous.Select(f => "- " + Format.Vacancy(lang, f)));
            return AnswerKit.Make(t, Intents.Vacancies, AnswerSources.Rules, text, continuous.Select(f => f.Id), continuous.Select(ContinuousCitation), new VacancyIdsPayload(continuous.Select(f => f.Id).ToList()));
        }

        if (aspect is "list" or "open-now")
        {
            // "Hebben jullie iets in de zorg?", "Do you have any federal government jobs?": the list of that field.
            facts = VacancyFields.Of(t, facts);
        }

        if (aspect == "list")
        {
            var text = Texts.Get(lang, "list.all") + "\n" + string.Join("\n", facts.Select(f => "- " + Format.Vacancy(lang, f)));
            return AnswerKit.Make(t, Intents.Vacancies, AnswerSources.Rules, text, facts.Select(f => f.Id), [], new VacancyIdsPayload(facts.Select(f => f.Id).ToList()));
        }

        var within = aspect == "closing-within" ? t.Analysis.WithinDays ?? 7 : (int?)null;
        var open = ComparisonTool.Open(facts, t.Now, within);
        if (aspect == "closing-last")
        {
            // "Which one closes last?": the open ones, the last to close first.
            open = [.. open.OrderByDescending(s => s.Deadline.LastDay)];
        }

        if (open.Count == 0 && within is not null && t.Analysis.WithinDays is null)
        {
            // "Which one closes first?" when none closes within the default week: the open ones, the first to close first.
            (within, open) = (null, ComparisonTool.Open(facts, t.Now, null));
        }

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
                    : s.Facts.ContinuousRecruitment ? Texts.Get(lang, "list.open.continuous", ("vacancy", Format.Vacancy(lang, s.Facts)))
                    : Texts.Get(lang, "list.open.notStated", ("vacancy", Format.Vacancy(lang, s.Facts))));
            }
        }

        return AnswerKit.Make(t, Intents.Vacancies, AnswerSources.Rules, body.ToString(), open.Select(s => s.Facts.Id), open.Select(s => s.Deadline.Deadline?.Citation ?? ContinuousCitation(s.Facts)), new OpenVacanciesPayload(open.Select(s => new OpenVacancy(s.Facts.Id, s.Deadline)).ToList()));
    }

    private static Citation? ContinuousCitation(VacancyFacts f) => f.ContinuousRecruitment && f.Citations.TryGetValue("continuousRecruitment", out var c) ? c : null;

    /// <summary>
    /// "Which vacancy pays best (for a bachelor, with 10 years)?": today's gross monthly amounts the documents publish (or an
    /// employer table gives) at the start or at that seniority, highest first, each with its sentence; vacancies with no
    /// amount for that seniority are named apart, without an amount.
    /// </summary>
    private static Answer BySalary(TurnContext t, List<VacancyFacts> facts)
    {
        var lang = t.Language;
        var level = VacancyListCues.Level(t.Analysis.FoldedText) ?? t.Analysis.Profile.Diploma;
        var years = t.Analysis.SeniorityYears ?? (t.Profile.Experience.Count > 0 ? (int)t.Profile.Experience.Sum(e => e.Years) : null);
        var top = years is null && VacancyListCues.TopOfScale().IsMatch(t.Analysis.FoldedText);
        var ranked = ComparisonTool.BySalary(facts, t.Now, t.Analysis.SeniorityYears, t.Profile, level, t.Knowledge.ScaleTables, t.Options.IndexCoefficient, top);
        var text = new StringBuilder();
        if (level is { } l)
        {
            text.Append(Texts.Get(lang, "list.salary.level", ("level", Texts.Get(lang, "level." + l.ToString().ToLowerInvariant())))).Append(' ');
        }

        text.Append(years is { } y ? Texts.Get(lang, "list.salary.at", ("years", y)) : Texts.Get(lang, top ? "list.salary.top" : "list.salary"));

        var priced = ranked.Where(s => s.StartSalary is not null).ToList();
        foreach (var s in priced)
        {
            text.Append("\n- ").Append(Texts.Get(lang, "list.salary.item", ("vacancy", Format.Vacancy(lang, s.Facts)), ("amount", Format.Money(lang, s.StartSalary!.Value))));
        }

        var missing = ranked.Where(s => s.StartSalary is null).Select(s => s.Facts).ToList();
        if (t.Analysis.VacancyIds.Count >= 2)
        {
            // A vacancy compared by name that publishes no pay at all is named too, not left out silently.
            missing.AddRange(facts.Where(f => f.Salary is null));
        }

        if (missing.Count > 0)
        {
            var names = ("vacancies", (object)Format.List(lang, missing.Select(f => Format.Vacancy(lang, f)).ToList()));
            text.Append('\n').Append(years is null
                ? Texts.Get(lang, "list.salary.missing.any", names)
                : Texts.Get(lang, "list.salary.missing", ("years", years), names));
        }

        if (priced.Any(s => s.Facts.Salary!.Basis == "index-100"))
        {
            text.Append('\n').Append(Texts.Get(lang, "list.salary.index", ("coefficient", t.Options.IndexCoefficient.ToString("0.####", Texts.Culture(lang)))));
        }

        return AnswerKit.Make(t, Intents.Vacancies, AnswerSources.Rules, text.ToString(), priced.Select(s => s.Facts.Id), priced.Select(s => s.SalaryCitation), new SalaryRankingPayload(ranked.Select(s => new RankedSalary(s.Facts.Id, s.StartSalary)).ToList()));
    }

    private static Answer Admissible(TurnContext t, List<VacancyFacts> facts)
    {
        var lang = t.Language;
        var profile = t.Profile.LacksDiploma is null && t.Profile.Diploma is null ? t.Profile with { LacksDiploma = DiplomaLevel.Bachelor } : t.Profile;
        var level = Texts.Get(lang, "level." + (profile.LacksDiploma ?? DiplomaLevel.Bachelor).ToString().ToLowerInvariant());
        var list = ComparisonTool.Admissible(facts, profile, t.Now);
        if (list.Count == 0)
        {
            return AnswerKit.Make(t, Intents.Vacancies, AnswerSources.Rules, Texts.Get(lang, "list.admissible.none", ("level", level)), [], [], new AdmissibleVacanciesPayload([]));
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

        return AnswerKit.Make(t, Intents.Vacancies, AnswerSources.Rules, text.ToString(), list.Select(s => s.Facts.Id), citations, new AdmissibleVacanciesPayload(list.Select(s => new AdmissibleVacancy(s.Facts.Id, s.Eligibility!.Verdict)).ToList()));
    }
}
