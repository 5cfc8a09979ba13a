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
        foreach (var line in lines)
        {
            // A table of steps: a header row, then one row per step (until a line that is no row).
            if (!line.IsHeading && !line.IsBullet && StepTable.Header(line.Text) is { } header)
            {
                table = header;
                continue;
            }

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
                NewStep(line, steps);
                continue;
            }

            // "Fase 1 – Online test (op 20 punten) op 4 februari." and "Schriftelijke proef (op 40 punten): een case." as paragraphs.
            if (current is null && !line.IsBullet && (StepPrefix().IsMatch(line.Text) && StepText.StartsWithStep(StripPrefix().Replace(line.Text, "")) || StepText.IsStepLabel(line.Text))
                && !NotAStep().IsMatch(line.Content))
            {
                NewStep(line, steps);
                continue;
            }

            if (current is null && Enumeration().Match(line.Text) is { Success: true } list)
            {
                enumerated.AddRange(StepText.ListParts(list.Groups["list"].Value).Where(StepText.StartsWithStep).Select(part => (line, part)));
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

    [GeneratedRegex(@"(?:bestaat uit|bestaan uit|omvat|omvatten|verloopt in|bevat)\s+(?:(?:de\s+)?volgende\s+(?:onderdelen|stappen|proeven|fasen)\s*)?:?\s*(?<list>[^.:]{6,})", RegexOptions.IgnoreCase)]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"^eventuele?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Eventual();

    [GeneratedRegex(@"^(solliciteer|stuur|bezorg|meer informatie)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAStep();

    [GeneratedRegex(@"(?:online\s+|digitale\s+)?[\p{L}-]*(?:capaciteitstest|redeneertest|taaltest|schriftelijke proef|mondelinge proef|schriftelijke test|mondeling gesprek|mondelinge test|assessment|thuisopdracht|interview|proef|test|gesprek)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepNounIn();

    [GeneratedRegex(@"capaciteitstest|redeneertest|niveautest", RegexOptions.IgnoreCase)]
    private static partial Regex CapacityNoun();
}
