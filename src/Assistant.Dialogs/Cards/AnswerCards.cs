using System.Text.Json.Nodes;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Dialogs.Answering.Payloads;
using Assistant.Dialogs.Cards.Answers;
using Assistant.Dialogs.Cards.Elements;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Time;

namespace Assistant.Dialogs.Cards;

/// <summary>
/// The Adaptive Card (schema 1.5) for an answer, built from its typed payload (<see cref="Answer.Facts"/>): an
/// eligibility checklist, a salary table, a selection timeline or a contact card. Plain answers get none: the text says
/// it all. The payload carries the vacancy it is about and the turn's clock, so no caller looks anything up again.
/// Send the card as an attachment with content type <see cref="ContentType"/>.
/// </summary>
public static class AnswerCards
{
    /// <summary>The attachment content type of the cards ("application/vnd.microsoft.card.adaptive").</summary>
    public const string ContentType = AdaptiveCard.ContentType;

    /// <summary>The card JSON for <paramref name="answer"/>, or null when it needs no card.</summary>
    /// <param name="answer">
    /// The answer; its language picks the texts, its payload the kind of card. The payload's vacancy adds its name (and
    /// the application deadline to a timeline); its clock marks past steps and gives the days left before the deadline.
    /// </param>
    public static JsonObject? For(Answer answer) => Build(answer)?.ToJson();

    /// <summary>The typed card for <paramref name="answer"/>, or null (see <see cref="For"/>).</summary>
    public static AdaptiveCard? Build(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var lang = answer.Language;
        var vacancy = answer.Facts?.Vacancy is { } v && answer.VacancyIds.Contains(v.Id) ? v : null;
        var now = answer.Facts?.Now;
        var today = now is { } n ? Brussels.Today(n) : (DateOnly?)null;
        return answer.Facts switch
        {
            EligibilityPayload eligibility => EligibilityCard.Build(lang, eligibility.Result, vacancy),
            ProcedurePayload procedure => ProcedureCard.Build(lang, procedure.Result, answer.Text),
            SalaryPayload salary => SalaryCard.Build(lang, salary.Result, vacancy),
            DeadlinePayload deadline => TimelineCard.Build(lang, deadline.Status, TimelineEntry.FromSteps(vacancy?.SelectionSteps ?? [], today), vacancy?.PassRules ?? [], vacancy),
            ContactsPayload contacts => ContactCard.Build(lang, contacts.Contacts, vacancy),
            ScheduledDatesPayload dates => TimelineCard.Build(lang, Deadline(vacancy, now), TimelineEntry.FromDates(dates.Dates), [], vacancy),
            SelectionStepsPayload { SelectionSteps.Count: > 0 } selection =>
                TimelineCard.Build(lang, Deadline(vacancy, now), TimelineEntry.FromSteps(selection.SelectionSteps, today), selection.PassRules, vacancy),
            AssignmentReturnPayload { Steps.Count: > 0 } assignment =>
                TimelineCard.Build(lang, Deadline(vacancy, now), TimelineEntry.FromSteps(assignment.Steps, today), [], vacancy),
            _ => null,
        };
    }

    /// <summary>The application deadline of the vacancy: its status at <paramref name="now"/>, or only its last day without a clock.</summary>
    private static DeadlineStatus? Deadline(VacancyFacts? vacancy, DateTimeOffset? now) =>
        vacancy?.ApplicationDeadline is not { } deadline ? null
            : now is { } n ? DeadlineTool.Evaluate(vacancy, n)
            : new DeadlineStatus
            {
                Status = "stated",
                Deadline = deadline,
                LastDay = deadline.Time is null ? deadline.LastDay : deadline.Date,
                LastTime = deadline.Time,
                YearInferred = deadline.YearInferred,
            };
}
