using System.Globalization;
using Assistant.Core.Facts;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Cards.Elements;
using Assistant.Tools.Deadlines;

namespace Assistant.Dialogs.Cards.Answers;

/// <summary>
/// The selection timeline: the application deadline first (with the days left or "closed"), then one row per step
/// with its dates and how the document hedges them (week of, morning, subject to change), its points and pass mark,
/// and the overall pass rules at the end.
/// </summary>
public static class TimelineCard
{
    /// <summary>
    /// The card, or null when there is nothing dated or scored to show. A <paramref name="deadline"/> whose status is
    /// "open" or "closed" shows the time left; any other status with a <see cref="DeadlineStatus.LastDay"/> shows only the date.
    /// </summary>
    public static AdaptiveCard? Build(string lang, DeadlineStatus? deadline, IReadOnlyList<TimelineEntry> entries, IReadOnlyList<PassRule> rules, VacancyFacts? vacancy = null)
    {
        var rows = new List<CardElement>();
        if (deadline is { LastDay: { } lastDay })
        {
            rows.Add(DeadlineRow(lang, deadline, lastDay));
        }

        var showable = entries.Where(e => e.Dates.Count > 0 || e.Step.MaxPoints is not null || e.Step.PassMark is not null).ToList();
        foreach (var entry in showable)
        {
            rows.Add(StepRow(lang, entry, separator: rows.Count > 0));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var body = new List<CardElement> { CardKit.Title(Texts.Get(lang, "card.timeline.title")) };
        body.AddRange(CardKit.VacancyLine(lang, vacancy));
        body.AddRange(rows);
        var ruleTexts = rules.Where(r => Texts.Has(lang, "proc.rule." + r.Kind))
            .Select(r => Texts.Get(lang, "proc.rule." + r.Kind, ("percent", r.Percent), ("count", r.Count), ("step", r.Step)))
            .ToList();
        if (ruleTexts.Count > 0)
        {
            body.Add(new TextBlock(Texts.Get(lang, "proc.rules", ("rules", Format.List(lang, ruleTexts)))) { Wrap = true, Spacing = CardSpacing.Medium, Separator = true });
        }

        return new AdaptiveCard(body) { Lang = lang };
    }

    private static ColumnSet DeadlineRow(string lang, DeadlineStatus status, DateOnly lastDay)
    {
        var when = CardKit.Capitalise(lang, Format.Date(lang, lastDay, weekday: true)) + (status.LastTime is { } t ? Texts.Get(lang, "time.at", ("time", Format.Time(t))) : "");
        var state = status switch
        {
            { Status: "closed" } => Texts.Get(lang, "card.timeline.closed"),
            { Status: "open", ClosesToday: true } => Texts.Get(lang, "card.timeline.today"),
            { Status: "open", DaysLeft: 1 } => Texts.Get(lang, "card.timeline.daysLeft.one"),
            { Status: "open", DaysLeft: { } days } => Texts.Get(lang, "card.timeline.daysLeft", ("days", days)),
            _ => null,
        };
        var closed = status.Status == "closed";
        return Row(
            when,
            status.YearInferred ? Texts.Get(lang, "card.timeline.yearInferred") : null,
            Texts.Get(lang, "card.timeline.deadline"),
            state,
            closed ? TextColor.Attention : TextColor.Accent,
            subtle: false,
            separator: false,
            dated: true);
    }

    private static ColumnSet StepRow(string lang, TimelineEntry entry, bool separator)
    {
        var step = entry.Step;
        var when = entry.Dates.Count > 0 ? CardKit.Capitalise(lang, CardKit.Dates(lang, entry.Dates)) : Texts.Get(lang, "card.timeline.noDate");
        var details = Details(lang, step);
        if (entry.Past)
        {
            details.Add(Texts.Get(lang, "card.timeline.past"));
        }

        var name = step.Parent is null ? DocumentText.Quote(lang, step.Name) : "↳ " + DocumentText.Quote(lang, step.Name);
        return Row(when, CardKit.Qualifiers(lang, entry.Dates), name, details.Count == 0 ? null : string.Join("; ", details), TextColor.Default, entry.Past, separator, dated: entry.Dates.Count > 0);
    }

    private static ColumnSet Row(string when, string? qualifiers, string name, string? details, TextColor nameColor, bool subtle, bool separator, bool dated)
    {
        var left = new List<CardElement> { new TextBlock(when) { Wrap = true, Weight = subtle || !dated ? TextWeight.Default : TextWeight.Bolder, IsSubtle = subtle || !dated } };
        if (qualifiers is not null)
        {
            left.Add(CardKit.Subtle(qualifiers));
        }

        var right = new List<CardElement> { new TextBlock(name) { Wrap = true, Weight = TextWeight.Bolder, Color = nameColor, IsSubtle = subtle } };
        if (details is not null)
        {
            right.Add(CardKit.Subtle(details));
        }

        return new ColumnSet([new Column(left) { Width = ColumnWidth.Weight(2) }, new Column(right) { Width = ColumnWidth.Weight(3) }])
        {
            Separator = separator,
            Spacing = CardSpacing.Medium,
        };
    }

    private static List<string> Details(string lang, SelectionStep step)
    {
        var details = new List<string>();
        if (step.MaxPoints is { } points) details.Add(Texts.Get(lang, "proc.points", ("points", Format.Number(lang, points))));
        if (Format.PassMark(lang, step.PassMark) is { } mark) details.Add(Texts.Get(lang, "proc.passmark", ("mark", mark)));
        if (step.Eliminating && step.PassMark is null) details.Add(Texts.Get(lang, "proc.eliminating"));
        if (!step.CountsInFinal) details.Add(Texts.Get(lang, "proc.notCounted"));
        if (step.Weight is { } weight) details.Add(Texts.Get(lang, "proc.weight", ("weight", Format.Weight(weight))));
        if (step.Conditional) details.Add(step.AppliesTo is { } who ? Texts.Get(lang, "proc.conditional", ("who", DocumentText.Quote(lang, who))) : Texts.Get(lang, "proc.conditional.some"));
        return details;
    }
}
