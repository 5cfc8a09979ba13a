using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Answering.Hr;
using Assistant.Dialogs.Cards.Elements;
using Assistant.Procedures.Answers;

namespace Assistant.Dialogs.Cards.Answers;

/// <summary>
/// The card of a procedure answer (Teams): steps and checklists as a numbered list, a computed date in large type with
/// how it was counted, otherwise the answer's first line; then the Dutch source quotes with document and article.
/// </summary>
public static class ProcedureCard
{
    /// <summary>The card, or null for results that carry no quote (individual cases, "not available", none).</summary>
    public static AdaptiveCard? Build(string lang, ProcedureResult result, string answerText)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(answerText);
        if (result.Units.Count == 0)
        {
            return null;
        }

        var first = result.Units[0];
        var lines = answerText.Split('\n');
        var body = new List<CardElement>();
        if (result.Kind == "steps")
        {
            body.Add(CardKit.Title(first.Section.Length > 0 ? first.Section : Texts.Get(lang, "hr.card.steps")));
            if (first.ListIntro is { } intro)
            {
                body.Add(CardKit.Line(intro));
            }

            body.AddRange(result.Units.Select((u, i) => new TextBlock($"{i + 1}. {DocumentText.Quote(lang, u.Text)}") { Wrap = true, Spacing = CardSpacing.Small }));
            body.Add(CardKit.Subtle(Texts.Get(lang, "hr.card.source", ("document", first.DocumentTitle), ("label", HrAnswers.Place(first)))));
            return new AdaptiveCard(body) { Lang = lang };
        }

        if (result.Kind == "computed" && result.Date is { } date)
        {
            body.Add(CardKit.Title(CardKit.Capitalise(lang, Format.Date(lang, date.Date, weekday: true))));
        }

        body.Add(CardKit.Line(lines[0]));
        if (result.Kind == "computed" && lines.Length > 1)
        {
            body.Add(CardKit.Subtle(lines[1]));
        }

        foreach (var u in result.Units)
        {
            body.Add(CardKit.Heading(Texts.Get(lang, "hr.card.source", ("document", u.DocumentTitle), ("label", HrAnswers.Place(u)))));
            body.Add(new TextBlock("“" + u.Text + "”") { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = CardSpacing.None });
        }

        return new AdaptiveCard(body) { Lang = lang };
    }
}
