using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Understanding.Entities;
using Assistant.Tools.Deadlines;
using Assistant.Tools.Time;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// "Until when is the reserve valid if the final report is dated X?": the reserve's first and last day computed from
/// the date the user gives and the document's rule (validity, start rule, extensions), with that rule quoted. When the
/// document does not say from when the reserve runs, the end date is given as counted from the user's date, and said so.
/// </summary>
public static class ReserveAnswers
{
    /// <summary>The dated answer, or null when the question gives no date or the vacancy no validity.</summary>
    public static Answer? WithReportDate(TurnContext t, VacancyFacts v)
    {
        if (v.Reserve is not { ValidityYears: { } years } reserve || QuestionDates.Find(t.Text, Brussels.Today(t.Now)) is not { } report
            || DeadlineTool.ReservePeriod(reserve, report) is not { } period)
        {
            return null;
        }

        var lang = t.Language;
        var text = new StringBuilder(reserve.StartRule is null
            ? Texts.Get(lang, "reserve.until.noStart", ("report", Format.Date(lang, report)), ("years", Format.Number(lang, years)), ("end", Format.Date(lang, period.End)))
            : Texts.Get(lang, "reserve.until", ("report", Format.Date(lang, report)), ("start", Format.Date(lang, period.Start)), ("end", Format.Date(lang, period.End))));
        if (reserve.ExtendableToYears is { } longest && DeadlineTool.ReservePeriod(reserve, report, longest) is { } extended)
        {
            text.Append(' ').Append(Texts.Get(lang, "reserve.until.extended", ("years", Format.Number(lang, longest)), ("end", Format.Date(lang, extended.End))));
        }
        else if (reserve.Extendable)
        {
            text.Append(' ').Append(Texts.Get(lang, "reserve.until.extendable"));
        }

        text.Append('\n').Append(Texts.Get(lang, "reserve.rule", ("quote", reserve.Citation.Quote)));
        return AnswerKit.Make(t, Intents.Procedure, AnswerSources.Rules, text.ToString(), [v.Id], [reserve.Citation], new ReservePeriodPayload(reserve, report, period.Start, period.End));
    }
}
