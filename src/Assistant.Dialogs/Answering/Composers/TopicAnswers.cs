using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Understanding.Classification;
using Assistant.Understanding.Text;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Extraction;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// A question about a concrete thing (telework, childcare, a canteen, a course, night work, …; see
/// <see cref="TopicCues"/>): the vacancy's own line about it, quoted with its section, whatever word the document uses
/// for it; when no line of the documents speaks of it, "the documents do not say" with the vacancy's contact (source
/// none), in every language, instead of a passage that only shares other words with the question.
/// </summary>
public static partial class TopicAnswers
{
    private static readonly HashSet<Topic> OfferSections = [Topic.Offer, Topic.Benefits, Topic.Salary];
    private static readonly HashSet<string> PassageFirst = ["reporting"];
    private static readonly HashSet<Topic> NotAboutTheJob = [Topic.Selection, Topic.Application, Topic.Reserve, Topic.Contact];

    /// <summary>The answer for the question's topic on vacancy <paramref name="v"/>.</summary>
    public static Answer Compose(TurnContext t, VacancyFacts v, string topic)
    {
        var cue = TopicCues.Get(topic);
        if (PassageFirst.Contains(topic) && RetrievalAnswers.Compose(t, v) is { Source: AnswerSources.Retrieval } passage)
        {
            // A passage that shares the question's own words ("rapporteer") answers first; the topic's lines when none does.
            return passage;
        }

        var lines = OfTheKindAsked(Lines(t, v, cue), t.Analysis.TopicWord);
        if (lines.Count == 0)
        {
            // A section the headings did not reveal is still searched; a thing no line names is not in the documents.
            return cue.Section is null ? RetrievalAnswers.None(t, v, "benefits") : RetrievalAnswers.Compose(t, v);
        }

        if (AsksAmountOf(t.Analysis.FoldedText, t.Analysis.TopicWord) && !lines.Any(l => StatesAmount(l.Quote)))
        {
            // "Hoeveel cent per km is de kilometervergoeding?": a line that names the allowance without a number does not
            // say how much it is.
            return RetrievalAnswers.None(t, v, "benefits");
        }

        if (CountsTheTopic(t.Analysis.Words, t.Analysis.TopicWord) && lines.All(l => RetrievalAnswers.CountedIn(t.Analysis.Words, l.Quote) == false))
        {
            // "Hoeveel nachtdiensten per maand …?": lines that name night shifts (a premium for them) without counting them
            // do not say how many.
            return RetrievalAnswers.None(t, v);
        }

        if (ExtraUnmentioned(t, v, cue) >= 2)
        {
            // "Moet ik in de winter ook 's nachts rijden om te strooien?": a line about the hours does not answer what
            // the question adds besides its topic when the documents never name those things.
            return RetrievalAnswers.None(t, v);
        }

        var lang = t.Language;
        var first = lines[0];
        var text = Texts.Get(lang, "retrieval.answer", ("vacancy", Format.Vacancy(lang, v)), ("section", first.Section))
            + string.Concat(lines.Select(c => "\n“" + c.Quote + "”"));
        var intent = t.Analysis.Intent == "benefits" ? "benefits" : "general";
        return AnswerKit.Make(t, intent, AnswerSources.Retrieval, text, [v.Id], lines, new QuotedLinesPayload(lines));
    }

    /// <summary>Whether "hoeveel" counts a thing ("hoeveel nachtdiensten", "hoeveel weekends"), not an amount ("hoeveel extra op zondag", "hoeveel euro").</summary>
    private static bool CountsTheTopic(IReadOnlyList<string> words, string? topicWord)
    {
        var at = words.ToList().IndexOf("hoeveel");
        return at >= 0 && at + 1 < words.Count && topicWord is not null && !AmountWords.Contains(words[at + 1]);
    }

    private static readonly HashSet<string> AmountWords = new(StringComparer.Ordinal)
    {
        "extra", "meer", "minder", "euro", "eur", "procent", "geld", "bruto", "netto", "bedraagt", "is", "krijg", "krijgt", "krijgen", "verdien", "verdient", "betaalt", "betalen",
    };

    /// <summary>
    /// The lines of the vacancy's documents that speak of the topic, as citations: those with the question's own word
    /// first ("permanentie" → "permanentievergoeding"), then those in the offer sections, at most two.
    /// </summary>
    internal static IReadOnlyList<Citation> Lines(TurnContext t, VacancyFacts v, TopicCue topic)
    {
        var found = new List<(Citation Line, int Rank)>();
        if (t.Knowledge.Find(v.Id) is not { } vacancy)
        {
            return [];
        }

        var word = t.Analysis.TopicWord is { Length: >= 5 } w ? w[..Math.Min(w.Length, 7)] : null;
        foreach (var doc in vacancy.Documents.Where(d => t.Channel == Channels.Teams || d.Audience == Audience.Public))
        {
            var start = 0;
            while (start < doc.Text.Length)
            {
                var end = doc.Text.IndexOf('\n', start);
                end = end < 0 ? doc.Text.Length : end;
                var line = doc.Text[start..end].Trim();
                var folded = TextFolding.Fold(line);
                var section = TopicRules.OfHeading(doc.SectionAt(start)?.Title ?? "");
                var inSection = topic.Section is null ? Allowed(section, topic) : section == topic.Section;
                if (line.Length > 0 && topic.Document.IsMatch(folded) && inSection && !doc.Sections.Any(s => s.Title == line))
                {
                    var lineStart = start + doc.Text[start..end].IndexOf(line, StringComparison.Ordinal);
                    var rank = (word is not null && folded.Contains(word, StringComparison.Ordinal) ? 0 : 2) + (OfferSections.Contains(section) ? 0 : 1);
                    found.Add((new Citation(v.Id, doc.FileName, doc.SectionAt(start)?.Title ?? "", line, lineStart, lineStart + line.Length), rank));
                }

                start = end + 1;
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        if (topic.Section is not null)
        {
            return found.Take(4).Select(f => f.Line).ToList();
        }

        var best = found.Min(f => f.Rank);
        return found.Where(f => f.Rank == best).Take(2).Select(f => f.Line).ToList();
    }

    /// <summary>
    /// The lines that name the kind of time the question asks about: "Moet ik ook in het weekend werken?" is not answered
    /// by a line about the working hours in general ("opleidingen tijdens de werkuren"), only by one that names the
    /// weekend, a Saturday or Sunday, or the weekdays ("van maandag tot vrijdag"); nights by a line about nights, and so
    /// on. A question about the hours in general keeps every line.
    /// </summary>
    internal static IReadOnlyList<Citation> OfTheKindAsked(IReadOnlyList<Citation> lines, string? questionWord)
    {
        var asked = questionWord is null ? "" : TextFolding.Fold(questionWord);
        var kind = Kinds.FirstOrDefault(k => k.Asked.Any(a => asked.StartsWith(a, StringComparison.Ordinal)));
        if (kind.Named is null)
        {
            return lines;
        }

        // A schedule with its hours or days ("van 6 tot 14 uur", "maandag tot vrijdag") answers any kind of time too.
        return lines.Where(l => TextFolding.Fold(l.Quote) is var q && (kind.Named.Any(n => q.Contains(n, StringComparison.Ordinal))
            || q.Contains("maandag tot", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(q, @"\b(van|tussen) \d{1,2}([u.:h]\d{0,2})? ?(uur )?(tot|en) \d{1,2}\b"))).ToList();
    }

    /// <summary>Whether the folded question asks how much or how many ("hoeveel", "how much", "combien", "welk bedrag").</summary>
    internal static bool AsksAmount(string foldedQuestion) => AmountQuestion().IsMatch(foldedQuestion);

    /// <summary>
    /// Whether the question asks how much of the thing named by <paramref name="word"/>: in a question of several parts
    /// ("is er gratis parking? en hoeveel zijn de maaltijdcheques?", "is there parking, and how much are the meal vouchers")
    /// only the part that names it counts; without such a word, or when no part names it, the whole question.
    /// </summary>
    internal static bool AsksAmountOf(string foldedQuestion, string? word)
    {
        var named = word is { Length: > 0 } w ? TextFolding.Fold(w) : null;
        var parts = named is null ? [] : ClauseBreak().Split(foldedQuestion).Where(p => p.Contains(named, StringComparison.Ordinal)).ToList();
        return parts.Count == 0 ? AsksAmount(foldedQuestion) : parts.Any(AsksAmount);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[?;!]|\.\s|\s(?:en|and|et|maar|but|mais|ook|also|aussi)\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();

    /// <summary>Whether a line states a number (digits or a number word).</summary>
    internal static bool StatesAmount(string line) => line.Any(char.IsDigit) || AmountWord().IsMatch(TextFolding.Fold(line));

    [System.Text.RegularExpressions.GeneratedRegex(@"\bhoeveel\b|\bhow (much|many)\b|\bcombien\b|\bwelk bedrag\b|\bhoe hoog\b|\bwhat amount\b|\bquel montant\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AmountQuestion();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|half|halve|dubbel)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AmountWord();

    private static readonly (string[] Asked, string[] Named)[] Kinds =
    [
        (["weekend", "week end", "zaterdag", "zondag", "saturday", "sunday", "samedi", "dimanche"], ["weekend", "zaterdag", "zondag", "maandag tot", "weekdag", "werkdagen", "7 op 7", "zeven dagen"]),
        (["nacht", "night", "nuit"], ["nacht"]),
        (["avond", "evening", "soir"], ["avond"]),
        (["ploeg", "shift", "equipe"], ["ploeg", "shift", "volcontinu"]),
        (["feestdag", "holiday", "ferie"], ["feestdag"]),
    ];

    /// <summary>
    /// How many topic words of a Dutch question, besides the words that name its topic, occur nowhere in the vacancy's
    /// documents (0 for English and French questions, whose words cannot be looked up in the Dutch documents).
    /// </summary>
    internal static int ExtraUnmentioned(TurnContext t, VacancyFacts v, TopicCue topic) =>
        t.Language != "nl" ? 0
        : RetrievalAnswers.Unmentioned(t, v).Count(w => w != t.Analysis.TopicWord && !topic.Question.IsMatch(" " + w + " ") && !topic.Document.IsMatch(w));

    private static bool Allowed(Topic section, TopicCue topic) =>
        topic.AnySection || (topic.Offer ? OfferSections.Contains(section) || section == Topic.Unknown : !NotAboutTheJob.Contains(section));
}
