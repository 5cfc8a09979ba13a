using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Selection steps: headings ("Deel 1: Verkennend gesprek (30 punten) – woensdag 15 mei 2024", "A) Schriftelijke
/// test") and list items ("- Schriftelijke proef (op 40 pt): …") in selection sections become steps; their body gives
/// points, pass marks, dates and whether they eliminate; date notes elsewhere ("De mondelinge proef gaat door op …")
/// are attached to the step they name. Overall rules are in <see cref="PassRuleRules"/>.
/// </summary>
public static partial class SelectionRules
{
    /// <summary>The steps in document order.</summary>
    public static IReadOnlyList<SelectionStep> FindSteps(ExtractionContext ctx)
    {
        var lines = ctx.View.Lines.Where(l => l.Topic == Topic.Selection).ToList();
        var steps = new List<StepDraft>();
        StepDraft? current = null;
        string? group = null;
        var notes = new List<TextLine>();
        var enumerated = new List<(TextLine Line, string Part)>();
        StepTable? table = null;
        StepDraft? item = null;
        TextLine? itemLine = null;
        foreach (var line in lines)
        {
            // A table of steps: a header row, then one row per step (until a line that is no row). A header row the
            // layout made a section heading ("Selectie proef: punten: slaagnorm") is a header all the same.
            if (!line.IsBullet && StepTable.Header(line.Text) is { } header && (!line.IsHeading || StepTable.Cells(line.Text).Count >= 3))
            {
                table = header;
                current = null;
                item = null;
                continue;
            }

            // "- Schriftelijke proef op 100 punten;" wrapped onto "minimum 50 punten vereist. Zaterdag 6 februari 2027.": the
            // lines that continue a list item are the item's.
            if (item is not null && itemLine is not null && ContinuesItem(itemLine, line))
            {
                item.Body.Add(line);
                itemLine = line;
                continue;
            }

            item = null;

            var cells = StepTable.Cells(line.Text);
            if (table is not null && !line.IsHeading && cells.Count >= 2 && table.NameOf(cells) is { } cell)
            {
                if (NewStep(line, steps, cell) is { } row)
                {
                    row.Table ??= table;
                    row.Row ??= cells;
                }

                continue;
            }

            table = cells.Count >= 2 ? table : null;
            if (line.IsHeading)
            {
                current = null;
                if (!IsStepHeading(line.Text))
                {
                    continue;
                }

                var draft = NewStep(line, steps);
                if (draft is null)
                {
                    continue;
                }

                if (DigitPrefix().IsMatch(line.Text))
                {
                    group = draft.Name;
                }
                else if (LetterPrefix().IsMatch(line.Text) && group is not null && group != draft.Name)
                {
                    draft.Parent = group;
                    steps.First(s => s.Name == group).IsGroupHeading = true;
                }

                current = draft;
                continue;
            }

            if ((line.IsBullet || NumberedItem().IsMatch(line.Text)) && StepText.StartsWithStep(NumberedItem().Replace(line.Content, "")) && !NotAStep().IsMatch(line.Content))
            {
                item = NewStep(line, steps);
                itemLine = line;
                continue;
            }

            // "Fase 1 – Online test (op 20 punten) op 4 februari." and "Schriftelijke proef (op 40 punten): een case." as paragraphs.
            // "Een gesprek met de hoofdverpleegkundige, gevolgd door een meeloopdag." as well: a paragraph that opens with a step and chains the next.
            if (current is null && !line.IsBullet && (StepPrefix().IsMatch(line.Text) && StepText.StartsWithStep(StripPrefix().Replace(line.Text, "")) || StepText.IsStepLabel(line.Text)
                    || StepText.StartsWithStep(line.Text) && !NotStepStart().IsMatch(line.Text) && Chain().IsMatch(FirstSentence(line.Text))
                        && !Enumeration().IsMatch(FirstSentence(line.Text)) && ChainedSteps(line.Text).Any())
                && !NotAStep().IsMatch(line.Content))
            {
                item = NewStep(line, steps);
                itemLine = line;
                // "Praktische proef (…) op 40 punten, gevolgd door een sollicitatiegesprek op 60 punten.": the other steps the
                // label's first sentence lists are steps too.
                foreach (var part in ChainedSteps(line.Text))
                {
                    NewStep(line, steps, part);
                }

                continue;
            }

            // "We nodigen je uit voor een schriftelijke proef … Wie slaagt, mag naar het gesprek met de jury …": every step the
            // prose leads the candidate to, in order.
            if (current is null)
            {
                foreach (Match list in Enumeration().Matches(line.Text))
                {
                    enumerated.AddRange(StepText.ListParts(list.Groups["list"].Value).Where(StepText.StartsWithStep).Select(part => (line, part)));
                }
            }

            if (current is not null)
            {
                current.Body.Add(line);
            }
            else
            {
                notes.Add(line);
            }
        }

        // "De selectie bestaat uit een schriftelijke proef (op 50 punten) en een mondelinge proef (op 50 punten).": the steps
        // when the document lists them nowhere else.
        if (steps.Count == 0)
        {
            foreach (var (line, part) in enumerated)
            {
                NewStep(line, steps, part);
            }
        }

        foreach (var note in notes)
        {
            AttachNote(note, steps, ctx);
        }

        StepFacts.Fill(steps, ctx);
        return steps.Select((s, i) => StepFacts.ToStep(s, i + 1, ctx.View)).ToList();
    }

    /// <summary>
    /// Whether <paramref name="line"/> continues the list item that ends with <paramref name="previous"/>: no blank line
    /// between, no item, heading or step of its own, and either the item was cut mid-sentence (no final full stop, the
    /// line starts in lower case) or the line states the item's points ("Op 40 punten; je moet minstens 20/40 halen.").
    /// </summary>
    internal static bool ContinuesItem(TextLine previous, TextLine line) =>
        line.Document == previous.Document && line.Start - previous.End <= 1 && !line.IsHeading && !line.IsBullet
        && !NumberedItem().IsMatch(line.Text) && !StepText.IsStepLabel(line.Text) && !StepPrefix().IsMatch(line.Text)
        && (line.Text.Length > 0 && char.IsLower(line.Text[0]) || !TerminalStop().IsMatch(previous.Text) || PointsLead().IsMatch(line.Text));

    /// <summary>The further steps one sentence chains to its first ("X op 40 punten, gevolgd door een Y op 60 punten").</summary>
    internal static IEnumerable<string> ChainedSteps(string text)
    {
        var first = FirstSentence(text);
        var chain = Chain().Match(first);
        if (chain.Success)
        {
            return StepText.ListParts(first[chain.Index..]).Select(p => Chain().Replace(p, "")).Where(StepText.StartsWithStep);
        }

        // "Praktijkproef (een situatie naspelen) en mondelinge proef.": a label that is itself a list of steps (before any
        // colon, every part a step) names them all.
        var colon = first.IndexOf(':', StringComparison.Ordinal);
        var parts = StepText.ListParts(colon > 0 ? first[..colon] : first);
        return parts.Count >= 2 && parts.All(StepText.StartsWithStep) ? parts.Skip(1) : [];
    }

    private static string FirstSentence(string text) => DocumentView.Sentences(text).Select(r => text[r.Item1..r.Item2]).FirstOrDefault() ?? text;

    [GeneratedRegex(@"[.!?:]\s*$")]
    private static partial Regex TerminalStop();

    [GeneratedRegex(@"^(?:op|max\.?|maximum|minimum|minimaal|minstens)\s+\d{1,4}\s*(?:punten|ptn|pt|/|op|%)", RegexOptions.IgnoreCase)]
    private static partial Regex PointsLead();

    [GeneratedRegex(@"(?:,\s*)?\b(?:gevolgd door|daarna|nadien|vervolgens|en tot slot|tot slot)\s+(?:(?:een|de|het)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Chain();

    /// <summary>Overall pass rules.</summary>
    public static IReadOnlyList<PassRule> FindPassRules(ExtractionContext ctx) => PassRuleRules.Find(ctx);

    private static StepDraft? NewStep(TextLine line, List<StepDraft> steps, string? text = null)
    {
        var name = StepText.NameOf(text ?? line.Content);
        var conditional = Eventual().IsMatch(name);
        name = Eventual().Replace(name, "");
        name = name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
        if (name.Length < 3)
        {
            return null;
        }

        var kind = StepText.KindOf(name);
        var existing = steps.FirstOrDefault(s => s.Matches(kind, name) && !line.IsHeading && (text is null || s.Anchor != line));
        if (existing is not null)
        {
            existing.Body.Add(line);
            return existing;
        }

        var draft = new StepDraft { Name = name, Kind = kind, Anchor = line, Conditional = conditional };
        steps.Add(draft);
        return draft;
    }

    /// <summary>A line outside any step that names a step (with a date, or a test only some candidates take) goes to that step.</summary>
    private static void AttachNote(TextLine note, List<StepDraft> steps, ExtractionContext ctx)
    {
        var hasDate = ctx.DatesOn(note).Count > 0;
        var noun = StepNounIn().Match(note.Content);
        if (!noun.Success || (!hasDate && !CapacityNoun().IsMatch(note.Content)))
        {
            return;
        }

        var name = char.ToUpperInvariant(noun.Value[0]) + noun.Value[1..];
        var kind = StepText.KindOf(name);
        var target = steps.FirstOrDefault(s => s.Matches(kind, name)) ?? steps.OrderByDescending(s => s.Overlap(note.Content)).FirstOrDefault(s => s.Overlap(note.Content) > 0 && kind == "other");
        if (target is null)
        {
            // A capacity test only some take goes before the steps everyone takes; a dated step takes its place in the
            // document's order among the steps that dates notes made.
            var conditional = CapacityNoun().IsMatch(note.Content);
            target = new StepDraft { Name = name, Kind = kind, Anchor = note, Conditional = conditional, FromNote = true };
            var earlier = steps.FindLastIndex(s => s.FromNote && s.Anchor.Index < note.Index);
            var index = !conditional && earlier >= 0 ? earlier + 1 : steps.FindIndex(s => s.Kind is not ("screening" or "capacity-test"));
            steps.Insert(index >= 0 ? index : steps.Count, target);
            return;
        }

        target.Body.Add(note);
    }

    private static bool IsStepHeading(string text) =>
        (StepPrefix().IsMatch(text) || StepText.StartsWithStep(StripPrefix().Replace(text, ""))) && StepText.MentionsStep(text) && !Overview().IsMatch(text);

    [GeneratedRegex(@"^(deel|stap|fase|onderdeel|ronde)\s*\d+|^\d{1,2}[.)]\s|^[A-Z][.)]\s", RegexOptions.IgnoreCase)]
    private static partial Regex StepPrefix();

    [GeneratedRegex(@"^(?:(?:deel|stap|fase|onderdeel|ronde)\s*\d+\s*[:.–-]?\s*|\d{1,2}[.)]\s*|[A-Z][.)]\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex StripPrefix();

    [GeneratedRegex(@"^\d{1,2}[.)]\s")]
    private static partial Regex DigitPrefix();

    [GeneratedRegex(@"^[A-Za-z][.)]\s")]
    private static partial Regex LetterPrefix();

    [GeneratedRegex(@"selectieprocedure|selectieprogramma|uit welke stappen|hoe verloopt|wat is de", RegexOptions.IgnoreCase)]
    private static partial Regex Overview();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"(?:(?:bestaat uit|bestaan uit|omvat|omvatten|verloopt in|bevat)\s+(?:(?:de\s+)?volgende\s+(?:onderdelen|stappen|proeven|fasen)\s*)?:?|\b(?:volgt|volgen|legt|leggen|leg\s+je|leg\s+u|er\s+is|er\s+zijn|uit voor|(?:start|starten|begint|beginnen|begin|opent|openen)\s+(?:we\s+|je\s+|u\s+|de\s+selectie\s+|de\s+procedure\s+)?met|uitgenodigd voor|uitnodiging voor|(?:mag|mogen|ga(?:at|an)?|kan|kunnen|gaat\s+door|gaan\s+door|door)\s+(?:je\s+|u\s+)?naar)\s+(?=(?:een|de|het)\s)|\b(?:selectie)?(?:proef|proeven|stap|stappen|onderdeel|onderdelen|fase|fasen)\s*:)\s*(?<list>[^.:]{6,})", RegexOptions.IgnoreCase)]
    private static partial Regex Enumeration();

    /// <summary>"Na een screening volgt …", "Wie slaagt voor de test …": a sentence that opens with a clause, not with a step.</summary>
    [GeneratedRegex(@"^(?:na|voor|bij|in|op|tijdens|eerst|daarna|vervolgens|nadien|wie|als|indien|wanneer|zodra|nadat|met)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotStepStart();

    [GeneratedRegex(@"^eventuele?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Eventual();

    [GeneratedRegex(@"^(solliciteer|stuur|bezorg|meer informatie)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAStep();

    [GeneratedRegex(@"(?:online\s+|digitale\s+)?[\p{L}-]*(?:capaciteitstest|redeneertest|taaltest|schriftelijke proef|mondelinge proef|schriftelijke test|mondeling gesprek|mondelinge test|assessment|thuisopdracht|interview|proef|test|gesprek)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepNounIn();

    [GeneratedRegex(@"capaciteitstest|redeneertest|niveautest", RegexOptions.IgnoreCase)]
    private static partial Regex CapacityNoun();
}
