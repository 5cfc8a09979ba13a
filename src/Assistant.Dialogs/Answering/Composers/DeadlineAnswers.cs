using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Lookups;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Deadline answers: open until when, days left, today until what time, closed since when, or not stated (with the contact).</summary>
public static class DeadlineAnswers
{
    public static Answer Compose(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var status = DeadlineTool.Evaluate(v, t.Now);
        var vacancy = Format.Vacancy(lang, v);
        var text = new StringBuilder();
        var citations = new List<Citation?> { status.Deadline?.Citation };
        var time = status.LastTime is { } lt ? Texts.Get(lang, "time.at", ("time", Format.Time(lt))) : "";
        switch (status.Status)
        {
            case "not-stated" when v.ContinuousRecruitment:
                // Continuous recruitment is a fact the document states, not a missing deadline.
                text.Append(Texts.Get(lang, "deadline.continuous", ("vacancy", vacancy)));
                citations.Add(v.Citations.TryGetValue("continuousRecruitment", out var continuous) ? continuous : null);
                break;
            case "not-stated":
                var contact = LookupTool.ContactFor(v, "application");
                text.Append(Texts.Get(lang, "deadline.notStated", ("vacancy", vacancy), ("contact", Format.Contact(lang, contact))));
                citations.Add(contact?.Citation);
                break;
            case "closed":
                text.Append(Texts.Get(lang, "deadline.closed", ("vacancy", vacancy), ("date", Format.Date(lang, status.LastDay!.Value, weekday: true)), ("time", time)));
                break;
            default:
                if (status.ClosesToday)
                {
                    text.Append(Texts.Get(lang, "deadline.today", ("time", Format.Time(status.LastTime ?? new TimeOnly(23, 59)))));
                    break;
                }

                var deadline = status.Deadline!;
                if (deadline.Opens is { } opens && Assistant.Tools.Time.Brussels.Today(t.Now) < opens)
                {
                    // "Kan ik me nu al inschrijven?" before the period opens: not yet, from which day, then until when.
                    text.Append(Texts.Get(lang, "fact13.deadline.notYetOpen", ("opens", Format.Date(lang, opens, weekday: true)))).Append(' ');
                }

                text.Append(deadline.Inclusive || deadline.Time is not null
                    ? Texts.Get(lang, "deadline.open", ("vacancy", vacancy), ("date", Format.Date(lang, status.LastDay!.Value, weekday: true)), ("time", time))
                    : Texts.Get(lang, "deadline.open.before", ("vacancy", vacancy), ("date", Format.Date(lang, deadline.Date)), ("lastDay", Format.Date(lang, status.LastDay!.Value, weekday: true)), ("time", time)));
                var days = status.DaysLeft!.Value;
                text.Append(' ').Append(days == 1
                    ? Texts.Get(lang, "deadline.daysLeft.one", ("lastDay", Format.Date(lang, status.LastDay!.Value)))
                    : Texts.Get(lang, "deadline.daysLeft", ("days", days), ("lastDay", Format.Date(lang, status.LastDay!.Value))));
                break;
        }

        if (status.YearInferred)
        {
            text.Append(' ').Append(Texts.Get(lang, "deadline.yearInferred"));
        }

        return AnswerKit.Make(t, Intents.Deadline, AnswerSources.Rules, text.ToString(), [v.Id], citations, new DeadlinePayload(status));
    }
}
