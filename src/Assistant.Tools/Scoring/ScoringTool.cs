using Assistant.Core.Facts;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Scoring;

/// <summary>Pass/fail per step and overall from the vacancy's pass marks, each-step and total rules and qualitative steps.</summary>
public static class ScoringTool
{
    /// <summary>Matches each reported score to a step and judges it; overall pass needs every step passed and the total rule met.</summary>
    /// <param name="facts">The vacancy.</param>
    /// <param name="scores">The scores the candidate gave.</param>
    /// <param name="question">The question, when known: a step it names without a score is one still to come, whatever its place.</param>
    public static ScoringResult Evaluate(VacancyFacts facts, IReadOnlyList<ScoreMention> scores, string? question = null)
    {
        var steps = facts.SelectionSteps.Where(s => s.Kind != "group").ToList();
        var eachStep = facts.PassRules.FirstOrDefault(r => r.Kind == "each-step");
        var total = facts.PassRules.FirstOrDefault(r => r.Kind == "total");
        var used = new HashSet<SelectionStep>();
        var results = new List<StepScore>();
        var unmatched = new List<ScoreMention>();
        var matched = new List<(ScoreMention Score, SelectionStep Step)>();
        foreach (var score in scores)
        {
            var step = Match(score, steps, used);
            if (step is null)
            {
                unmatched.Add(score);
                continue;
            }

            used.Add(step);
            matched.Add((score, step));
        }

        // "26/50 schriftelijk en 33/50 voor het andere": a score no name placed goes to the one step left that can take it.
        foreach (var (score, step) in Placed(unmatched, steps, used))
        {
            unmatched.Remove(score);
            used.Add(step);
            matched.Add((score, step));
        }

        foreach (var (score, step) in matched)
        {
            // "60%" on a step out of 60 points is 36 of 60, so that the total counts the step at its own weight.
            var read = score is { IsPercent: true, Points: { } pct } && step.MaxPoints is { } max && max > 0 && max != 100
                ? score with { Points = Math.Round(pct * max / 100m, 2), OutOf = max }
                : score;
            results.Add(Judge(step, read, eachStep));
        }

        if (results.Count == 0)
        {
            return new ScoringResult { VacancyId = facts.Id, Remaining = steps.Where(s => s.PassMark is not null || eachStep is not null).ToList() };
        }

        var pointed = results.Where(r => r.Points is not null && (r.OutOf ?? r.Step.MaxPoints) is not null && r.Step.CountsInFinal).ToList();
        // "Dit deel weegt voor 40%": when the steps that count state their weights, the total is the weighted mean of the
        // steps' percentages, not the sum of their points (50/100 at 40% and 68/100 at 60% make 60.8, not 59).
        var weighted = IsWeighted(steps, pointed);
        decimal? exactTotal = pointed.Count == 0 ? null
            : weighted ? pointed.Sum(r => r.Step.Weight!.Value * Percent(r)) / pointed.Sum(r => r.Step.Weight!.Value)
            : pointed.Sum(r => r.Points!.Value) * 100 / pointed.Sum(r => (r.OutOf ?? r.Step.MaxPoints)!.Value);
        decimal? totalPercent = exactTotal is { } t ? Math.Round(t, 1) : null;
        var remaining = steps.Where(s => !used.Contains(s) && s.Order > results.Max(r => r.Step.Order)).ToList();
        if (question is not null)
        {
            // "How much do I need on the interview? I had 30/40 on the case": the interview is still to come even when the
            // document lists it first, so the total waits for it and what it needs is said.
            var (words, concepts) = (Words(question), StepConcepts.Of(question));
            remaining.AddRange(steps.Where(s => !used.Contains(s) && !remaining.Contains(s) && s.Kind is not ("screening" or "background-check")
                && s.MaxPoints is > 0 && Fit(s, words, concepts) >= 2));
            remaining = [.. remaining.OrderBy(s => s.Order)];
        }

        // The total rule is judged only once every step that counts is known; before that it sets what the next steps need.
        var totalOpen = remaining.Any(s => s.CountsInFinal && (s.MaxPoints is > 0 || weighted && s.Weight is > 0
            || (s.MaxPoints is null && s.PassMark?.Qualitative is null && s.Kind is "written" or "oral" or "interview" or "assignment")));
        // A score that matched no step may belong in the total: the total is judged only when every score was placed.
        totalOpen |= unmatched.Count > 0;
        // A step without a mark of its own is judged by the total alone when every score has its maximum: a total under the
        // rule fails, a total that meets it passes (the rule the document states for the whole).
        var byTotal = !totalOpen && total?.Percent is not null && results.All(r => r.Judged || r.Points is not null && r.OutOf is not null && r.Step.CountsInFinal && !r.Step.Eliminating)
            && results.All(r => r.Points is null || r.OutOf is not null);
        var failed = results.Any(r => r.Judged && !r.Passed) || (!totalOpen && total?.Percent is { } need && exactTotal is { } sum && sum < need && (results.All(r => r.Judged) || byTotal));
        var unjudged = results.Any(r => !r.Judged) && !byTotal || (!totalOpen && total?.Percent is not null && exactTotal is null);
        return new ScoringResult
        {
            VacancyId = facts.Id,
            // A failed step with a known mark is a fail whatever else; a pass needs every reported step judged.
            // A score that matched no step leaves a pass open: it may be the one that fails.
            Verdict = failed ? "fail" : unjudged || unmatched.Count > 0 ? null : "pass",
            Unmatched = unmatched,
            Steps = results,
            TotalPercent = totalOpen ? null : totalPercent,
            RequiredTotalPercent = total?.Percent,
            TotalRule = total?.Citation,
            Remaining = remaining,
            Needed = failed ? [] : weighted ? WeightedNeeds(remaining, pointed, eachStep, total) : Needs(remaining, results, eachStep, total),
            Weighted = weighted && !totalOpen,
        };
    }

    /// <summary>
    /// Whether the total is a weighted one: at least two steps that count state a weight, and every scored step that counts
    /// is one of them (a step without a weight beside weighted ones leaves the weighting unknown, so points are summed).
    /// </summary>
    private static bool IsWeighted(List<SelectionStep> steps, List<StepScore> pointed) =>
        pointed.Count > 0 && steps.Count(s => s.CountsInFinal && s.Weight is > 0) >= 2 && pointed.All(r => r.Step.Weight is > 0);

    private static decimal Percent(StepScore r) => r.Points!.Value * 100 / (r.OutOf ?? r.Step.MaxPoints)!.Value;

    /// <summary>
    /// What each remaining weighted step needs: its own mark, raised when the weighted total needs more given the weighted
    /// percentages already scored (the other remaining weighted steps at their own minimum). A step without a stated maximum
    /// is counted in percent (out of 100).
    /// </summary>
    private static List<StepNeed> WeightedNeeds(List<SelectionStep> remaining, List<StepScore> pointed, PassRule? eachStep, PassRule? total)
    {
        var needs = new List<StepNeed>();
        var upcoming = remaining.Where(s => s.CountsInFinal && s.Weight is > 0).ToList();
        foreach (var step in upcoming)
        {
            var max = step.MaxPoints is > 0 ? step.MaxPoints.Value : 100m;
            var percent = RequiredPercent(step, eachStep, round: false);
            var ownPercent = percent ?? 0m;
            var rule = step.PassMark?.Citation ?? eachStep?.Citation;
            var forTotal = false;
            if (total?.Percent is { } totalPercent)
            {
                var others = upcoming.Where(o => o != step).ToList();
                var weights = pointed.Sum(r => r.Step.Weight!.Value) + step.Weight!.Value + others.Sum(o => o.Weight!.Value);
                var scored = pointed.Sum(r => r.Step.Weight!.Value * Percent(r));
                var othersMinimum = others.Sum(o => o.Weight!.Value * (RequiredPercent(o, eachStep, round: false) ?? 0m));
                var forTheTotal = (totalPercent * weights - scored - othersMinimum) / step.Weight.Value;
                if (forTheTotal > ownPercent)
                {
                    ownPercent = forTheTotal;
                    forTotal = true;
                    rule = total.Citation;
                }
            }

            if (percent is not null || forTotal)
            {
                var minimum = Math.Ceiling(Math.Max(0, ownPercent) * max / 100m * 100m) / 100m;
                needs.Add(new StepNeed(step, minimum, max, percent, forTotal, rule) { Unreachable = minimum > max });
            }
        }

        return needs;
    }

    /// <summary>
    /// One score the candidate gives for the whole ("62 op 100 voor beide samen", "my total was 55%"), judged against the rule
    /// for the total alone: under it fails; meeting it passes only when no step has a mark of its own that the one figure
    /// cannot show. Null when there is no such rule, the score lacks its maximum, or a pass would hide the steps' marks.
    /// </summary>
    public static ScoringResult? EvaluateTotal(VacancyFacts facts, ScoreMention score)
    {
        if (facts.PassRules.FirstOrDefault(r => r.Kind == "total" && r.Percent is > 0) is not { Percent: { } need } total
            || score.Points is not { } points || (score.IsPercent ? 100m : score.OutOf) is not { } outOf || outOf <= 0 || points > outOf)
        {
            return null;
        }

        var percent = points * 100 / outOf;
        var stepMarks = facts.PassRules.Any(r => r.Kind == "each-step") || facts.SelectionSteps.Any(s => s.PassMark is not null);
        if (percent >= need && stepMarks)
        {
            return null;
        }

        return new ScoringResult
        {
            VacancyId = facts.Id,
            Verdict = percent < need ? "fail" : "pass",
            TotalPercent = Math.Round(percent, 1),
            RequiredTotalPercent = need,
            TotalRule = total.Citation,
            TotalScore = score with { OutOf = outOf },
        };
    }

    /// <summary>
    /// What each step needs when the candidate gave no score ("hoeveel moet ik halen op de mondelinge proef?"): the steps
    /// the question names, else every step with a mark; a step without any mark that applies is left out unless named.
    /// </summary>
    public static IReadOnlyList<StepScore> Marks(VacancyFacts facts, string question)
    {
        var steps = facts.SelectionSteps.Where(s => s.Kind != "group").ToList();
        var eachStep = facts.PassRules.FirstOrDefault(r => r.Kind == "each-step");
        var words = Words(question);
        var concepts = StepConcepts.Of(question);
        var fits = steps.Select(s => (Step: s, Fit: Fit(s, words, concepts))).Where(x => x.Fit > 0).ToList();
        var named = fits.Count == 0 ? [] : fits.Where(x => x.Fit == fits.Max(f => f.Fit)).Select(x => x.Step).ToList();
        var chosen = named.Count > 0 ? named : steps.Where(s => s.PassMark is not null || (eachStep is not null && s.Kind != "screening")).ToList();
        return chosen.Select(step =>
        {
            var percent = RequiredPercent(step, eachStep, round: true);
            var max = step.PassMark?.OutOf ?? step.MaxPoints;
            var minimum = step.PassMark is { Points: { } p } ? p : percent is { } pc && max is { } m ? Math.Ceiling(pc * m / 100m * 100m) / 100m : (decimal?)null;
            var judged = percent is not null || step.PassMark is not null;
            return new StepScore(step, null, max, step.PassMark?.Qualitative, false, percent, minimum, step.PassMark?.Citation ?? eachStep?.Citation) { Judged = judged };
        }).ToList();
    }

    /// <summary>
    /// The minimum on each remaining step with points: its own mark (its pass mark or the each-step rule), raised when the
    /// total rule needs more given the points already scored (the other remaining steps at their own minimum).
    /// </summary>
    private static List<StepNeed> Needs(List<SelectionStep> remaining, List<StepScore> results, PassRule? eachStep, PassRule? total)
    {
        var needs = new List<StepNeed>();
        var pointed = results.Where(r => r.Points is not null && r.OutOf is not null && r.Step.CountsInFinal).ToList();
        var upcoming = remaining.Where(s => s.MaxPoints is > 0).ToList();
        foreach (var step in upcoming)
        {
            var max = step.MaxPoints!.Value;
            var mark = step.PassMark;
            var percent = RequiredPercent(step, eachStep, round: false);
            var own = percent is { } pc ? Math.Ceiling(pc * max / 100m * 100m) / 100m : 0m;
            var rule = mark?.Citation ?? eachStep?.Citation;
            var forTotal = false;
            if (total?.Percent is { } totalPercent && step.CountsInFinal && pointed.Count > 0)
            {
                var others = upcoming.Where(o => o != step && o.CountsInFinal).ToList();
                var allMax = pointed.Sum(r => r.OutOf!.Value) + max + others.Sum(o => o.MaxPoints!.Value);
                var othersMinimum = others.Sum(o => (o.PassMark?.Percent ?? eachStep?.Percent ?? 0m) * o.MaxPoints!.Value / 100m);
                var forTheTotal = Math.Ceiling((totalPercent * allMax / 100m - pointed.Sum(r => r.Points!.Value) - othersMinimum) * 100m) / 100m;
                if (forTheTotal > own)
                {
                    own = forTheTotal;
                    forTotal = true;
                    rule = total.Citation;
                }
            }

            if (percent is not null || forTotal)
            {
                needs.Add(new StepNeed(step, Math.Max(0, own), max, percent, forTotal, rule));
            }
        }

        return needs;
    }

    /// <summary>How a failed qualitative result starts: "niet geschikt", "ongeschikt", "onvoldoende", "not suitable", "unfit", "pas apte", "inapte", "failed".</summary>
    private static readonly string[] NegativeWords = ["niet", "not", "pas", "ongeschikt", "onvoldoende", "un", "non", "inapte", "fail", "gezakt"];

    private static StepScore Judge(SelectionStep step, ScoreMention score, PassRule? eachStep)
    {
        if (score.Qualitative is { } q)
        {
            var suitable = !NegativeWords.Any(w => q.StartsWith(w, StringComparison.OrdinalIgnoreCase));
            return new StepScore(step, null, null, q, suitable, null, null, step.PassMark?.Citation ?? step.Citation);
        }

        var outOf = score.OutOf ?? step.MaxPoints ?? step.PassMark?.OutOf;
        var mark = step.PassMark;
        var markOutOf = mark?.OutOf ?? step.MaxPoints;
        var percent = RequiredPercent(step, eachStep, round: true);
        var rule = step.PassMark?.Citation ?? eachStep?.Citation;
        if (score.Points is not { } points || outOf is not { } max || max == 0 || percent is null)
        {
            return new StepScore(step, score.Points, outOf, null, false, percent, null, rule) { Judged = false };
        }

        var pointsNeeded = mark is { Points: { } need } && markOutOf == max ? need : (decimal?)null;
        var minimum = pointsNeeded ?? Math.Ceiling(percent.Value * max / 100m * 100m) / 100m;
        var passed = pointsNeeded is { } n ? points >= n : points * 100 / max >= percent;
        return new StepScore(step, points, max, null, passed, percent, minimum, rule);
    }

    /// <summary>
    /// The percentage a step needs: its own mark, where a mark in points only ("minimaal 20 op 30") gives the percentage
    /// of its maximum, else the each-step rule; null when none applies.
    /// </summary>
    private static decimal? RequiredPercent(SelectionStep step, PassRule? eachStep, bool round)
    {
        var mark = step.PassMark;
        var markOutOf = mark?.OutOf ?? step.MaxPoints;
        decimal? fromPoints = mark is { Points: { } points } && markOutOf is > 0 ? points * 100 / markOutOf.Value : null;
        return mark?.Percent ?? (round && fromPoints is { } p ? Math.Round(p, 2) : fromPoints) ?? eachStep?.Percent;
    }

    /// <summary>
    /// The step a score names ("op de schriftelijke proef", "à l'épreuve pratique", "on the case"): words of the step's
    /// name count most, then the kind of test the words speak of, then a close kind (an interview for the oral test).
    /// Without a match, the first unused step with the score's maximum, or the only step that can be scored.
    /// </summary>
    private static SelectionStep? Match(ScoreMention score, List<SelectionStep> steps, HashSet<SelectionStep> used)
    {
        var free = steps.Where(s => !used.Contains(s)).ToList();
        if (score.StepHint is { Length: > 0 } hint)
        {
            var words = Words(hint);
            var concepts = StepConcepts.Of(hint);
            // "42/60 op de schriftelijke": a step out of 40 is not it when a step out of 60 is free.
            var contradicts = (SelectionStep s) => !score.IsPercent && score.OutOf is { } o && s.MaxPoints is { } m && m != o && free.Any(f => f.MaxPoints == o);
            var best = free.Select(s => (Step: s, Score: Fit(s, words, concepts)))
                .Where(x => x.Score > 0 && !contradicts(x.Step)).OrderByDescending(x => x.Score).ThenBy(x => x.Step.Order).FirstOrDefault();
            if (best.Step is not null)
            {
                return best.Step;
            }
        }

        if (score.Qualitative is not null)
        {
            return free.FirstOrDefault(s => s.PassMark?.Qualitative is not null);
        }

        var scorable = free.Where(s => s.PassMark?.Qualitative is null && s.PassMark?.Level is null && (s.MaxPoints is not null || s.PassMark is not null)).ToList();
        return free.FirstOrDefault(s => s.MaxPoints is not null && (score.OutOf is null || s.MaxPoints == score.OutOf))
            ?? (scorable.Count == 1 && steps.Count(s => s.PassMark?.Qualitative is null && s.PassMark?.Level is null && (s.MaxPoints is not null || s.PassMark is not null)) == 1 ? scorable[0] : null);
    }

    /// <summary>
    /// The steps for scores that no name or maximum placed, when that is unambiguous: the one free step with points left
    /// whose maximum fits, or as many free steps as scores, each maximum fitting, taken in order.
    /// </summary>
    private static List<(ScoreMention Score, SelectionStep Step)> Placed(List<ScoreMention> unmatched, List<SelectionStep> steps, HashSet<SelectionStep> used)
    {
        var open = unmatched.Where(u => u.Qualitative is null && u.Points is not null && !u.IsPercent).ToList();
        var free = steps.Where(s => !used.Contains(s) && s.Kind is not ("screening" or "background-check") && s.PassMark?.Qualitative is null && s.PassMark?.Level is null
            && (s.MaxPoints is not null || s.PassMark is not null || s.Kind is "written" or "oral" or "interview" or "assignment" or "test" or "practical")).OrderBy(s => s.Order).ToList();
        if (open.Count == 0 || open.Count != unmatched.Count || free.Count != open.Count)
        {
            return [];
        }

        var pairs = open.Zip(free).ToList();
        return pairs.All(p => p.First.OutOf is { } o && (p.Second.MaxPoints ?? p.Second.PassMark?.OutOf ?? o) == o) ? pairs : [];
    }

    private static int Fit(SelectionStep step, HashSet<string> words, HashSet<string> concepts)
    {
        var own = StepConcepts.Of(step);
        var near = own.SelectMany(StepConcepts.Near).ToHashSet();
        return 4 * Words(step.Name + " " + KindWords(step.Kind)).Count(words.Contains) + 2 * concepts.Count(own.Contains) + concepts.Count(near.Contains);
    }

    private static string KindWords(string kind) => kind switch
    {
        "written" => "schriftelijk written écrit",
        "oral" => "mondeling oral",
        "assignment" => "opdracht thuisopdracht assignment case",
        "interview" => "interview gesprek entretien",
        "assessment" => "assessment",
        "capacity-test" => "capaciteitstest redeneertest test",
        "language-test" => "taaltest language",
        _ => "",
    };

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '-', ',', '.', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && w is not ("proef" or "test" or "deel"))
            .Select(w => w.Length > 7 ? w[..7] : w)
            .ToHashSet();
}
