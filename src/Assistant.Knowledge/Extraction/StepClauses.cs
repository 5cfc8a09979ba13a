using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Points and pass marks stated per clause for the step the clause names: "minstens 60% op de rijproef en minstens 50%
/// op het sollicitatiegesprek", "een schriftelijke proef (op 50 punten) en een mondelinge proef (op 50 punten)"; and a
/// mark stated once, naming no step, when the procedure has a single scored step ("Je moet minstens 60% behalen.").
/// </summary>
public static partial class StepClauses
{
    /// <summary>Gives each clause's points and mark to the one step it names (a step keeps what it already has).</summary>
    public static void Assign(List<StepDraft> steps, DocumentView view)
    {
        StepDraft? previous = null;
        TextLine? previousLine = null;
        foreach (var (line, start, sentence) in Sentences(view))
        {
            if (previousLine is not null && (previousLine.Document != line.Document || previousLine.Section != line.Section))
            {
                previous = null;
            }

            previousLine = line;
            foreach (var (from, clause) in Clauses(sentence))
            {
                var named = steps.Where(st => Names(clause, st)).ToList();
                // "Wie daarop minstens de helft haalt, …": a clause that points back names the step named just before it.
                if (named.Count == 0 && previous is not null && Anaphor().IsMatch(clause))
                {
                    named = [previous!];
                }

                // "… én minstens 12/20 op het gesprek" beside a step called "Sollicitatiegesprek" or "Gesprek met de directie": a
                // clause naming only the kind of test ("het gesprek", "de mondelinge") names the one step of that kind.
                if (named.Count == 0 && StepText.KindOf(clause) is "interview" or "oral" or "written" or "assignment" or "assessment" or "role-play" && StepText.KindOf(clause) is var kind
                    && steps.Where(st => !st.IsGroupHeading && st.Kind == kind).ToList() is [var only])
                {
                    named = [only];
                }

                if (named.Count == 1)
                {
                    previous = named[0];
                }

                if (named.Count != 1 || StepFacts.GlobalRule().IsMatch(clause) || EachOrTotal().IsMatch(clause))
                {
                    continue;
                }

                var step = named[0];
                if (StepText.JoinsTwoSteps(step.Name))
                {
                    continue;
                }

                if (step.MaxPoints is null && StepFacts.PointsIn(clause) is { } points)
                {
                    step.MaxPoints = points;
                }

                if (step.PassMark is null && PassMarkText.Find(clause, view.Cite(line, start, start + sentence.Length)) is { } mark)
                {
                    step.PassMark = mark;
                }
            }
        }
    }

    /// <summary>A mark in a sentence that names no step and no scope, outside every step's own lines, goes to the only scored step.</summary>
    public static void AssignUnnamed(List<StepDraft> steps, DocumentView view)
    {
        var scored = steps.Where(s => !s.IsGroupHeading && (s.MaxPoints is not null || s.Kind is "written" or "oral" or "interview" or "assignment" or "test" or "role-play")
            && s.PassMark?.Qualitative is null).ToList();
        if (scored.Count != 1 || scored[0].PassMark is not null)
        {
            return;
        }

        var owned = steps.SelectMany(s => s.Lines).ToHashSet();
        foreach (var (line, start, sentence) in Sentences(view).Where(x => !owned.Contains(x.Line)))
        {
            if (steps.Any(st => Names(sentence, st)) || StepFacts.GlobalRule().IsMatch(sentence) || EachOrTotal().IsMatch(sentence))
            {
                continue;
            }

            if (PassMarkText.Find(sentence, view.Cite(line, start, start + sentence.Length)) is { Qualitative: null, Level: null } mark)
            {
                scored[0].PassMark = mark;
                return;
            }
        }
    }

    /// <summary>
    /// "- Mondelinge proef – dinsdag 16 maart." then "Ook hier geldt 50% als minimum.": a line right under a step's last line,
    /// owned by no step, whose mark names no step and no scope ("telkens", "totaal", "elke proef"), is that step's mark.
    /// </summary>
    public static void AssignFollowing(List<StepDraft> steps, DocumentView view)
    {
        var owned = steps.SelectMany(s => s.Lines).ToHashSet();
        foreach (var step in steps.Where(s => s.PassMark is null && !s.IsGroupHeading && s.Kind is not ("screening" or "capacity-test")))
        {
            var last = step.Lines.Where(l => l.Document == step.Anchor.Document).Max(l => l.Index);
            var next = view.Lines.FirstOrDefault(l => l.Document == step.Anchor.Document && l.Index == last + 1);
            if (next is not { IsHeading: false, IsBullet: false, Topic: Topic.Selection } || owned.Contains(next) || next.Start - step.Lines.Max(l => l.End) > 1)
            {
                continue;
            }

            foreach (var (s, e) in DocumentView.Sentences(next.Text))
            {
                var sentence = next.Text[s..e];
                if (steps.Any(st => Names(sentence, st)) || StepFacts.GlobalRule().IsMatch(sentence) || EachOrTotal().IsMatch(sentence) || Repeated().IsMatch(sentence))
                {
                    break;
                }

                if (PassMarkText.Find(sentence, view.Cite(next, s, e)) is { Qualitative: null, Level: null } mark)
                {
                    step.PassMark = mark;
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:daarop|daarin|daarvoor|daarbij|hierop|hierin|hiervoor|op die proef|op deze proef|op die test|op deze test|voor die proef|voor deze proef)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    [GeneratedRegex(@"\btelkens\b|\bsteeds\b|\bbeide\b|\bovera(?:l|ll)\b|\bwerkelijk elk", RegexOptions.IgnoreCase)]
    private static partial Regex Repeated();

    /// <summary>Whether a sentence of <paramref name="step"/>'s own lines is about another step only (its mark is that step's).</summary>
    public static bool NamesOtherStep(string sentence, StepDraft step, List<StepDraft> steps) =>
        !Names(sentence, step) && steps.Any(o => o != step && NamesAsSubject(sentence, o));

    /// <summary>Whether a text names the step other than as the topic of another step ("een gesprek over je thuisopdracht").</summary>
    private static bool NamesAsSubject(string text, StepDraft step)
    {
        var lower = text.ToLowerInvariant();
        return StepFacts.NamingWords(step).Any(w => StepFacts.SubjectIndex(lower, w) >= 0);
    }

    /// <summary>Whether a text names the step by a word of its name.</summary>
    public static bool Names(string text, StepDraft step)
    {
        var lower = text.ToLowerInvariant();
        return StepFacts.NamingWords(step).Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The clauses of a sentence, split at ',', ';', " en ", " én ", " maar " outside brackets, with their offsets.</summary>
    public static IEnumerable<(int Start, string Text)> Clauses(string sentence)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            depth += sentence[i] == '(' ? 1 : sentence[i] == ')' ? -1 : 0;
            var length = depth > 0 ? 0 : sentence[i] is ',' or ';' ? 1 : Joiner().Match(sentence, i) is { Success: true } j ? j.Length : 0;
            if (length > 0)
            {
                yield return (start, sentence[start..i]);
                start = i + length;
                i = start - 1;
            }
        }

        yield return (start, sentence[start..]);
    }

    private static IEnumerable<(TextLine Line, int Start, string Sentence)> Sentences(DocumentView view) =>
        view.Lines.Where(l => l.Topic == Topic.Selection && !l.IsHeading)
            .SelectMany(l => DocumentView.Sentences(l.Text).Select(x => (l, x.Start, l.Text[x.Start..x.End])));

    /// <summary>" en ", " én " (stressed: "minstens 12/20 op de proefles én minstens 12/20 op het gesprek"), " maar ", " and ", " et ".</summary>
    [GeneratedRegex(@"\G\s+(?:en|én|maar|terwijl|and|et)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();

    /// <summary>A clause about every step or the total is an overall rule (<see cref="PassRuleRules"/>), not one step's mark.</summary>
    [GeneratedRegex(@"\b(?:elke?|iedere?|alle|per)\s+(?:\p{L}+\s+)?(?:selectie)?(?:proef|proeven|onderdeel|onderdelen|test|testen|gedeelte|fase|stap|deel)\b|\btota(?:al|le)\b|\bgeheel\b|\bglobaal\b|\beindresultaat\b|\bsamen\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachOrTotal();
}
