using System.Text;
using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Deadlines;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Procedure answers: the steps with points, pass marks, dates and rules; the date of one step; the return of an assignment; the reserve.</summary>
public static partial class ProcedureAnswers
{
    public static Answer Compose(TurnContext t, VacancyFacts v)
    {
        var aspect = t.Analysis.Aspect ?? "steps";
        if (aspect == "reserve")
        {
            return Reserve(t, v);
        }

        if (aspect == "assignment-return")
        {
            return Return(t, v);
        }

        if (WhoGoesOn.Compose(t, v) is { } ranked)
        {
            return ranked;
        }

        if (!aspect.StartsWith("step-date", StringComparison.Ordinal) && StepDetail.Compose(t, v) is { } detail)
        {
            return detail;
        }

        if (aspect.StartsWith("step-date", StringComparison.Ordinal) && AsksWholeProcedure().IsMatch(t.Analysis.FoldedText) && v.SelectionSteps.Count > 1)
        {
            // "How does the selection work, and when is the written exam?": the whole list of steps, which gives each step's date.
            return Steps(t, v);
        }

        if (aspect.StartsWith("step-date", StringComparison.Ordinal))
        {
            return StepDate(t, v, aspect.Contains(':', StringComparison.Ordinal) ? aspect[(aspect.IndexOf(':', StringComparison.Ordinal) + 1)..] : null);
        }

        if (t.Language != "nl" && RemoteAsked().IsMatch(t.Analysis.FoldedText) && t.Knowledge.Find(v.Id) is { } vacancy
            && !RemoteInDocuments().IsMatch(RetrievalAnswers.FoldedText(vacancy, t.Channel == Channels.Teams)))
        {
            // "Can the interview be done online?", "l'épreuve peut-elle se faire à distance ?": documents that never speak of
            // taking a step remotely do not answer it; the list of steps would look like a yes. (A Dutch question finds the
            // word it asks about missing from the documents by itself, below.)
            return RetrievalAnswers.None(t, v, "procedure");
        }

        if (t.Language == "nl" && AsksBeyondSteps(t.Analysis.Words, RetrievalAnswers.Unmentioned(t, v).Where(w => !OnlyOutsideWholeProcedureQuestion(t.Text, w))))
        {
            // "Hoe lang duurt de proeftijd?", "Kan ik de proef online afleggen?", "Hoeveel kandidaten worden uitgenodigd?":
            // the list of steps does not answer a thing it never names; a passage that does, or "the documents do not say".
            // The selection's contact, not the one for the job's content: these are questions for the personnel service.
            return RetrievalAnswers.Compose(t, v, "procedure");
        }

        if (v.SelectionSteps.Count == 0 && v.PassRules.Count == 0)
        {
            // No step the rules could read: an empty list says nothing; the sentences of the section about the selection,
            // else the passage about it, or "not in the documents".
            var told = StepSentences.Told(t, v);
            return told.Count > 0 ? Quoted(t, v, told) : RetrievalAnswers.Compose(t, v, "procedure");
        }

        return Steps(t, v);
    }

    /// <summary>
    /// Whether a Dutch procedure question asks about something the list of selection steps cannot answer: a word of the
    /// question that the vacancy's documents never use and that is not a generic word for the selection itself
    /// ("stappen", "verloop", "gesprek"), or a count of people ("hoeveel kandidaten") where steps only count points.
    /// </summary>
    internal static bool AsksBeyondSteps(IReadOnlyList<string> words, IEnumerable<string> unmentioned)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "hoeveel" && CountedPeople.Contains(words[i + 1]))
            {
                return true;
            }
        }

        return unmentioned.Any(w => !IsSelectionWord(w));
    }

    /// <summary>
    /// Whether the question asks how the whole selection goes in a sentence of its own ("Hoe verloopt de selectie? Er zijn vast
    /// veel kandidaten.") and <paramref name="word"/> only occurs in its other sentences: a remark or an afterthought beside an
    /// explicit question about the steps does not turn it into a question the steps cannot answer.
    /// </summary>
    internal static bool OnlyOutsideWholeProcedureQuestion(string text, string word)
    {
        var sentences = QuestionSentence().Split(text).Select(TextFold.Words).Where(ws => ws.Count > 0).ToList();
        var asking = sentences.Where(ws => AsksWholeProcedure().IsMatch(string.Join(' ', ws))).ToList();
        return asking.Count > 0 && sentences.Count > asking.Count && !asking.Any(ws => ws.Contains(word));
    }

    /// <summary>An English or French question about taking a step remotely: online, by video, from home, "en ligne", "à distance".</summary>
    [GeneratedRegex(@"\bonline\b|\bremote(ly)?\b|\bby video\b|\bvideo ?(call|conference|interview)\b|\bvia (teams|zoom|skype|webex)\b|\bfrom home\b|\ben ligne\b|\ba distance\b|\bpar (video|visio)\w*|\bvisio\w*|\bdepuis (chez moi|la maison|mon domicile)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RemoteAsked();

    /// <summary>Folded document words for taking part remotely (any use of them leaves the question to the usual answers).</summary>
    [GeneratedRegex(@"\bonline\b|\bdigita\w*|\bop afstand\b|\bvideo\w*|\bteams\b|\bwebex\b|\bzoom\b|\bskype\b|\bvan thuis\b|\bthuis uit\b|\bvirtue\w*|\bcomputer\w*|\ben ligne\b|\ba distance\b", RegexOptions.CultureInvariant)]
    private static partial Regex RemoteInDocuments();

    [GeneratedRegex(@"(?<=[?!.;])\s+")]
    private static partial Regex QuestionSentence();

    private static bool IsSelectionWord(string w) =>
        SelectionWords.Contains(w) || SelectionRoots.Any(r => w.StartsWith(r, StringComparison.Ordinal));

    private static readonly HashSet<string> CountedPeople = new(StringComparer.Ordinal)
    {
        "kandidaten", "deelnemers", "sollicitanten", "mensen", "personen", "laureaten", "geslaagden", "gegadigden",
    };

    // Whole words: "proeftijd" and "testament" are not about the selection, "proef" and "testen" are.
    private static readonly HashSet<string> SelectionWords = new(StringComparer.Ordinal)
    {
        "proef", "proeven", "test", "testen", "tests", "examen", "examens", "ronde", "rondes", "fase", "fasen", "fases",
        "punten", "punt", "slagen", "geslaagd", "verloop", "verloopt", "verlopen", "inhoud", "volgorde", "onderdeel", "onderdelen",
    };

    private static readonly string[] SelectionRoots =
    [
        "stap", "selectie", "procedure", "sollicitatie", "gesprek", "interview", "assessment", "jury", "mondeling",
        "schriftelijk", "praktijkproef", "praktische", "proefopdracht", "casus", "case", "voorbereid", "beoordel",
    ];

    private static Answer Steps(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var text = new StringBuilder(DocumentText.Heading(lang, Texts.Get(lang, "proc.steps", ("vacancy", Format.Vacancy(lang, v)))));
        var order = 0;
        var sub = 0;
        foreach (var step in v.SelectionSteps)
        {
            var details = new List<string>();
            if (StepContent.Of(step) is { } content) details.Add(Texts.Get(lang, "proc.content", ("content", DocumentText.Quote(lang, content))));
            if (step.Kind != "group" && step.MaxPoints is { } points) details.Add(Texts.Get(lang, "proc.points", ("points", Format.Number(lang, points))));
            if (step.Kind == "group" && step.MaxPoints is { } total) details.Add(Texts.Get(lang, "proc.points", ("points", Format.Number(lang, total))));
            if (step.PassMark is { Qualitative: { } word }) details.Add(Texts.Get(lang, "proc.passmark.qualitative", ("mark", word)));
            else if (Format.PassMark(lang, step.PassMark) is { } mark) details.Add(Texts.Get(lang, "proc.passmark", ("mark", mark)));
            if (step.Eliminating && step.PassMark is null) details.Add(Texts.Get(lang, "proc.eliminating"));
            if (!step.CountsInFinal) details.Add(Texts.Get(lang, "proc.notCounted"));
            if (step.Weight is { } w) details.Add(Texts.Get(lang, "proc.weight", ("weight", Format.Weight(w))));
            if (step.Conditional) details.Add(step.AppliesTo is { } who ? Texts.Get(lang, "proc.conditional", ("who", DocumentText.Quote(lang, who))) : Texts.Get(lang, "proc.conditional.some"));
            if (step.Dates.Count > 0) details.Add(DateText.Dates(lang, step.Dates));
            sub = step.Parent is null ? 0 : sub + 1;
            order += step.Parent is null ? 1 : 0;
            var name = KindLabel(lang, step) is { } label ? $"{DocumentText.Quote(lang, step.Name)} ({label})" : DocumentText.Quote(lang, step.Name);
            var prefix = order.ToString(System.Globalization.CultureInfo.InvariantCulture) + (step.Parent is null ? "" : ((char)('a' + sub - 1)).ToString());
            text.Append('\n').Append(Texts.Get(lang, "proc.step", ("order", prefix), ("name", name), ("details", details.Count == 0 ? "" : ": " + string.Join("; ", details))));
        }

        var rules = v.PassRules.Select(r => Texts.Get(lang, "proc.rule." + r.Kind, ("percent", r.Percent), ("count", r.Count), ("step", r.Step))).ToList();
        if (rules.Count > 0)
        {
            // A paragraph of its own: right under the numbered steps, Markdown would read it as part of the last step.
            text.Append("\n\n").Append(Texts.Get(lang, "proc.rules", ("rules", Format.List(lang, rules))));
        }

        var also = Unlisted(t, v);
        if (also.Count > 0)
        {
            text.Append("\n\n").Append(Texts.Get(lang, "proc.also", ("items", string.Join(" ", also.Select(c => DocumentText.Quote(lang, c.Quote))))));
        }

        var citations = v.SelectionSteps.Select(s => (Citation?)s.Citation).Concat(v.PassRules.Select(r => (Citation?)r.Citation)).Concat(also.Select(c => (Citation?)c));
        return AnswerKit.Make(t, Intents.Procedure, AnswerSources.Rules, text.ToString(), [v.Id], citations, new SelectionStepsPayload(v.SelectionSteps, v.PassRules));
    }

    /// <summary>The selection remarks the list of steps leaves out (<see cref="VacancyFacts.SelectionRemarks"/>) this channel may quote, at most three.</summary>
    private static List<Citation> Unlisted(TurnContext t, VacancyFacts v) => AnswerKit.Visible(t, v, v.SelectionRemarks).Take(3).ToList();

    /// <summary>What kind of step a Dutch step name is, in the answer's language ("written test", "épreuve écrite"); none in Dutch.</summary>
    private static string? KindLabel(string lang, SelectionStep step) =>
        Texts.Has(lang, "proc.kind." + step.Kind) && Texts.Get(lang, "proc.kind." + step.Kind) is { Length: > 0 } label
            && !step.Name.Contains(label, StringComparison.OrdinalIgnoreCase) ? label : null;

    /// <summary>The date answer for one kind of step, for a deadline question that also asks it; null when no step of that kind has a date.</summary>
    internal static (string Text, IEnumerable<Citation> Citations)? StepDateAlso(TurnContext t, VacancyFacts v, string kind)
    {
        var dates = ScheduleTool.Dates(v, t.Now, kind);
        return dates.Count == 0 ? null : (StepDate(t, v, kind).Text, dates.Select(d => d.Step.Citation));
    }

    private static Answer StepDate(TurnContext t, VacancyFacts v, string? kind)
    {
        var lang = t.Language;
        var vacancy = Format.Vacancy(lang, v);
        var dates = ScheduleTool.Dates(v, t.Now, kind);
        if (UnlistedStep(t, v, kind, dates) is { } sentence)
        {
            // "Wanneer is de zwemproef?" where the rules listed no such step with a date: the sentence that names it with one.
            return Quoted(t, v, [sentence]);
        }

        if (dates.Count == 0)
        {
            var all = ScheduleTool.Dates(v, t.Now);
            if (all.Count == 0)
            {
                // No step of the selection has a date: the documents do not say when (nor, then, where); the selection's contact does.
                return kind is null
                    ? RetrievalAnswers.None(t, v, "procedure")
                    : RetrievalAnswers.NotStated(t, v, Texts.Get(lang, "proc.stepDate.none", ("vacancy", vacancy), ("step", kind)), "procedure");
            }

            var text = all.Count == 0
                ? Texts.Get(lang, "proc.stepDate.none", ("vacancy", vacancy), ("step", kind ?? "…"))
                : string.Join("\n", all.GroupBy(d => d.Step).Select(g => Texts.Get(lang, "proc.stepDate", ("step", DocumentText.Quote(lang, g.Key.Name)), ("vacancy", vacancy), ("dates", DateText.Dates(lang, g.Select(x => x.Date).ToList())))));
            return AnswerKit.Make(t, Intents.Procedure, AnswerSources.Rules, text, [v.Id], all.Select(d => (Citation?)d.Step.Citation), new ScheduledDatesPayload(all));
        }

        var lines = dates.GroupBy(d => d.Step).Select(g => Texts.Get(lang, "proc.stepDate", ("step", DocumentText.Quote(lang, g.Key.Name)), ("vacancy", vacancy), ("dates", DateText.Dates(lang, g.Select(x => x.Date).ToList())))).ToList();
        if (AsksWhere().IsMatch(t.Text))
        {
            // "Wanneer en waar is de schriftelijke proef?": the sentence that places the step, quoted; or that the documents do not say.
            foreach (var step in dates.Select(d => d.Step).Distinct())
            {
                var place = PlaceSentence(step);
                lines.Add(place is null
                    ? Texts.Get(lang, "proc.stepPlace.none", ("step", DocumentText.Quote(lang, step.Name)))
                    : Texts.Get(lang, "proc.stepPlace", ("step", DocumentText.Quote(lang, step.Name)), ("quote", place)));
            }
        }

        return AnswerKit.Make(t, Intents.Procedure, AnswerSources.Rules, string.Join("\n", lines), [v.Id], dates.Select(d => (Citation?)d.Step.Citation), new ScheduledDatesPayload(dates));
    }

    /// <summary>
    /// The document's sentence that names the step a question asks the date of (by its own word, "zwemproef", "proefles",
    /// or by its kind, "capacity test") with a date, when no listed step of that name or kind has a date; else null.
    /// </summary>
    private static Citation? UnlistedStep(TurnContext t, VacancyFacts v, string? kind, IReadOnlyList<ScheduledDate> dates)
    {
        var named = (t.Language == "nl" ? StepSentences.Named(t.Analysis.Words) : []).Concat(StepSentences.KindWords(kind)).Distinct().ToList();
        if (named.Count == 0 || (kind is not null && dates.Count > 0))
        {
            return null;
        }

        var listed = v.SelectionSteps.Where(s => s.Dates.Count > 0 && named.Any(n => Assistant.Core.Text.TextFold.Fold(s.Name).Contains(n, StringComparison.Ordinal)));
        return listed.Any() ? null : StepSentences.Dated(t, v, named);
    }

    /// <summary>Sentences of the documents about the selection, quoted as written, as a procedure answer.</summary>
    private static Answer Quoted(TurnContext t, VacancyFacts v, IReadOnlyList<Citation> sentences)
    {
        var lang = t.Language;
        var text = Texts.Get(lang, "proc.quoted", ("vacancy", Format.Vacancy(lang, v))) + "\n"
            + string.Join("\n", sentences.Select(c => "- " + DocumentText.Quote(lang, c.Quote)));
        return AnswerKit.Make(t, Intents.Procedure, AnswerSources.Rules, text, [v.Id], sentences, null);
    }

    /// <summary>The sentence of a step's passage that says where it takes place (a room, a building, a town, online), or null.</summary>
    private static string? PlaceSentence(SelectionStep step)
    {
        var words = step.Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 4).Select(w => w.TrimEnd('e')).ToList();
        var sentences = SentenceEnd().Split(step.Citation.Quote).Where(x => Place().IsMatch(x)).ToList();
        return sentences.FirstOrDefault(x => words.Any(w => x.Contains(w, StringComparison.OrdinalIgnoreCase))) ?? (sentences.Count == 1 ? sentences[0] : null);
    }

    /// <summary>"hoe verloopt de selectie", "welke stappen", "how does the selection work", "comment se déroule la procédure" (folded text).</summary>
    [GeneratedRegex(
        @"\bhoe (verloopt|werkt|gaat|ziet)\b.{0,30}\b(selectie|procedure|aanwerving)|\bwelke (stappen|selectiestappen|fases|onderdelen)\b|\bverloop van de (selectie|procedure)\b"
        + @"|\bhow (does|do|will|is) (the )?(selection|procedure|recruitment|hiring|application)( process| procedure)? (work|go|run|look|organi[sz]ed)\b|\bwhat (are|is) the (selection )?(steps|stages|procedure|process)\b|\bwhat does the (selection|procedure) (look like|involve)\b"
        + @"|\bcomment (se deroule|fonctionne|se passe|est organisee?) (la |le )?(selection|procedure|recrutement)\b|\bquelles sont les (etapes|epreuves)\b|\bderoulement de la (selection|procedure)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksWholeProcedure();

    [GeneratedRegex(@"\b(?:waar|where)\b|(?:^|\s)où\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhere();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?i:\b(?:zaal|lokaal|gebouw|campus|adres|locatie|commissariaat|gemeentehuis|stadhuis|administratief centrum|kantoor|vergaderzaal|online|digitaal|op afstand)\b)|\b(?:in|te)\s+(?:het\s+|de\s+)?\p{Lu}\p{L}+")]
    private static partial Regex Place();

    private static Answer Return(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var steps = v.SelectionSteps.Where(s => s.Dates.Any(d => d.Role is not null)).ToList();
        var citations = new List<Citation?>();
        var lines = new List<string>();
        foreach (var step in steps)
        {
            lines.Add(Texts.Get(lang, "proc.return", ("step", DocumentText.Quote(lang, step.Name)), ("dates", DateText.Dates(lang, step.Dates.Where(d => d.Role is not null).ToList()))));
            citations.Add(step.Citation);
        }

        foreach (var other in v.OtherDeadlines.Where(d => d.Kind == "assignment" && !steps.Any(s => s.Dates.Any(x => x.Date == d.Date))))
        {
            lines.Add(other.Citation.Quote);
            citations.Add(other.Citation);
        }

        var text = lines.Count == 0 ? Texts.Get(lang, "proc.return.none", ("vacancy", Format.Vacancy(lang, v))) : string.Join("\n", lines);
        return AnswerKit.Make(t, Intents.Procedure, AnswerSources.Rules, text, [v.Id], citations, new AssignmentReturnPayload(steps, v.OtherDeadlines));
    }

    private static Answer Reserve(TurnContext t, VacancyFacts v)
    {
        if (ReserveAnswers.WithReportDate(t, v) is { } dated) return dated;
        var lang = t.Language;
        var vacancy = Format.Vacancy(lang, v);
        if (v.Reserve is not { ValidityYears: { } years } reserve)
        {
            // Nothing to compute from: the documents do not say, so the answer is the unknown one with the selection's contact.
            return RetrievalAnswers.NotStated(t, v, Texts.Get(lang, "reserve.none", ("vacancy", vacancy)), "procedure");
        }

        // "1 jaar, verlengbaar tot maximaal 3 jaar": the longest total is part of the answer, not only that it can be extended.
        // "2 jaar, één keer met 1 jaar verlengbaar": the length of one extension too, as the document counts it.
        var extendable = reserve.ExtendableToYears is { } longest && longest > years && reserve.ExtensionYears is { } step
            ? Texts.Get(lang, "reserve.extendableBy", ("step", YearsText(lang, step)), ("duration", YearsText(lang, longest)))
            : reserve.ExtendableToYears is { } most && most > years ? Texts.Get(lang, "reserve.extendableTo", ("duration", YearsText(lang, most)))
            : reserve.Extendable ? Texts.Get(lang, "reserve.extendable") : "";
        var text = Texts.Get(lang, "reserve.validity", ("vacancy", vacancy), ("duration", YearsText(lang, years)),
            ("atLeast", reserve.AtLeast ? Texts.Get(lang, "reserve.atLeast") : ""), ("extendable", extendable));
        if (reserve.StartRule is { } rule)
        {
            text += " " + Texts.Get(lang, "reserve.start." + rule);
        }

        return AnswerKit.Make(t, Intents.Procedure, AnswerSources.Rules, text, [v.Id], [reserve.Citation], new ReservePayload(reserve));
    }

    /// <summary>A number of years with the unit in the answer's language, singular for one ("1 year", "1 an").</summary>
    private static string YearsText(string lang, decimal years) =>
        years == 1 ? Texts.Get(lang, "reserve.years.one") : Texts.Get(lang, "reserve.years", ("years", Format.Number(lang, years)));
}
