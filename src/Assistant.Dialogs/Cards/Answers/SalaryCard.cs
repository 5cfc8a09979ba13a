using Assistant.Core.Facts;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Cards.Elements;
using Assistant.Tools.Salary;

namespace Assistant.Dialogs.Cards.Answers;

/// <summary>
/// The salary table: every published amount with its seniority and period, the amount that answers the question
/// highlighted (a computed one added as its own row), then how experience counts for seniority as a FactSet.
/// </summary>
public static class SalaryCard
{
    /// <summary>The card, or null when the vacancy publishes no amounts (the text answer says so).</summary>
    public static AdaptiveCard? Build(string lang, SalaryAnswer answer, VacancyFacts? vacancy = null)
    {
        if (answer.Salary is not { } salary || (salary.Published.Count == 0 && answer.Computed is null))
        {
            return null;
        }

        var period = Texts.Get(lang, salary.Period == SalaryPeriod.Hour ? "score5.period.hour" : "period." + salary.Period.ToString().ToLowerInvariant());
        var body = new List<CardElement> { CardKit.Title(Texts.Get(lang, "card.salary.title", ("period", period))) };
        body.AddRange(CardKit.VacancyLine(lang, vacancy));
        body.Add(AmountTable(lang, answer, salary, period));
        if (salary.Period == SalaryPeriod.Year && answer.OtherPeriodAmount is { } monthly && Answered(answer) is not null)
        {
            body.Add(CardKit.Subtle(Texts.Get(lang, "salary.other", ("amount", Format.Money(lang, monthly)), ("period", Texts.Get(lang, "period.month")))));
        }

        if (answer.Counting.Count > 0)
        {
            body.Add(CardKit.Heading(Texts.Get(lang, "card.salary.counting")));
            body.Add(new FactSet(answer.Counting.Select(c => new Fact(
                CardKit.Capitalise(lang, Texts.Get(lang, "kind." + (c.Kind == "any" ? "anyexp" : c.Kind))),
                Texts.Get(lang, "card.salary.counted", ("given", Format.Number(lang, c.Given)), ("counted", Format.Number(lang, c.Counted))))).ToList()) { Spacing = CardSpacing.Small });
        }

        if (salary.Caps.Count > 0)
        {
            body.Add(CardKit.Heading(Texts.Get(lang, "card.salary.caps")));
            body.Add(new FactSet(salary.Caps.Select(c => new Fact(CardKit.Capitalise(lang, Texts.Get(lang, "kind." + c.Kind)), Cap(lang, c))).ToList()) { Spacing = CardSpacing.Small });
            body.AddRange(salary.Caps.Select(c => c.Citation).DistinctBy(c => c.Quote).Select(CardKit.Quote));
        }

        return new AdaptiveCard(body) { Lang = lang };
    }

    private static Table AmountTable(string lang, SalaryAnswer answer, Salary salary, string period)
    {
        var answered = Answered(answer);
        var rows = new List<TableRow>
        {
            new([
                TableCell.Text(Texts.Get(lang, "card.salary.col.seniority"), TextWeight.Bolder),
                TableCell.Text(Texts.Get(lang, "card.salary.col.amount"), TextWeight.Bolder),
                TableCell.Text(Texts.Get(lang, "card.salary.col.period"), TextWeight.Bolder),
            ]),
        };
        var points = salary.Published
            .OrderBy(p => p.SeniorityYears ?? (p.Bound == "max" ? int.MaxValue : 0))
            .ThenBy(p => p.Amount)
            .Select(p => (Label: PointLabel(lang, p), p.Amount, Highlight: answer.Computed is null && p.Amount == answered))
            .ToList();
        if (answer.Computed is { } computed)
        {
            var years = Years(lang, (int)Math.Floor(answer.SeniorityYears ?? 0));
            var at = points.FindIndex(p => p.Amount > computed);
            points.Insert(at < 0 ? points.Count : at, (Texts.Get(lang, "card.salary.computed", ("years", years)), computed, true));
        }

        rows.AddRange(points.DistinctBy(p => (p.Label, p.Amount)).Select(p => new TableRow(
        [
            TableCell.Text(p.Label, p.Highlight ? TextWeight.Bolder : TextWeight.Default),
            TableCell.Text(Format.Money(lang, p.Amount), p.Highlight ? TextWeight.Bolder : TextWeight.Default),
            TableCell.Text(period),
        ]) { Style = p.Highlight ? ContainerStyle.Accent : ContainerStyle.Default }));
        return new Table(
            [new TableColumnDefinition(3), new TableColumnDefinition(3) { HorizontalCellContentAlignment = CellAlignment.Right }, new TableColumnDefinition(2)],
            rows)
        { Spacing = CardSpacing.Medium };
    }

    /// <summary>The amount the answer gives: the published one at the seniority (or the start), else the computed one.</summary>
    private static decimal? Answered(SalaryAnswer answer) => answer.Kind is "start" or "at-seniority" ? answer.Exact?.Amount ?? answer.Computed : null;

    private static string PointLabel(string lang, SalaryPoint p) => p switch
    {
        { SeniorityYears: 0 } or { SeniorityYears: null, Bound: "min" } => Texts.Get(lang, "card.salary.start"),
        { SeniorityYears: { } years } => Years(lang, years),
        { Bound: "max" } => Texts.Get(lang, "card.salary.max"),
        _ => p.Label.Trim(' ', ',', ':'),
    };

    private static string Years(string lang, int years) =>
        years == 1 ? Texts.Get(lang, "card.salary.years.one") : Texts.Get(lang, "card.salary.years", ("years", years));

    private static string Cap(string lang, ExperienceCap cap)
    {
        var text = cap.MaxYears == 0 ? Texts.Get(lang, "sal18.card.salary.cap.none")
            : cap.MaxYears is { } max ? Texts.Get(lang, "card.salary.cap.max", ("years", max)) : Texts.Get(lang, "card.salary.cap.full");
        return cap.RelevantOnly ? Texts.Get(lang, "card.salary.cap.relevant", ("cap", text)) : text;
    }
}
