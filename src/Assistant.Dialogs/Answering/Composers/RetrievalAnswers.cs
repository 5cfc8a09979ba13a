using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Knowledge.Index;
using Assistant.Tools.Lookups;
using Assistant.Understanding.Text;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// Open questions answered from the documents: the best passage, if it scores above the threshold and shares a
/// content word with the question (not just the vacancy's own name); otherwise an honest "the documents do not say"
/// with the vacancy's contact (source "none"). Internal documents only on the Teams channel.
/// </summary>
public static class RetrievalAnswers
{
    public static Answer Compose(TurnContext t, VacancyFacts? v, string contactTopic = "content")
    {
        var lang = t.Language;
        var hits = t.Knowledge.Index.Search(new SearchQuery(t.Text, v?.Id, IncludeInternal: t.Channel == Channels.Teams, Top: 5));
        var content = ContentWords(t.Analysis.Words, v);
        if (lang != "nl" && WithoutNames(content, t.Text) is { Count: > 0 } topical)
        {
            // "Is there staff parking at the Lindeshof daycare in Kapelwijk?": the names only say where; a passage that
            // shares nothing but them ("Gemeente Kapelwijk · Kinderdagverblijf Lindeshof") does not answer.
            content = topical;
        }

        // An English or French question meets the Dutch documents only through shared names and loanwords: one such
        // word among several topic words ("student" in "free season pass for the swimming pool for students") is a near miss.
        var needed = lang != "nl" && content.Count >= 3 ? 2 : 1;
        // The first passage that answers the question's topic: it shares its content words, and a Dutch question's topic
        // words (or a word of their family, "statutair" → "statuut"), or for "hoeveel X" counts X.
        var topic = lang == "nl" && v is not null ? TopicWords(t, v).ToList() : [];
        var counting = t.Analysis.Words.Contains("hoeveel");
        // "How many nurses …", "combien de jours de congé …" ask a count too: a passage that counts nothing of the kind does not answer.
        var countWords = CountingQuestion.InDutch(t.Analysis.Words, lang);
        var hit = hits.FirstOrDefault(h => h.Score >= t.Options.RetrievalThreshold && Shared(h.Passage, content) >= needed
            && Counts(countWords, h.Passage) && (lang != "nl" || counting || Answers(h.Passage, topic)));
        if (v is null && hit is not null && t.Knowledge.Find(hit.VacancyId)?.Facts is { } found)
        {
            // A question that named no vacancy ("mag ik mijn hond meenemen als ranger in X?") is judged as one about the vacancy
            // whose passage answers best: the same topic checks, and that vacancy's contact when its documents do not say.
            return Compose(t, found, contactTopic);
        }

        // A passage that counts what "hoeveel" asks ("85 scholen") answers even when the question's verb is not in the documents.
        // "Hoeveel weken inwerking …" counts in a unit: "binnen twee weken uitgenodigd" counts weeks, not the induction.
        var counted = hit is not null && counting && CountedIn(t.Analysis.Words, hit.Passage) == true && !CountsInAUnit(t.Analysis.Words);
        if (hit is null || (lang == "nl" && v is not null && !counted && Unmentioned(t, v).Any()))
        {
            return None(t, v, contactTopic);
        }

        var facts = t.Knowledge.Find(hit.VacancyId)?.Facts;
        var vacancy = facts is null ? hit.VacancyId : Format.Vacancy(lang, facts);
        var text = new StringBuilder(Texts.Get(lang, "retrieval.answer", ("vacancy", vacancy), ("section", hit.Section)));
        var quote = string.Join(' ', hit.Passage.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        text.Append("\n“").Append(quote).Append('”');
        var citation = new Citation(hit.VacancyId, hit.Document, hit.Section, quote, hit.Start, hit.End);
        return AnswerKit.Make(t, Intents.General, AnswerSources.Retrieval, text.ToString(), [hit.VacancyId], [citation], new PassagesPayload(hits.Take(3).ToList(), TopicChecked: lang == "nl" && v is not null));
    }

    /// <summary>"Not in the documents", with the vacancy's contact for <paramref name="contactTopic"/> when there is one.</summary>
    public static Answer None(TurnContext t, VacancyFacts? v, string contactTopic = "content")
    {
        var lang = t.Language;
        if (v is null)
        {
            return AnswerKit.Make(t, Intents.Unknown, AnswerSources.None, Texts.Get(lang, "retrieval.none.general"), [], [], null);
        }

        var contact = LookupTool.ContactFor(v, contactTopic);
        var text = contact is null
            ? Texts.Get(lang, "retrieval.none.noContact")
            : Texts.Get(lang, "retrieval.none", ("vacancy", Format.Vacancy(lang, v)), ("contact", Format.Contact(lang, contact)));
        return Unanswered(t, v, text, contact);
    }

    /// <summary>
    /// What a rule found the documents do not state ("the vacancy does not say how long the reserve is valid"), followed by
    /// the contact for <paramref name="contactTopic"/>: an unanswered question, so its intent is "unknown" and nothing was read.
    /// </summary>
    public static Answer NotStated(TurnContext t, VacancyFacts v, string said, string contactTopic)
    {
        var lang = t.Language;
        var contact = LookupTool.ContactFor(v, contactTopic);
        var text = contact is null ? said : said + " " + Texts.Get(lang, "contact.any", ("vacancy", Format.Vacancy(lang, v)), ("contact", Format.Contact(lang, contact)));
        return Unanswered(t, v, text, contact);
    }

    /// <summary>An unanswered question about <paramref name="v"/> (intent unknown, nothing read), with the contact when there is one.</summary>
    private static Answer Unanswered(TurnContext t, VacancyFacts v, string text, Contact? contact) =>
        AnswerKit.Make(t, Intents.Unknown, AnswerSources.None, text, [v.Id], [contact?.Citation], contact is null ? null : new ContactsPayload([contact]));

    /// <summary>
    /// Whether a passage can answer a "hoeveel X" question: it must count something, a number right before X's word
    /// ("Hoeveel ergotherapeuten …" wants "3 ergotherapeuten") or, for people in general ("hoeveel mensen"), before
    /// any word that is not a unit of time, money or points. A passage that only names X is a near miss. Questions
    /// without "hoeveel" always pass.
    /// </summary>
    internal static bool Counts(IReadOnlyList<string> question, string passage) => CountedIn(question, passage) ?? true;

    /// <summary>Whether the passage counts the thing a "hoeveel X" question asks about; null when the question counts no such thing.</summary>
    internal static bool? CountedIn(IReadOnlyList<string> question, string passage)
    {
        var at = -1;
        for (var i = 0; i < question.Count - 1; i++)
        {
            if (question[i] == "hoeveel")
            {
                at = i + 1;
                break;
            }
        }

        // "Hoeveel extra krijg ik voor nachten?", "hoeveel meer verdien ik?": an amount is asked, not a count of things.
        if (at < 0 || StopWords.RetrievalNoise.Contains(question[at]) || question[at].Length < 4 || AmountAsked.Contains(question[at]))
        {
            return null;
        }

        var thing = question[at];
        var people = CountedPeople.Contains(thing);
        var root = thing.Length > 6 ? thing[..6] : thing;
        // "+25% voor nachtdiensten", "€ 20 per wachtdienst": a percentage or an amount next to the thing is a premium for it, not a count.
        var words = Words(passage.Replace("%", " procent ", StringComparison.Ordinal).Replace("€", " euro ", StringComparison.Ordinal));
        // A number before a proper name is an address, a postcode or a date ("Stationsstraat 4, 9000 Gent"), not a head count.
        var names = people ? NamesIn(passage) : [];
        for (var i = 0; i < words.Count; i++)
        {
            if ((!words[i].All(char.IsDigit) && !IsNumberWord(words[i]))
                || (i > 0 && ReferenceWords.Contains(words[i - 1]))
                || (!AmountUnits.Contains(thing) && ((i + 1 < words.Count && AmountUnits.Contains(words[i + 1])) || (i > 0 && AmountUnits.Contains(words[i - 1])))))
            {
                continue;
            }

            for (var j = i + 1; j <= Math.Min(i + 3, words.Count - 1); j++)
            {
                if (RateWords.Contains(words[j]))
                {
                    // "€ 8 per dienst", "0,35 per km", "2 dagen per week": an amount per X is a rate, it does not count X.
                    break;
                }

                // "36 u/week, voltijds": a number of hours, days or euros, or an address, ends the count; it does not count the words after it.
                if (names.Contains(words[j]) || (people && (CountUnits.Contains(words[j]) || UnitAbbreviations.Contains(words[j]))))
                {
                    break;
                }

                if (people ? !CountUnits.Contains(words[j]) && !words[j].Any(char.IsDigit) && words[j].Length >= 4
                    : words[j].StartsWith(root, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The folded words a passage only ever writes with a capital (place, street and employer names).</summary>
    private static HashSet<string> NamesIn(string passage)
    {
        var capital = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in passage.Split([' ', '\t', '\n', '\r', ',', '.', ';', ':', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            // Only plain words: "jobs@gemeente.be" does not write the place's name in lowercase.
            if (token.Length > 0 && char.IsLetter(token[0]) && token.All(c => char.IsLetter(c) || c is '-' or '\''))
            {
                foreach (var w in Words(token))
                {
                    (char.IsUpper(token[0]) ? capital : lower).Add(w);
                }
            }
        }

        capital.ExceptWith(lower);
        return capital;
    }

    /// <summary>Whether "hoeveel" is followed by a unit of time, money or points ("hoeveel weken", "hoeveel euro") rather than by the thing counted.</summary>
    internal static bool CountsInAUnit(IReadOnlyList<string> question)
    {
        var at = question.ToList().IndexOf("hoeveel");
        return at >= 0 && at + 1 < question.Count && CountUnits.Contains(question[at + 1]);
    }

    /// <summary>Whether a passage names at least one of the question's topic words or a word of its family (true without topic words).</summary>
    internal static bool Answers(string passage, IReadOnlyCollection<string> topicWords)
    {
        if (topicWords.Count == 0)
        {
            return true;
        }

        var text = string.Join(' ', Words(passage));
        return topicWords.Any(w => WordFamilies.Mentions(text, w));
    }

    private static bool IsNumberWord(string w) => NumberWords.Contains(w);

    /// <summary>Words before a number that make it a reference, not a count ("art. 7", "niveau 2", "schaal 4").</summary>
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.Ordinal) { "art", "artikel", "article", "niveau", "schaal", "echelle", "level", "nr", "nummer", "numero" };

    private static readonly HashSet<string> AmountAsked = new(StringComparer.Ordinal) { "extra", "meer", "minder", "geld", "bruto", "netto", "bedraagt", "krijg", "krijgt", "krijgen", "verdien", "verdient", "betaalt", "betalen", "kost", "kosten" };

    private static readonly HashSet<string> AmountUnits = new(StringComparer.Ordinal) { "procent", "euro", "eur" };

    private static readonly HashSet<string> RateWords = new(StringComparer.Ordinal) { "per", "elke", "iedere", "telkens", "pro" };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "twintig", "dertig", "veertig", "vijftig", "honderd" };

    private static readonly HashSet<string> UnitAbbreviations = new(StringComparer.Ordinal) { "u", "h", "min", "j", "d", "m", "km", "eur", "pt", "ptn", "procent" };

    private static readonly HashSet<string> CountedPeople = new(StringComparer.Ordinal) { "mensen", "personen", "medewerkers", "collega", "collegas", "werknemers", "personeelsleden" };

    private static readonly HashSet<string> CountUnits = new(StringComparer.Ordinal)
    {
        "uur", "uren", "minuten", "dagen", "dag", "weken", "week", "maanden", "maand", "jaar", "jaren", "euro", "eur", "punten",
        "procent", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "km", "kilometer", "meter", "bewoners", "cliënten", "clienten", "leerlingen", "kinderen", "plaatsen",
        // The French or English summary a Dutch vacancy may carry ("stage de 12 mois").
        "mois", "jours", "semaines", "heures", "ans", "months", "days", "weeks", "hours", "years",
    };

    /// <summary>
    /// The topic words of a Dutch question that occur nowhere in the vacancy's documents (whole words or parts of
    /// compounds): a question about parking, pets or a company car that the documents never mention gets "the documents
    /// do not say" with the contact, not a passage that merely shares the vacancy's other words.
    /// </summary>
    internal static IEnumerable<string> Unmentioned(TurnContext t, VacancyFacts v)
    {
        if (t.Knowledge.Find(v.Id) is not { } vacancy)
        {
            yield break;
        }

        var text = FoldedText(vacancy, t.Channel == Channels.Teams);
        foreach (var word in TopicWords(t, v))
        {
            if (!WordFamilies.Mentions(text, word))
            {
                yield return word;
            }
        }
    }

    /// <summary>
    /// The question's words of four letters or more that are neither function words, nor generic verbs, nor the vacancy's
    /// own name, nor the finite verb right after the question word ("Hoe laat begint …", "Aan wie rapporteert …"): that
    /// verb frames the question, the document states the answer in its own words ("van 6 tot 14 uur").
    /// </summary>
    internal static IEnumerable<string> TopicWords(TurnContext t, VacancyFacts v)
    {
        var own = OwnNameWords(v);
        var frame = QuestionFrame(t.Analysis.Words);
        return t.Analysis.Words.Where((w, i) => w.Length >= 4 && !frame.Contains(i) && !StopWords.RetrievalNoise.Contains(w) && !StopWords.TopicNeutral.Contains(w) && !own.Contains(w) && !OwnCompound(w, own) && !w.Any(char.IsDigit)).Distinct();
    }

    /// <summary>
    /// Whether a word is a compound of the vacancy's own name ("onthaalassistent" for an "assistent onthaal", "bibassistent"
    /// beside "bibliotheek", "labojob"): each part is a word of the name (the first may be clipped) or a generic word for
    /// the job, joined directly or by a linking s or e. Such a word names the vacancy, not the thing asked.
    /// </summary>
    internal static bool OwnCompound(string word, IReadOnlySet<string> own)
    {
        for (var i = 3; i <= word.Length - 3; i++)
        {
            var head = word[..i];
            var tail = word[i..];
            if (!OwnPart(head, own, asHead: true))
            {
                continue;
            }

            if (OwnPart(tail, own, asHead: false) || (tail.Length > 4 && tail[0] is 's' or 'e' && OwnPart(tail[1..], own, asHead: false)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OwnPart(string part, IReadOnlySet<string> own, bool asHead) =>
        own.Contains(part) || JobWords.Contains(part)
        // A head may be a clipped word of the name ("bib" for "bibliotheek", "labo" for "laboratorium"): at least three letters
        // that start a longer name word.
        || (asHead && part.Length >= 3 && own.Any(o => o.Length > part.Length + 2 && o.StartsWith(part, StringComparison.Ordinal)));

    private static readonly HashSet<string> JobWords = new(StringComparer.Ordinal) { "job", "jobs", "functie", "vacature" };

    /// <summary>The positions of a wh-phrase's modifier ("hoe laat", "hoe lang") and of the finite verb after it, in the first words.</summary>
    private static HashSet<int> QuestionFrame(IReadOnlyList<string> words)
    {
        for (var i = 0; i < Math.Min(3, words.Count); i++)
        {
            if (!WhWords.Contains(words[i]))
            {
                continue;
            }

            var verb = i + 1 < words.Count && words[i] == "hoe" && WhModifiers.Contains(words[i + 1]) ? i + 2 : i + 1;
            return verb < words.Count ? [.. Enumerable.Range(i + 1, verb - i)] : [];
        }

        return [];
    }

    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "wie", "wat", "welke", "welk", "hoe", "hoeveel", "waar", "wanneer", "waarom", "waarmee", "waarvoor" };

    private static readonly HashSet<string> WhModifiers = new(StringComparer.Ordinal) { "laat", "lang", "vaak", "veel", "snel", "ver" };

    /// <summary>The vacancy's documents as folded words, computed once per loaded vacancy (a snapshot's vacancies are immutable).</summary>
    internal static string FoldedText(Assistant.Knowledge.Base.Vacancy vacancy, bool includeInternal)
    {
        var cache = includeInternal ? FoldedAll : FoldedPublic;
        return cache.GetValue(vacancy, v => string.Join(' ', Words(string.Join('\n', v.Documents.Where(d => includeInternal || d.Audience == Audience.Public).Select(d => d.Text)))));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Assistant.Knowledge.Base.Vacancy, string> FoldedPublic = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Assistant.Knowledge.Base.Vacancy, string> FoldedAll = new();

    private static List<string> ContentWords(IReadOnlyList<string> question, VacancyFacts? v)
    {
        var ownWords = v is null ? new HashSet<string>(StringComparer.Ordinal) : OwnNameWords(v);
        var own = new HashSet<string>(ownWords.Select(Stem), StringComparer.Ordinal);
        // A stem inside a compound of the vacancy's own name ("techn" in "podiumtechnicus", said "stage technician") names
        // the job, not the topic asked about.
        return question.Where(w => w.Length > 2 && !StopWords.RetrievalNoise.Contains(w)).Select(Stem)
            .Where(s => !own.Contains(s) && !(s.Length >= 5 && ownWords.Any(o => o.Length > s.Length + 3 && o.Contains(s, StringComparison.Ordinal)))).Distinct().ToList();
    }

    /// <summary>
    /// The content stems that are not proper names of the question: words written with a capital inside a sentence
    /// ("Lindeshof", "Kapelwijk", "Hof ter Weide") in an English or French question name a place or employer.
    /// </summary>
    internal static List<string> WithoutNames(List<string> content, string question)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var tokens = question.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < tokens.Length; i++)
        {
            var token = tokens[i].Trim('"', '\'', '(', ')', ',', '?', '!', ':', ';', '.', '«', '»', '“', '”');
            var sentenceStart = tokens[i - 1].EndsWith('.') || tokens[i - 1].EndsWith('?') || tokens[i - 1].EndsWith('!');
            if (token.Length > 1 && char.IsUpper(token[0]) && !sentenceStart && !token.All(c => char.IsUpper(c) || !char.IsLetter(c)))
            {
                names.UnionWith(Words(token).Select(Stem));
            }
            else if (token.Length > 1 && token.All(c => char.IsLetter(c) && char.IsUpper(c)) && NextToAName(tokens, i))
            {
                // An acronym inside a name ("the RCA Sport Hall", "la VDAB Gent") is the employer's short name, not the topic;
                // one standing alone ("Do I need a CV?") may be the topic.
                names.UnionWith(Words(token).Select(Stem));
            }
        }

        return content.Where(c => !names.Contains(c)).ToList();
    }

    /// <summary>Whether the token before or after position <paramref name="i"/> is written with a capital (part of one name).</summary>
    private static bool NextToAName(string[] tokens, int i)
    {
        static bool Capital(string token)
        {
            var t = token.Trim('"', '\'', '(', ')', ',', '?', '!', ':', ';', '.', '«', '»', '“', '”');
            return t.Length > 1 && char.IsUpper(t[0]) && t.All(c => char.IsLetter(c) || c == '-');
        }

        return (i > 1 && Capital(tokens[i - 1])) || (i + 1 < tokens.Length && Capital(tokens[i + 1]));
    }

    /// <summary>How many of the question's content words (stems) the passage shares, whole or as part of a compound.</summary>
    private static int Shared(string passage, List<string> content)
    {
        if (content.Count == 0)
        {
            return 0;
        }

        var words = Words(passage).Select(Stem).ToHashSet(StringComparer.Ordinal);
        return content.Count(c => words.Contains(c) || words.Any(w => w.Length >= 5 && c.Length >= 5 && (w.Contains(c, StringComparison.Ordinal) || c.Contains(w, StringComparison.Ordinal))));
    }

    private static string Stem(string w) => w.Length > 5 ? w[..5] : w;

    private static List<string> Words(string text) => TextFold.Words(text);

    /// <summary>
    /// The words of the vacancy's own name (title, employer, place, id), folded: left out of a question's content words, since
    /// they name the job and not what is asked about it. No vacancy is looked up by them.
    /// </summary>
    internal static HashSet<string> OwnNameWords(VacancyFacts v) =>
        new(Words(string.Join(' ', v.Title, v.Organisation, v.Location, v.Id.Replace('-', ' '))), StringComparer.Ordinal);
}
