using Assistant.Understanding.Entities;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Classification;

/// <summary>The finer topic within an intent (see <see cref="QuestionAnalysis.Aspect"/>).</summary>
internal static class AspectRules
{
    public static string? For(string intent, RuleText text, ExtractedEntities e)
    {
        var s = text.Text;
        return intent switch
        {
            IntentNames.Deadline => DeadlineCues.DaysLeft().IsMatch(s) ? "days-left"
                : e.Today || DeadlineCues.StillOpen().IsMatch(s) ? "still-open"
                : "date",
            IntentNames.Procedure => Procedure(s),
            IntentNames.Benefits => BenefitCues.Aspect(s),
            IntentNames.Contact => ContactCues.SalaryTopic().IsMatch(s) ? "salary"
                : ContactCues.ProcedureTopic().IsMatch(s) ? "procedure"
                : ContactCues.ApplicationTopic().IsMatch(s) ? "application"
                : ContactCues.ContentTopic().IsMatch(s) ? "content"
                : null,
            IntentNames.Vacancies => Vacancies(s, e),
            IntentNames.Salary => Salary(s, e),
            _ => null,
        };
    }

    private static string Procedure(string s)
    {
        if (ProcedureCues.AssignmentReturn().IsMatch(s))
        {
            return "assignment-return";
        }

        if (ProcedureCues.Reserve().IsMatch(s))
        {
            return "reserve";
        }

        if (ProcedureCues.When().IsMatch(s))
        {
            var kind = StepKinds.Find(s);
            return kind is null ? "step-date" : "step-date:" + kind;
        }

        return "steps";
    }

    private static string Vacancies(string s, ExtractedEntities e)
    {
        if (VacancyListCues.Continuous().IsMatch(s))
        {
            return "continuous";
        }

        if (VacancyListCues.HighestSalary().IsMatch(s) || (e.AllVacanciesExplicit && VacancyListCues.ComparedPay().IsMatch(s)))
        {
            return "highest-salary";
        }

        if (VacancyListCues.ClosingLast().IsMatch(s))
        {
            return "closing-last";
        }

        if (e.WithinDays is not null || VacancyListCues.ClosingSoon().IsMatch(s))
        {
            return "closing-within";
        }

        if (e.Profile.LacksDiploma is not null)
        {
            return "without-diploma";
        }

        if (EligibilityCues.Strong().IsMatch(s) || EligibilityCues.Medium().IsMatch(s))
        {
            return "eligible";
        }

        return VacancyListCues.OpenNow().IsMatch(s) ? "open-now" : "list";
    }

    private static string? Salary(string s, ExtractedEntities e)
    {
        if (e.SeniorityYears is > 0 || e.Profile.Experience.Any(x => x.Years > 0))
        {
            return "at-seniority";
        }

        if (SalaryCues.Start().IsMatch(s) || e.SeniorityYears == 0 || e.Profile.Experience.Count > 0)
        {
            return "start";
        }

        return null;
    }
}
