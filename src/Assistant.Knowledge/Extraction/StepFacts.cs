using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>Reads points, pass marks, dates, weights and conditions of steps from their sentences.</summary>
public static partial class StepFacts
{
    /// <summary>Fills every draft from its own lines; points and weights go to the step a sentence names first.</summary>
    public static void Fill(List<StepDraft> steps, ExtractionContext ctx)
    {
        foreach (var step in steps.Where(s => s.Table is not null && s.Row is not null))
        {
            ReadRow(step, ctx.View);
        }

        foreach (var step in steps)
        {
            foreach (var line in step.Lines.Distinct())
            {
                foreach (var (s, e) in DocumentView.Sentences(line.Text))
                {
                    var about = StepClauses.NamesOtherStep(line.Text[s..e], step, steps);
                    // A paragraph that several steps start in ("… uit voor een schriftelijke proef op 20 maart. Wie slaagt, mag
                    // naar het gesprek in de week van 29 maart."): a sentence about the other step dates only that step.
                    var shared = about && Subject(line.Text[s..e], steps) is { } other && other.Anchor == line;
                    // "Je moet minstens 36 punten behalen om door te gaan naar het interview": the step it leads to is named, the
                    // mark is this step's.
                    var markAbout = about && StepClauses.NamesOtherStep(ToNextStep().Replace(line.Text[s..e], " "), step, steps);
                    ReadSentence(step, line, line.Text[s..e], s, ctx, about, skipDates: shared, markAboutOtherStep: markAbout);
                }
            }
        }

        // A step's own lines first; then what a clause elsewhere says of the one step it names.
        StepClauses.Assign(steps, ctx.View);
        foreach (var line in ctx.View.Lines.Where(l => l.Topic == Topic.Selection))
        {
            foreach (var (s, e) in DocumentView.Sentences(line.Text))
            {
                var sentence = line.Text[s..e];
                var owner = Subject(sentence, steps) ?? steps.FirstOrDefault(st => st.Lines.Contains(line));
                if (owner is null)
                {
                    continue;
                }

                if (owner.MaxPoints is null && PointsIn(sentence) is { } p)
                {
                    owner.MaxPoints = p;
                }

                // "Schriftelijke proef … Dit deel weegt voor 40%.": a weight whose sentence names no step is the weight of the step
                // whose lines it stands in.
                if (Weight().Match(sentence) is { Success: true } w
                    && (Subject(sentence[..w.Index], steps) ?? (Subject(sentence, steps) is null ? steps.FirstOrDefault(st => st.Lines.Contains(line)) : null)) is { } weighted)
                {
                    weighted.Weight = w.Groups["den"].Success
                        ? Math.Round(decimal.Parse(w.Groups["num"].Value, CultureInfo.InvariantCulture) / decimal.Parse(w.Groups["den"].Value, CultureInfo.InvariantCulture), 4)
                        : decimal.Parse(w.Groups["num"].Value, CultureInfo.InvariantCulture) / 100m;
                }
            }
        }

        StepClauses.AssignUnnamed(steps, ctx.View);
        StepClauses.AssignFollowing(steps, ctx.View);
        ReadLabelledDates(steps, ctx);
        ReadTimingLines(steps, ctx);
        ReadLostColumns(steps, ctx.View);
    }

    /// <summary>"- Schriftelijke proef (op 100 punten)." then "Datum: zaterdag 13 februari 2027": a labelled date line right under a step is that step's.</summary>
    private static void ReadLabelledDates(List<StepDraft> steps, ExtractionContext ctx)
    {
        var owned = steps.SelectMany(s => s.Lines).ToHashSet();
        foreach (var step in steps.Where(s => s.Dates.Count == 0))
        {
            var last = step.Lines.Where(l => l.Document == step.Anchor.Document).Max(l => l.Index);
            var next = ctx.View.Lines.FirstOrDefault(l => l.Document == step.Anchor.Document && l.Index == last + 1);
            if (next is { IsHeading: false, IsBullet: false } && !owned.Contains(next) && DateLabel().IsMatch(next.Text))
            {
                ReadSentence(step, next, next.Text, 0, ctx, aboutOtherStep: false);
            }
        }
    }

    /// <summary>
    /// A table whose column separators the layout lost ("Onderdeel Wanneer Punten Slaagnorm" over rows such as "Schriftelijke
    /// proef: casus zaterdag 20 februari 50 25/50"): under a header that names a pass-mark column, a row's one bare score
    /// "25/50" is its pass mark.
    /// </summary>
    private static void ReadLostColumns(List<StepDraft> steps, DocumentView view)
    {
        foreach (var step in steps.Where(s => s.PassMark is null && !s.IsGroupHeading))
        {
            var anchor = step.Anchor;
            var header = SpacedMarkHeader().IsMatch(anchor.SectionTitle.Trim())
                || view.Lines.Any(l => l.Document == anchor.Document && l.Index < anchor.Index && l.Index >= anchor.Index - 6 && SpacedMarkHeader().IsMatch(l.Text.Trim()));
            var fractions = BareFraction().Matches(anchor.Text);
            if (!header || fractions.Count != 1)
            {
                continue;
            }

            var points = decimal.Parse(fractions[0].Groups["p"].Value, CultureInfo.InvariantCulture);
            var outOf = decimal.Parse(fractions[0].Groups["of"].Value, CultureInfo.InvariantCulture);
            if (outOf > 0 && points < outOf && (step.MaxPoints is null || step.MaxPoints == outOf))
            {
                step.PassMark = new PassMark { Points = points, OutOf = outOf, Percent = Math.Round(points * 100 / outOf, 2), Citation = view.Cite(anchor) };
                step.MaxPoints ??= outOf;
            }
        }
    }

    /// <summary>
    /// A timing line anywhere in the documents ("Case: week van 22 februari · Interview: dinsdag 2 maart", "Schriftelijke
    /// proef: 6 maart | Mondelinge proef: 20 maart"): each "step: date" segment dates the step it names, when that step has
    /// no date of its own.
    /// </summary>
    private static void ReadTimingLines(List<StepDraft> steps, ExtractionContext ctx)
    {
        if (steps.Count == 0 || steps.All(s => s.Dates.Count > 0))
        {
            return;
        }

        var owned = steps.SelectMany(s => s.Lines).ToHashSet();
        foreach (var line in ctx.View.Lines.Where(l => !owned.Contains(l) && !l.IsHeading))
        {
            var dates = ctx.DatesOn(line).Where(d => d.Date is not null).ToList();
            if (dates.Count == 0)
            {
                continue;
            }

            foreach (var (label, start, end) in TimingSegments(line.Text))
            {
                var date = dates.FirstOrDefault(d => d.Start >= start && d.Start < end);
                var kind = StepText.KindOf(label);
                var step = date is null || !StepText.StartsWithStep(label) && kind == "other" ? null
                    : steps.FirstOrDefault(st => st.Matches(kind, label) || string.Equals(st.Name, label, StringComparison.OrdinalIgnoreCase));
                if (step is null || step.Dates.Count > 0)
                {
                    continue;
                }

                step.Dates.Add(new StepDate
                {
                    Date = date!.Date!.Value,
                    Time = date.Time,
                    YearInferred = date.YearInferred,
                    Qualifiers = WeekOf().IsMatch(line.Text[start..date.Start]) ? ["week-of"] : [],
                });
            }
        }
    }

    /// <summary>The "label: text" segments of a line split at "·", "|", "•", ";": each label with where its text starts and ends.</summary>
    internal static IEnumerable<(string Label, int Start, int End)> TimingSegments(string text)
    {
        var pieceStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('·' or '|' or '•' or ';'))
            {
                continue;
            }

            var colons = new List<int>();
            for (var j = pieceStart; j < i; j++)
            {
                if (text[j] == ':' && (j + 1 >= text.Length || !char.IsDigit(text[j + 1])))
                {
                    colons.Add(j);
                }
            }

            for (var k = 0; k < colons.Count; k++)
            {
                var labelStart = k == 0 ? pieceStart : colons[k - 1] + 1;
                var label = text[labelStart..colons[k]];
                var dash = label.LastIndexOfAny(['–', '—']);
                label = (dash >= 0 ? label[(dash + 1)..] : label).Trim();
                var end = k + 1 < colons.Count ? colons[k + 1] : i;
                if (label.Length is > 1 and <= 40 && char.IsLetter(label[0]))
                {
                    yield return (label, colons[k] + 1, end);
                }
            }

            pieceStart = i + 1;
        }
    }

    [GeneratedRegex(@"^(?:datum|data|wanneer|tijdstip|moment|planning)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?=.*(?:slaag|minim|drempel|te behalen))(?:(?:onderdeel|onderdelen|proef|proeven|fase|stap|selectiestap|inhoud|omschrijving|wat|wanneer|datum|timing|punten|max\.?|maximum|op|slaagnorm|slaagcijfer|slaagdrempel|minimum|minimumscore|minimaal|te behalen|drempel|gewicht|weging)(?:\s+|$))+$", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedMarkHeader();

    [GeneratedRegex(@"(?<![\d/.,])(?<p>\d{1,3})\s?/\s?(?<of>\d{1,3})(?![\d/.,])")]
    private static partial Regex BareFraction();

    /// <summary>The maximum points a text gives ("op 40 punten", "(40 ptn)", "gequoteerd op 20", "(op 20)", "– 40 punten –").</summary>
    public static decimal? PointsIn(string text) =>
        Points().Match(text) is { Success: true } p ? decimal.Parse(p.Groups["n"].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>Points and pass mark from the columns of a table row.</summary>
    private static void ReadRow(StepDraft step, DocumentView view)
    {
        var table = step.Table!;
        var row = step.Row!;
        var cite = view.Cite(step.Anchor);
        if (table.Cell(row, table.PointsColumn) is { } points)
        {
            if (StepTable.Points(points) is { } max)
            {
                step.MaxPoints ??= max;
            }
            else
            {
                // "/50 – minimum 30 punten", "op 20; wie minder dan 10 haalt, valt af": the maximum first, then the mark in words.
                if (StepTable.LeadingPoints(points) is { } lead)
                {
                    step.MaxPoints ??= lead;
                }

                step.PassMark ??= PassMarkText.FromCell(points, cite) is { Qualitative: not null } q ? q : PassMarkText.Find(points, cite);
            }
        }

        if (table.Cell(row, table.MarkColumn) is { } mark && PassMarkText.FromCell(mark, cite) is { } passMark)
        {
            step.PassMark ??= passMark;
        }
        else if (StepTable.Points(table.Cell(row, table.MarkColumn)) is { } minimum)
        {
            // A bare number under "Minimum" is points: of the step's maximum (filled in when the step is finished).
            step.PassMark ??= new PassMark { Points = minimum, Citation = cite };
        }

        if (step.MaxPoints is null && table.NameOf(row) is { } name && PointsIn(name) is { } inName)
        {
            step.MaxPoints = inName;
        }
    }

    /// <summary>The finished step.</summary>
    public static SelectionStep ToStep(StepDraft d, int order, DocumentView view) => new()
    {
        Order = order,
        Name = d.Name,
        Kind = d.IsGroupHeading ? "group" : d.Kind,
        Dates = d.Dates.DistinctBy(x => (x.Date, x.Time)).ToList(),
        MaxPoints = d.MaxPoints ?? d.PassMark?.OutOf,
        // "minstens 25 punten" on a step out of 50 is 25/50.
        PassMark = d.PassMark is { Points: { } need, OutOf: null } only && d.MaxPoints is > 0 and var max && need <= max
            ? only with { OutOf = max, Percent = Math.Round(need * 100 / max, 2) }
            : d.PassMark,
        Eliminating = d.Eliminating || d.PassMark is not null,
        Weight = d.Weight,
        CountsInFinal = d.CountsInFinal,
        Conditional = d.Conditional || d.AppliesTo is not null,
        AppliesTo = d.AppliesTo,
        Parent = d.Parent,
        Citation = view.Cite(d.Anchor),
    };

    private static void ReadSentence(StepDraft step, TextLine line, string sentence, int offset, ExtractionContext ctx, bool aboutOtherStep, bool skipDates = false, bool? markAboutOtherStep = null)
    {
        var previousEnd = offset;
        IReadOnlyList<DateMention> dates = skipDates ? [] : ctx.DatesOn(line);
        foreach (var date in dates.Where(x => x.Start >= offset && x.Start < offset + sentence.Length && x.Date is not null).OrderBy(x => x.Start))
        {
            // "Je ontvangt de opdracht op 4 januari en stuurt ze terug tegen 11 januari": each date's role comes from the words
            // since the date before it.
            var lead = line.Text[Math.Min(previousEnd, date.Start)..date.Start];
            previousEnd = date.Start + 1;
            step.Dates.Add(new StepDate
            {
                Date = date.Date!.Value,
                Time = date.Time,
                YearInferred = date.YearInferred,
                Qualifiers = Qualifiers(sentence, line.Text[offset..date.Start], ctx.DatesOn(line).Count(x => x.Start >= offset && x.Start < offset + sentence.Length)),
                Role = ReturnBy().IsMatch(lead) ? "return-deadline" : Sent().IsMatch(lead) || Sent().IsMatch(line.Text[offset..date.Start]) && !ReturnBy().IsMatch(line.Text[offset..date.Start]) ? "sent" : null,
            });
        }

        // "Je bent geslaagd als je over de twee proeven samen 60 procent behaalt": a rule for the total, not this step's mark.
        var global = GlobalRule().IsMatch(sentence) || (!StepClauses.Names(sentence, step) && TotalScope().IsMatch(sentence));
        if (Eliminating().IsMatch(sentence) && !NotEliminating().IsMatch(sentence))
        {
            step.Eliminating = true;
        }

        if (NotCounted().IsMatch(sentence))
        {
            step.CountsInFinal = false;
        }

        if (AppliesTo().Match(sentence) is { Success: true } a)
        {
            step.AppliesTo ??= OnlyFor().Replace(a.Value.Trim().TrimEnd(')', '.', ','), "");
        }

        if (!global && !(markAboutOtherStep ?? aboutOtherStep) && step.PassMark is null && PassMarkText.Find(sentence, ctx.View.Cite(line, offset, offset + sentence.Length)) is { } mark)
        {
            step.PassMark = mark;
        }
    }

    private static List<string> Qualifiers(string sentence, string before, int datesInSentence)
    {
        var q = new List<string>();
        if (WeekOf().IsMatch(before)) q.Add("week-of");
        if (Tentative().IsMatch(sentence)) q.Add("tentative");
        if (Appointment().IsMatch(sentence)) q.Add("by-appointment");
        if (Morning().IsMatch(sentence)) q.Add("morning");
        if (Afternoon().IsMatch(sentence)) q.Add("afternoon");
        if (datesInSentence > 1 && Alternative().IsMatch(sentence)) q.Add("alternative");
        return q;
    }

    /// <summary>The words of a step's name that name it in a sentence, without a final -e ("schriftelijk" also finds "schriftelijke").</summary>
    internal static IEnumerable<string> NamingWords(StepDraft step)
    {
        var words = StepText.KeyWords(step.Name).ToList();
        var specific = words.Where(w => w is not ("proef" or "test" or "gesprek" or "proeven" or "testen")).ToList();
        // A step called just "Gesprek" is named by that word: "Voor dat gesprek krijg je een score op 100" is its sentence.
        return (specific.Count > 0 ? specific : words.Where(w => w == "gesprek")).Select(w => w.Length > 5 && w[^1] == 'e' ? w[..^1] : w);
    }

    /// <summary>The step a sentence names first.</summary>
    internal static StepDraft? Subject(string sentence, List<StepDraft> steps)
    {
        var lower = sentence.ToLowerInvariant();
        StepDraft? best = null;
        var bestIndex = int.MaxValue;
        foreach (var step in steps)
        {
            foreach (var word in NamingWords(step))
            {
                var i = SubjectIndex(lower, word);
                if (i >= 0 && i < bestIndex)
                {
                    best = step;
                    bestIndex = i;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Where a step's word first stands as what the sentence is about, not as its topic ("een gesprek over je
    /// thuisopdracht": the thuisopdracht is discussed, the sentence is the interview's); -1 when nowhere.
    /// </summary>
    internal static int SubjectIndex(string lower, string word)
    {
        for (var i = lower.IndexOf(word, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            if (!AboutBefore().IsMatch(lower[Math.Max(0, i - 30)..i]))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\b(?:over|rond|bespreking van|toelichting bij|naar aanleiding van|n\.a\.v\.|op basis van|gebaseerd op)\s+(?:je|jouw|uw|de|het|een|die|deze)?\s*(?:\w+\s+)?$")]
    private static partial Regex AboutBefore();

    [GeneratedRegex(@"\bop\s+(?<n>\d{1,4})\s*(?:pt|ptn|punten|pnt)\b|\bscore\s+op\s+(?<n>\d{1,4})\b(?![\d,.]|\s*%)|\((?<n>\d{1,4})\s*(?:pt|ptn|punten)\)|\([^()]{1,60},\s*(?<n>\d{1,4})\s*(?:pt|ptn|punten)\)|(?:gescoord|gequoteerd)\s+op\s+(?<n>\d{1,4})\b|\bop\s+(?<n>\d{1,4})\s+(?:gescoord|gequoteerd)|\(op\s+(?<n>\d{1,4})\)|\b(?<n>\d{1,4})\s+punten\s+te\s+(?:verdienen|behalen)|\s[–—-]\s*(?<n>\d{1,4})\s*(?:punten|ptn)\s*(?:[–—-]\s|[;,)]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Points();

    /// <summary>"weegt voor 40%", "weegt 2/3", "telt voor 40%", "telt mee voor 60 procent", "gewicht: 40%", "weging 30%", "(weging 40 %)".</summary>
    [GeneratedRegex(@"(?:weeg\w*|\btel(?:t|len)\s+(?:mee\s+)?voor|gewicht|weging)\s*(?:van\s+|voor\s+|:\s*)?(?<num>\d+)\s*(?:/\s*(?<den>\d+)|%|procent)", RegexOptions.IgnoreCase)]
    private static partial Regex Weight();

    [GeneratedRegex(@"selectieonderde|selectieproef|selectieprocedure|rangschikking|het geheel|het totaal|volledige selectie|afzonderlijk|alle onderdelen", RegexOptions.IgnoreCase)]
    internal static partial Regex GlobalRule();

    /// <summary>The step a mark leads to: "om door te gaan naar het interview", "om toegelaten te worden tot de mondelinge proef", "voor toegang tot het gesprek".</summary>
    [GeneratedRegex(@"\b(?:om\s+)?(?:door\s+te\s+(?:gaan|stoten|mogen)|verder\s+te\s+(?:gaan|mogen)|toegelaten\s+te\s+worden|uitgenodigd\s+te\s+worden)\s+(?:naar|tot|voor)\s+[^.;,]*|\b(?:voor\s+)?toegang\s+tot\s+[^.;,]*|\b(?:uitgenodigd|toegelaten)\s+(?:voor|tot)\s+[^.;,]*|\b(?:mag|mogen|kan|kunnen|ga|gaat|gaan)\s+(?:je\s+|u\s+|ze\s+|kandidaten\s+)?(?:door\s+)?naar\s+(?:het|de)\s+[^.;,]{1,40}|\b(?:om\s+)?naar\s+(?:het|de)\s+[^.;,]{1,40}?\s+(?:te\s+)?(?:mogen|kunnen)(?:\s+gaan)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToNextStep();

    [GeneratedRegex(@"\btota(?:al|le)\b|\bgeheel\b|\bglobaal\b|\beindresultaat\b|\bsamen\b(?!\s+met)", RegexOptions.IgnoreCase)]
    private static partial Regex TotalScope();

    [GeneratedRegex(@"eliminerend", RegexOptions.IgnoreCase)]
    private static partial Regex Eliminating();

    [GeneratedRegex(@"niet\s+eliminerend", RegexOptions.IgnoreCase)]
    private static partial Regex NotEliminating();

    [GeneratedRegex(@"niet (?:opgenomen in|meegeteld|mee in) de eind|telt niet mee|niet in de eindrangschikking|niet meegerekend", RegexOptions.IgnoreCase)]
    private static partial Regex NotCounted();

    [GeneratedRegex(@"(?:enkel|alleen|uitsluitend) voor kandidaten [^).;,]+|indien je kandidatuur niet voldoet aan de [\p{L}-]+|kandidaten (?:zonder|die niet) [^).;,]+", RegexOptions.IgnoreCase)]
    private static partial Regex AppliesTo();

    [GeneratedRegex(@"^(?:enkel|alleen|uitsluitend)\s+voor\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyFor();

    [GeneratedRegex(@"week van[\d\s,]*(?:(?:en|of|en of)\s+[\d\s,]*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekOf();

    [GeneratedRegex(@"onder voorbehoud|voorlopig|tentatief|vermoedelijk", RegexOptions.IgnoreCase)]
    private static partial Regex Tentative();

    [GeneratedRegex(@"na afspraak|op afspraak", RegexOptions.IgnoreCase)]
    private static partial Regex Appointment();

    [GeneratedRegex(@"voormiddag|ochtend", RegexOptions.IgnoreCase)]
    private static partial Regex Morning();

    [GeneratedRegex(@"namiddag", RegexOptions.IgnoreCase)]
    private static partial Regex Afternoon();

    [GeneratedRegex(@"\d\s+(?:en\s+)?of\s+(?:\p{L}+\s+)?\d|en/of", RegexOptions.IgnoreCase)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"doorgestuurd|verstuurd|toegestuurd|ontvang je|je ontvangt|ontvangen\s+(?:de|je|jullie|u)\b|krijg je|je krijgt|bezorgd op|bezorgen we je|sturen we je", RegexOptions.IgnoreCase)]
    private static partial Regex Sent();

    [GeneratedRegex(@"deadline|terug te (ontvangen|sturen|bezorgen)|terugsturen|terugbezorgen|\bterug\s+(?:\p{L}+\s+){0,2}?(?:tegen|vóór|voor|op|uiterlijk)\b|(?:indienen|inleveren|opladen|uploaden|afgeven|binnen)\s+(?:\p{L}+\s+){0,2}?(?:tegen|vóór|voor)\b|ten laatste|uiterlijk", RegexOptions.IgnoreCase)]
    private static partial Regex ReturnBy();
}
