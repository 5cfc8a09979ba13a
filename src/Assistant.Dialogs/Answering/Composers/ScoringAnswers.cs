using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Tools.Scoring;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Scoring answers: per step the score, the minimum that applies and pass/fail; the total; the overall verdict.</summary>
public static partial class ScoringAnswers
{
    public static Answer Compose(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var citations = new List<Citation?>();
        if (t.Analysis.Scores.Count == 1 && Together().IsMatch(t.Text) && ScoringTool.EvaluateTotal(v, t.Analysis.Scores[0]) is { TotalScore: { } whole } totalOnly)
        {
            // "62 op 100 voor beide samen": one figure for the whole, judged against the rule for the total.
            var (sum, max, need) = (whole.Points!.Value, whole.OutOf!.Value, totalOnly.RequiredTotalPercent!.Value);
            var said = Texts.Get(lang, "score.total.points", ("score", $"{Format.Number(lang, sum)}/{Format.Number(lang, max)}"), ("percent", Format.Number(lang, totalOnly.TotalPercent!.Value)),
                ("required", Format.Number(lang, need)), ("minimum", Format.Number(lang, Math.Round(need * max / 100, 1))))
                + " " + Texts.Get(lang, totalOnly.Verdict == Verdicts.Fail ? "score.fail" : "score.pass");
            return AnswerKit.Make(t, Intents.Scoring, AnswerSources.Rules, said, [v.Id], [totalOnly.TotalRule], new ScoringPayload(totalOnly), totalOnly.Verdict);
        }

        var result = ScoringTool.Evaluate(v, t.Analysis.Scores, t.Text);
        if (t.Analysis.Scores.Count == 0 && RankMention.Find(t.Text) is { } rank && Ranked(t, v, rank) is { } ranked)
        {
            return ranked;
        }

        if (t.Analysis.Scores.Count == 0 && WhoGoesOn.Compose(t, v) is { } goesOn)
        {
            // "Komt iedereen door naar de schriftelijke proef?": no score to judge, a question about the rank rule.
            return goesOn;
        }

        if (result.Steps.Count == 0 && t.Analysis.Scores.Count == 0 && Marks(t, v) is { } marks)
        {
            return marks;
        }

        if (result.Steps.Count == 0)
        {
            var steps = v.SelectionSteps.Where(s => s.MaxPoints is not null || s.PassMark is not null).ToList();
            var help = Texts.Get(lang, "score.none", ("vacancy", Format.Vacancy(lang, v)));
            // Which steps there are, so that the candidate can name one ("schriftelijke proef (op 40)").
            var named = v.SelectionSteps.Where(s => s.Kind != "group").OrderBy(s => s.Order)
                .Select(s => s.MaxPoints is { } m ? Texts.Get(lang, "score5.step.max", ("step", s.Name), ("max", Format.Number(lang, m))) : s.Name).ToList();
            if (named.Count > 0)
            {
                help += " " + Texts.Get(lang, "score5.steps", ("steps", Format.List(lang, named)));
                steps = v.SelectionSteps.Where(s => s.Kind != "group").ToList();
            }

            return AnswerKit.Make(t, Intents.Scoring, AnswerSources.Rules, help, [v.Id], steps.Select(s => (Citation?)s.Citation), new ScoringPayload(result));
        }

        var text = new StringBuilder();
        foreach (var s in result.Steps)
        {
            if (s.Qualitative is not null)
            {
                text.Append(Texts.Get(lang, "score.step.qualitative", ("step", s.Step.Name), ("result", Texts.Get(lang, s.Step.PassMark?.Qualitative == "geslaagd" || s.Qualitative!.EndsWith("geslaagd", StringComparison.Ordinal)
                    ? (s.Passed ? "score.qualitative.passed" : "score.qualitative.failed")
                    : (s.Passed ? "score.suitable" : "score.unsuitable"))))).Append(' ');
            }
            else if (s.Points is { } p && s.OutOf is { } o && s.RequiredPercent is { } req)
            {
                var key = s.Passed ? "score.step.pass" : "score.step.fail";
                text.Append(Texts.Get(lang, key, ("step", s.Step.Name), ("score", $"{Format.Number(lang, p)}/{Format.Number(lang, o)}"),
                    ("percent", Format.Number(lang, Math.Round(p * 100 / o, 1))), ("required", Format.Number(lang, req)), ("minimum", Format.Number(lang, s.MinimumPoints ?? 0)), ("max", Format.Number(lang, o)))).Append(' ');
            }

            citations.Add(s.Rule);
            citations.Add(s.Step.Citation);
        }

        if (result.Weighted && result.TotalPercent is { } weightedTotal && result.RequiredTotalPercent is { } weightedRequired)
        {
            // "40% × 50 + 60% × 68 = 60,8": the weighted total with its terms, each step's percentage at its stated weight.
            var terms = result.Steps.Where(s => s.Points is not null && s.OutOf is not null && s.Step.Weight is not null)
                .Select(s => $"{Format.Number(lang, Math.Round(s.Step.Weight!.Value * 100, 2))}% × {Format.Number(lang, Math.Round(s.Points!.Value * 100 / s.OutOf!.Value, 2))}");
            text.Append(Texts.Get(lang, "num20.score.total.weighted", ("terms", string.Join(" + ", terms)), ("percent", Format.Number(lang, weightedTotal)),
                ("required", Format.Number(lang, weightedRequired)))).Append(' ');
            citations.Add(result.TotalRule);
        }
        else if (result.TotalPercent is { } total && result.RequiredTotalPercent is { } required)
        {
            // The points behind the percentages when the total is the sum of the given scores: "47/80 … minimum 48 points".
            var points = result.Steps.Where(s => s.Points is not null && s.OutOf is not null).ToList();
            var (sum, max) = (points.Sum(s => s.Points!.Value), points.Sum(s => s.OutOf!.Value));
            text.Append(max > 0 && points.Count == result.Steps.Count && Math.Round(sum * 100 / max, 1) == Math.Round(total, 1)
                ? Texts.Get(lang, "score.total.points", ("score", $"{Format.Number(lang, sum)}/{Format.Number(lang, max)}"), ("percent", Format.Number(lang, total)),
                    ("required", Format.Number(lang, required)), ("minimum", Format.Number(lang, Math.Round(required * max / 100, 1))))
                : Texts.Get(lang, "score.total", ("percent", Format.Number(lang, total)), ("required", Format.Number(lang, required)))).Append(' ');
            citations.Add(result.TotalRule);
        }

        foreach (var s in result.Unjudged)
        {
            text.Append(Texts.Get(lang, "score.step.noMark", ("step", s.Step.Name))).Append(' ');
            citations.Add(s.Step.Citation);
        }

        foreach (var need in result.Needed)
        {
            var key = need.Unreachable ? "num20.score.need.unreachable"
                : need.ForTotal && need.Step.Weight is { } && result.RequiredTotalPercent is not null ? "num20.score.need.weighted"
                : need.ForTotal ? "score.need.total" : "score.need";
            text.Append(Texts.Get(lang, key, ("step", need.Step.Name), ("minimum", Format.Number(lang, need.MinimumPoints)), ("max", Format.Number(lang, need.OutOf)),
                ("weight", Format.Number(lang, Math.Round((need.Step.Weight ?? 0) * 100, 2))), ("required", Format.Number(lang, result.RequiredTotalPercent ?? 0)))).Append(' ');
            citations.Add(need.Rule);
        }

        if (result.Unmatched.Count > 0)
        {
            // A score no step could take is said, with the steps there are, rather than dropped.
            var given = result.Unmatched.Select(u => u.Points is { } p ? (u.OutOf is { } o ? $"{Format.Number(lang, p)}/{Format.Number(lang, o)}" : Format.Number(lang, p)) : u.Qualitative ?? "").ToList();
            var named = v.SelectionSteps.Where(s => s.Kind != "group").OrderBy(s => s.Order)
                .Select(s => s.MaxPoints is { } m ? Texts.Get(lang, "score5.step.max", ("step", s.Name), ("max", Format.Number(lang, m))) : s.Name).ToList();
            text.Append(Texts.Get(lang, "score5.unmatched", ("scores", Format.List(lang, given)))).Append(' ');
            if (named.Count > 0)
            {
                text.Append(Texts.Get(lang, "score5.steps", ("steps", Format.List(lang, named)))).Append(' ');
            }
        }

        if (result.Verdict is null)
        {
            // A score no rule could judge: no verdict, and who can tell.
            text.Append(Texts.Get(lang, "score.unjudged"));
            if (Assistant.Tools.Lookups.LookupTool.ContactFor(v, "procedure") is { } contact)
            {
                text.Append(' ').Append(Format.Contact(lang, contact)).Append('.');
                citations.Add(contact.Citation);
            }
        }
        else
        {
            text.Append(Texts.Get(lang, result.Verdict == Verdicts.Fail ? "score.fail" : result.Remaining.Count > 0 ? "score.passSoFar" : "score.pass"));
            // "De 15 best gerangschikte kandidaten gaan door": passing is not yet going on; the rank decides, which no rule here knows.
            if (result.Verdict != Verdicts.Fail && v.PassRules.FirstOrDefault(r => r.Kind == "top-n" && r.Count is > 0) is { } top)
            {
                text.Append(' ').Append(Texts.Get(lang, "score5.topN", ("count", top.Count!.Value)));
                citations.Add(top.Citation);
            }
        }

        return AnswerKit.Make(t, Intents.Scoring, AnswerSources.Rules, text.ToString(), [v.Id], citations, new ScoringPayload(result), result.Verdict);
    }

    /// <summary>
    /// A place in a ranking instead of points ("ik was 11de na de praktische proef"): judged against the vacancy's rule that only
    /// the best N go on, when there is one such rule (or the question names the step of one); otherwise null and the usual answer.
    /// </summary>
    private static Answer? Ranked(TurnContext t, VacancyFacts v, int rank)
    {
        var rules = v.PassRules.Where(r => r.Kind == "top-n" && r.Count is > 0).ToList();
        if (rules.Count > 1)
        {
            var asked = StepConcepts.Of(t.Text);
            rules = [.. rules.Where(r => r.Step is { } step && StepConcepts.Of(step).Overlaps(asked))];
        }

        if (rules.Count != 1)
        {
            return null;
        }

        var rule = rules[0];
        var within = rank <= rule.Count!.Value;
        var text = Texts.Get(t.Language, within ? "num19.score.rankIn" : "num19.score.rankOut", ("vacancy", Format.Vacancy(t.Language, v)),
            ("count", rule.Count.Value), ("rank", rank));
        return AnswerKit.Make(t, Intents.Scoring, AnswerSources.Rules, text, [v.Id], [rule.Citation], null, within ? Verdicts.Pass : Verdicts.Fail);
    }

    /// <summary>"samen", "in totaal", "together", "in total", "overall", "combined", "au total", "ensemble": one figure for the whole.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:samen|samengeteld|in totaal|totaal|totaalscore|eindscore|together|in total|overall|combined|total score|au total|ensemble|score total|globalement)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Together();

    /// <summary>No score given: what each step (the one asked about, or all) needs, and the rule for the total; no verdict.</summary>
    private static Answer? Marks(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var marks = ScoringTool.Marks(v, t.Text);
        var total = v.PassRules.FirstOrDefault(r => r.Kind == "total");
        if (marks.Count == 0 && total is null)
        {
            return null;
        }

        var lines = new List<string>();
        var citations = new List<Citation?>();
        foreach (var m in marks)
        {
            var mark = m.Qualitative is { } q ? Texts.Get(lang, "proc.passmark.qualitative", ("mark", q))
                : m.RequiredPercent is { } pct ? (m.MinimumPoints is { } min && m.OutOf is { } max ? $"{Format.Number(lang, min)}/{Format.Number(lang, max)} ({Format.Number(lang, pct)}%)" : $"{Format.Number(lang, pct)}%")
                : Format.PassMark(lang, m.Step.PassMark);
            lines.Add(mark is null || !m.Judged ? Texts.Get(lang, "score.step.noMark", ("step", m.Step.Name))
                : m.Qualitative is not null ? Texts.Get(lang, "score.step.qualitative", ("step", m.Step.Name), ("result", mark))
                : Texts.Get(lang, "score.mark", ("step", m.Step.Name), ("mark", mark)));
            citations.Add(m.Rule);
            citations.Add(m.Step.Citation);
        }

        if (total?.Percent is { } totalPercent)
        {
            lines.Add(Texts.Get(lang, "proc.rules", ("rules", Texts.Get(lang, "proc.rule.total", ("percent", totalPercent)))));
            citations.Add(total.Citation);
        }

        return AnswerKit.Make(t, Intents.Scoring, AnswerSources.Rules, string.Join(" ", lines), [v.Id], citations, new StepMarksPayload(marks));
    }
}
