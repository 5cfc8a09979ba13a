using System.Collections;
using System.Text.Json.Nodes;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Dialogs.Cards.Answers;
using Assistant.Dialogs.Cards.Elements;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Salary;
using Assistant.Tools.Time;

namespace Assistant.Dialogs.Cards;

/// <summary>
/// The Adaptive Card (schema 1.5) for an answer, built from its structured <see cref="Answer.Facts"/>: an eligibility
/// checklist, a salary table, a selection timeline or a contact card. Plain answers get none: the text says it all.
/// Send the card as an attachment with content type <see cref="ContentType"/>.
/// </summary>
public static class AnswerCards
{
    /// <summary>The attachment content type of the cards ("application/vnd.microsoft.card.adaptive").</summary>
    public const string ContentType = AdaptiveCard.ContentType;

    /// <summary>The card JSON for <paramref name="answer"/>, or null when it needs no card.</summary>
    /// <param name="answer">The answer; its language picks the texts, its facts the kind of card.</param>
    /// <param name="vacancy">The vacancy answered about, when the caller has it: adds its name, and the application deadline to a timeline.</param>
    /// <param name="now">The turn's clock: marks past steps and gives the days left before the deadline.</param>
    public static JsonObject? For(Answer answer, VacancyFacts? vacancy = null, DateTimeOffset? now = null) =>
        Build(answer, vacancy, now)?.ToJson();

    /// <summary>The typed card for <paramref name="answer"/>, or null (see <see cref="For"/>).</summary>
    public static AdaptiveCard? Build(Answer answer, VacancyFacts? vacancy = null, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var lang = answer.Language;
        vacancy = vacancy is not null && answer.VacancyIds.Contains(vacancy.Id) ? vacancy : null;
        var today = now is { } n ? Brussels.Today(n) : (DateOnly?)null;
        return answer.Facts switch
        {
            EligibilityResult eligibility => EligibilityCard.Build(lang, eligibility, vacancy),
            Procedures.Answers.ProcedureResult procedure => ProcedureCard.Build(lang, procedure, answer.Text),
            SalaryAnswer salary => SalaryCard.Build(lang, salary, vacancy),
            DeadlineStatus status => TimelineCard.Build(lang, status, TimelineEntry.FromSteps(vacancy?.SelectionSteps ?? [], today), vacancy?.PassRules ?? [], vacancy),
            Contact contact => ContactCard.Build(lang, [contact], vacancy),
            IEnumerable<Contact> contacts => ContactCard.Build(lang, contacts.ToList(), vacancy),
            IEnumerable<ScheduledDate> dates => TimelineCard.Build(lang, Deadline(vacancy, now), TimelineEntry.FromDates(dates), [], vacancy),
            IEnumerable<SelectionStep> steps => TimelineCard.Build(lang, Deadline(vacancy, now), TimelineEntry.FromSteps(steps, today), vacancy?.PassRules ?? [], vacancy),
            { } other when Property<SelectionStep>(other) is { Count: > 0 } steps =>
                TimelineCard.Build(lang, Deadline(vacancy, now), TimelineEntry.FromSteps(steps, today), Property<PassRule>(other) ?? [], vacancy),
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

    /// <summary>
    /// A list of <typeparamref name="T"/> held by a composite facts object (the procedure answer's
    /// <c>{ SelectionSteps, PassRules }</c>), read from its public properties.
    /// </summary>
    private static IReadOnlyList<T>? Property<T>(object facts)
    {
        if (facts is string or IEnumerable)
        {
            return null;
        }

        foreach (var property in facts.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length == 0 && typeof(IEnumerable<T>).IsAssignableFrom(property.PropertyType)
                && property.GetValue(facts) is IEnumerable<T> values)
            {
                return values.ToList();
            }
        }

        return null;
    }
}
