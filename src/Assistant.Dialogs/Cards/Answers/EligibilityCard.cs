using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Answering.Composers;
using Assistant.Dialogs.Cards.Elements;
using Assistant.Tools.Eligibility;

namespace Assistant.Dialogs.Cards.Answers;

/// <summary>
/// The eligibility checklist: the verdict as a headline, each requirement of the deciding route marked
/// (✔ met, ✘ not met, ? unknown, → still to pass) with its Dutch source sentence, the general requirements, and
/// for a need-info verdict buttons that answer the missing question (a press acts like typing the sentence).
/// </summary>
public static class EligibilityCard
{
    private static readonly string[] DiplomaChoices = ["bachelor", "master", "secondary", "none"];

    public static AdaptiveCard Build(string lang, EligibilityResult result, VacancyFacts? vacancy = null)
    {
        var body = new List<CardElement> { CardKit.Title(Texts.Get(lang, "card.elig.title." + result.Verdict), VerdictColor(result.Verdict)) };
        body.AddRange(CardKit.VacancyLine(lang, vacancy));
        if (result.Route is { } route)
        {
            body.Add(new TextBlock(Texts.Get(lang, "card.elig.route", ("route", EligibilityAnswers.RouteText(lang, route.Route)))) { Wrap = true, Spacing = CardSpacing.Medium });
            var quoted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var check in route.Checks)
            {
                body.Add(CheckRow(lang, check, result, quoted.Add(check.Citation.Quote)));
            }
        }

        if (result.Verdict == Verdicts.NeedInfo && result.Missing.Count > 0)
        {
            var missing = result.Missing.Select(m => Texts.Has(lang, "elig.missing." + m) ? Texts.Get(lang, "elig.missing." + m) : m).ToList();
            body.Add(new TextBlock(Texts.Get(lang, "card.elig.missing", ("missing", Format.List(lang, missing)))) { Wrap = true, Spacing = CardSpacing.Medium, Color = TextColor.Warning });
            if (Texts.Has(lang, "elig.ask." + result.Missing[0]))
            {
                body.Add(CardKit.Line(Texts.Get(lang, "elig.ask." + result.Missing[0])));
            }
        }

        if (result.Reminders.Count > 0)
        {
            body.Add(CardKit.Heading(Texts.Get(lang, "card.elig.reminders")));
            body.AddRange(result.Reminders.Select(r => new TextBlock("• " + CardKit.Capitalise(lang, General(lang, r))) { Wrap = true, Spacing = CardSpacing.None }));
        }

        if (result.ReferenceDate is { } reference)
        {
            body.Add(new TextBlock(Texts.Get(lang, "elig.referenceDate", ("date", Format.Date(lang, reference.Date)))) { Wrap = true, IsSubtle = true, Spacing = CardSpacing.Medium });
        }

        var actions = result.Verdict == Verdicts.NeedInfo && result.Missing.Contains("diploma")
            ? DiplomaChoices.Select(d => (CardAction)SubmitAction.Says(Texts.Get(lang, "action.diploma." + d), Texts.Get(lang, "answer.diploma." + d))).ToList()
            : [];
        return new AdaptiveCard(body) { Lang = lang, Actions = actions };
    }

    private static ColumnSet CheckRow(string lang, RequirementCheck check, EligibilityResult result, bool withQuote)
    {
        var (mark, color) = check.Outcome switch
        {
            "met" => ("✔", TextColor.Good),
            "not-met" => ("✘", TextColor.Attention),
            "condition" => ("→", TextColor.Accent),
            _ => ("?", TextColor.Warning),
        };
        var items = new List<CardElement>
        {
            new TextBlock(Label(lang, check, result.Route!.Route) + " — " + Texts.Get(lang, "card.outcome." + check.Outcome)) { Wrap = true },
        };
        if (check.Requirement == "test")
        {
            var dates = result.NextSteps.SelectMany(s => s.Dates).ToList();
            if (dates.Count > 0)
            {
                var planned = CardKit.Dates(lang, dates) + (CardKit.Qualifiers(lang, dates) is { } q ? ", " + q : "");
                items.Add(CardKit.Subtle(Texts.Get(lang, "card.check.planned", ("dates", planned))));
            }
        }

        if (withQuote)
        {
            items.Add(CardKit.Quote(check.Citation));
        }

        return new ColumnSet(
        [
            new Column([new TextBlock(mark) { Color = color, Weight = TextWeight.Bolder }]) { Width = ColumnWidth.Auto },
            new Column(items) { Width = ColumnWidth.Stretch },
        ]) { Spacing = CardSpacing.Small };
    }

    private static string Label(string lang, RequirementCheck check, AdmissionRoute route)
    {
        var label = check.Requirement switch
        {
            "diploma" when check.Required is null or "none" => Texts.Get(lang, "card.check.diploma.none"),
            "diploma" => CardKit.Capitalise(lang, Level(lang, check.Required)) + (route.EquivalentAccepted ? Texts.Get(lang, "route.equivalent") : ""),
            "diploma-field" => Texts.Get(lang, "card.check.diploma-field", ("field", check.Required)),
            "experience" or "experience-kind" => Texts.Get(lang, "card.check.experience", ("years", check.Required), ("kind", Kind(lang, route.ExperienceKind)), ("domain", Domain(lang, route.ExperienceKind))),
            "test" => Texts.Get(lang, "card.check.test", ("test", EligibilityAnswers.TestName(lang, check.Required ?? ""))),
            _ => Texts.Get(lang, "card.check.internal"),
        };
        return check.Given is not { } given ? label
            : check.Requirement.StartsWith("experience", StringComparison.Ordinal) ? label + " (" + Texts.Get(lang, "card.check.given.years", ("given", given)) + ")"
            : label + " (" + Texts.Get(lang, "card.check.given", ("given", Given(lang, check.Requirement, given))) + ")";
    }

    private static string Level(string lang, string? level) =>
        level is not null && Texts.Has(lang, "card.level." + level) ? Texts.Get(lang, "card.level." + level) : level ?? "";

    private static string Given(string lang, string requirement, string given) =>
        requirement != "diploma" ? given
            : given.StartsWith("no-", StringComparison.Ordinal) && Texts.Has(lang, "given." + given) ? Texts.Get(lang, "given." + given)
            : Level(lang, given);

    private static string Kind(string lang, string? kind) =>
        kind is "relevant" or "leadership" ? Texts.Get(lang, "kind." + kind) : "";

    private static string Domain(string lang, string? kind) =>
        kind?.StartsWith("domain:", StringComparison.Ordinal) == true ? Texts.Get(lang, "route.domain", ("words", kind[7..])) : "";

    private static string General(string lang, GeneralRequirement g) => g.Kind switch
    {
        "nationality" => Texts.Get(lang, "general.nationality", ("value", g.Value)),
        "conduct" when g.MaxAgeMonths is { } m => Texts.Get(lang, "general.conduct.age", ("months", m)),
        "licence" => Texts.Get(lang, "general.licence", ("value", g.Value)),
        "certificate" => g.Value ?? g.Citation.Quote,
        "availability" => Texts.Get(lang, "general.availability", ("value", EligibilityAnswers.TimesOf(lang, g.Value))),
        _ => Texts.Has(lang, "general." + g.Kind) ? Texts.Get(lang, "general." + g.Kind) : g.Citation.Quote,
    };

    private static TextColor VerdictColor(string verdict) => verdict switch
    {
        "eligible" => TextColor.Good,
        "conditional" => TextColor.Accent,
        "not-eligible" => TextColor.Attention,
        _ => TextColor.Warning,
    };
}
