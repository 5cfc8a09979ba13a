using System.Text;
using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Extraction;
using Assistant.Understanding.Classification;
using Assistant.Tools.Lookups;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Benefits, documents to send and contact answers, quoting the vacancy's own lines.</summary>
public static partial class LookupAnswers
{
    /// <summary>The public lines of the vacancy's offer (or of no known section) that name the benefit <paramref name="kind"/>, at most two.</summary>
    internal static IReadOnlyList<Citation> NamingLines(TurnContext t, VacancyFacts v, string kind)
    {
        var found = new List<(Citation Line, bool Offer)>();
        if (t.Knowledge.Find(v.Id) is not { } vacancy)
        {
            return [];
        }

        foreach (var doc in vacancy.Documents.Where(d => t.Channel == Channels.Teams || d.Audience == Audience.Public))
        {
            var start = 0;
            while (start < doc.Text.Length)
            {
                var end = doc.Text.IndexOf('\n', start);
                end = end < 0 ? doc.Text.Length : end;
                var line = doc.Text[start..end].Trim();
                var section = TopicRules.OfHeading(doc.SectionAt(start)?.Title ?? "");
                if (line.Length > 0 && section is Topic.Offer or Topic.Benefits or Topic.Salary or Topic.Unknown
                    && BenefitCues.Names(kind, " " + Assistant.Understanding.Text.TextFolding.Fold(line) + " "))
                {
                    var at = start + doc.Text[start..end].IndexOf(line, StringComparison.Ordinal);
                    found.Add((new Citation(v.Id, doc.FileName, doc.SectionAt(start)?.Title ?? "", line, at, at + line.Length), section != Topic.Unknown));
                }

                start = end + 1;
            }
        }

        // A line of the offer first; a line of no known section only when the offer names it nowhere.
        var offer = found.Any(f => f.Offer);
        // Nights, Saturdays, Sundays and holidays often stand on lines of their own: all of them, not the first two.
        return found.Where(f => f.Offer == offer).Take(kind == BenefitCues.InconvenientHoursKind ? 4 : 2).Select(f => f.Line).ToList();
    }

    /// <summary>
    /// The benefits answer, and when the question names more than one benefit ("is er gratis parking? en hoeveel zijn de
    /// maaltijdcheques?", "meal vouchers? working from home?") the stated benefits of the other kinds it names too.
    /// </summary>
    public static Answer Benefits(TurnContext t, VacancyFacts v) => WithOtherKindsNamed(t, v, BenefitsOfOneKind(t, v));

    private static Answer WithOtherKindsNamed(TurnContext t, VacancyFacts v, Answer answer)
    {
        var answered = t.Analysis.Topic is { } topic ? TopicCues.Get(topic).BenefitKind : t.Analysis.Aspect;
        if (answered is null && t.Analysis.Topic is null)
        {
            // A question about the benefits in general already lists them all.
            return answer;
        }

        var quoted = answer.Citations.Select(c => c.Quote).ToHashSet(StringComparer.Ordinal);
        // "Quels avantages …? Les chèques-repas c'est combien ?", "welke voordelen, en hoeveel zijn de maaltijdcheques?": the
        // benefits asked in general besides one named kind are all listed after it.
        var inGeneral = answered is not null && BenefitCues.AllAskedToo().IsMatch(t.Analysis.FoldedText);
        // The words that name the asked thing name no other kind: "a service bike" is not the bike allowance asked too.
        var named = " " + t.Analysis.FoldedText + " ";
        if (t.Analysis.Topic is { } asked)
        {
            named = TopicCues.Get(asked).Question.Replace(named, " ");
        }

        var others = (inGeneral ? LookupTool.Benefits(v, null) : BenefitCues.KindsNamed(named).Where(k => k != answered).SelectMany(k => LookupTool.Benefits(v, k)))
            .Where(b => !quoted.Contains(b.Citation.Quote)).DistinctBy(b => b.Text).ToList();
        if (others.Count == 0)
        {
            return answer;
        }

        var lang = t.Language;
        var vacancy = Format.Vacancy(lang, v);
        var listed = Texts.Get(lang, "benefits.kind", ("vacancy", vacancy), ("items", string.Join("; ", others.Select(b => DocumentText.Quote(lang, b.Text)))));
        var cited = AnswerKit.Cite(others.Select(b => (Citation?)b.Citation));
        if (answer.Source == AnswerSources.None)
        {
            // The first thing asked is not in the documents, the others are: say both, the stated ones first.
            var unstated = t.Analysis.TopicWord is { Length: > 0 } word ? Texts.Get(lang, "benefits.unmentioned", ("vacancy", vacancy), ("item", word)) : answer.Text;
            return answer with { Intent = Intents.Benefits, Source = AnswerSources.Rules, Text = listed + "\n" + unstated, Citations = [.. cited, .. answer.Citations] };
        }

        return answer with { Intent = Intents.Benefits, Text = answer.Text + "\n" + listed, Citations = [.. answer.Citations, .. cited] };
    }

    private static Answer BenefitsOfOneKind(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var vacancy = Format.Vacancy(lang, v);
        var kind = t.Analysis.Aspect;
        // "Hoeveel extra voor nachtdiensten?": the extra pay for the hours is asked, not the hours (a topic of their own).
        if (t.Analysis.Topic is { } topic && kind != BenefitCues.InconvenientHoursKind)
        {
            // A concrete thing ("a crèche", "a gsm", "telework"): the extracted benefits of its kind when there are,
            // otherwise the document's own line about it, or that the documents do not say.
            var ofKind = TopicCues.Get(topic).BenefitKind is { } topicKind ? LookupTool.Benefits(v, topicKind) : [];
            if (ofKind.Count == 0)
            {
                return TopicAnswers.Compose(t, v, topic);
            }

            kind = TopicCues.Get(topic).BenefitKind;
        }

        var benefits = LookupTool.Benefits(v, kind);
        var premiumAsked = kind is null && BenefitCues.PremiumAsked().IsMatch(t.Analysis.FoldedText.Replace('-', ' '));
        // "Hoeveel is de tweetaligheidspremie?": a premium named by its own word is answered by the benefit of those words too;
        // only one asked for ("krijg ik een premie …") is said to be unstated when no benefit names it.
        var premiumNamed = kind is null && BenefitCues.PremiumNamed().IsMatch(t.Analysis.FoldedText);
        if ((premiumAsked || premiumNamed) && NamedInQuestion(t, v, benefits) is { Count: > 0 } named)
        {
            // "Krijg ik een premie omdat ik tweetalig ben?": a benefit the extraction gave no kind ("Tweetaligheidspremie van
            // € …") but whose own words the question uses answers it, rather than the whole list.
            var one = Texts.Get(lang, "benefits.kind", ("vacancy", vacancy), ("items", string.Join("; ", named.Select(b => DocumentText.Quote(lang, b.Text)))));
            return AnswerKit.Make(t, Intents.Benefits, AnswerSources.Rules, one, [v.Id], named.Select(b => (Citation?)b.Citation), new BenefitsPayload(named));
        }

        if (premiumNamed && !premiumAsked)
        {
            // A premium named by its word that no listed benefit names ("donne-t-il une prime de bilinguisme ?"): the passage
            // that names it, or that the documents do not say — never the whole list of other benefits.
            return RetrievalAnswers.Compose(t, v, "benefits");
        }

        if (premiumAsked)
        {
            // "Is there a signing bonus?": a premium no listed benefit names is one the documents do not state.
            return RetrievalAnswers.None(t, v, "benefits");
        }

        if (kind is null && t.Language == "nl" && RetrievalAnswers.Unmentioned(t, v).FirstOrDefault(w => !BenefitCues.IsWordForAll(w)) is { } asked)
        {
            // "Krijg ik een bedrijfswagen?": the documents never mention it, so the honest answer is that they do not say,
            // with what they do list and the contact; an unanswered question, so its intent is "unknown".
            var contact = LookupTool.ContactFor(v, "benefits");
            var said = new StringBuilder(Texts.Get(lang, "benefits.unmentioned", ("vacancy", vacancy), ("item", asked)));
            if (benefits.Count > 0)
            {
                said.Append(' ').Append(Texts.Get(lang, "benefits.listed", ("items", string.Join("; ", benefits.Select(b => DocumentText.Quote(lang, b.Text.TrimStart('-', ' ')))))));
            }

            if (contact is not null)
            {
                said.Append(' ').Append(Texts.Get(lang, "contact.any", ("vacancy", vacancy), ("contact", Format.Contact(lang, contact))));
            }

            return AnswerKit.Make(t, Intents.Unknown, AnswerSources.None, said.ToString(), [v.Id], [contact?.Citation, .. benefits.Select(b => (Citation?)b.Citation)], new BenefitsPayload(benefits));
        }

        if (kind is not null && TopicAnswers.AsksAmountOf(t.Analysis.FoldedText, t.Analysis.TopicWord) && (benefits.Count > 0 || NamingLines(t, v, kind).Count > 0)
            && !benefits.Any(b => TopicAnswers.StatesAmount(b.Text)) && !(benefits.Count == 0 && NamingLines(t, v, kind).Any(l => TopicAnswers.StatesAmount(l.Quote))))
        {
            // "Hoeveel cent per km is de kilometervergoeding?": the documents name the allowance but not how much it is.
            return RetrievalAnswers.None(t, v, "benefits");
        }

        if (benefits.Count == 0 && kind is not null && NamingLines(t, v, kind) is { Count: > 0 } lines)
        {
            // The extraction did not list it (a table cell, a run-on line), but a line of the documents names it: quote that
            // line rather than say the documents are silent.
            var said = Texts.Get(lang, "retrieval.answer", ("vacancy", vacancy), ("section", lines[0].Section)) + string.Concat(lines.Select(c => "\n“" + c.Quote + "”"));
            return AnswerKit.Make(t, Intents.Benefits, AnswerSources.Retrieval, said, [v.Id], lines, new QuotedLinesPayload(lines));
        }

        if (benefits.Count == 0 && kind == BenefitCues.InconvenientHoursKind)
        {
            // Extra pay for inconvenient hours written in words no rule knows: the passages decide, never a plain "not stated".
            return RetrievalAnswers.Compose(t, v, "benefits");
        }

        if (benefits.Count == 0)
        {
            var contact = LookupTool.ContactFor(v, "benefits");
            var none = Texts.Get(lang, "benefits.none", ("vacancy", vacancy)) + (contact is null ? "" : " " + Texts.Get(lang, "contact.any", ("vacancy", vacancy), ("contact", Format.Contact(lang, contact))));
            // The documents name no such benefit: nothing was read, so the source is "none" and the question counts as one
            // the knowledge base does not answer (intent "unknown"), as for any unanswered question.
            return AnswerKit.Make(t, Intents.Unknown, AnswerSources.None, none, [v.Id], [contact?.Citation], new BenefitsPayload(benefits));
        }

        var text = kind is null
            ? DocumentText.Heading(lang, Texts.Get(lang, "benefits.all", ("vacancy", vacancy))) + "\n" + string.Join("\n", benefits.Select(b => "- " + DocumentText.Quote(lang, b.Text)))
            : Texts.Get(lang, "benefits.kind", ("vacancy", vacancy), ("items", string.Join("; ", benefits.Select(b => DocumentText.Quote(lang, b.Text)))));
        return AnswerKit.Make(t, Intents.Benefits, AnswerSources.Rules, text, [v.Id], benefits.Select(b => (Citation?)b.Citation), new BenefitsPayload(benefits));
    }

    /// <summary>
    /// For a premium asked about, the benefits whose text holds a content word of the question (its first seven letters, so
    /// "tweetalig" finds "tweetaligheidspremie"; the question's topic words, without the vacancy's own name); empty when none
    /// or when the match is not selective (more than half of a longer list). An English or French question also names a
    /// benefit through the Dutch roots of its premium words (<see cref="PremiumWords"/>).
    /// </summary>
    private static List<Benefit> NamedInQuestion(TurnContext t, VacancyFacts v, IReadOnlyList<Benefit> benefits)
    {
        var stems = RetrievalAnswers.TopicWords(t, v).Where(w => w.Length >= 6).Select(w => w[..Math.Min(w.Length, 7)])
            .Concat(t.Language == "nl" ? [] : PremiumWords.DutchRoots(t.Analysis.FoldedText)).Distinct().ToList();
        if (stems.Count == 0)
        {
            return [];
        }

        var named = benefits.Where(b => Assistant.Understanding.Text.TextFolding.Fold(b.Text) is var text && stems.Any(s => text.Contains(s, StringComparison.Ordinal))).ToList();
        return named.Count * 2 > benefits.Count && benefits.Count > 1 ? [] : named;
    }

    /// <summary>The e-mail address the documents go to: one the sentences listing them name, else the contact for applications.</summary>
    private static string? SendTo(VacancyFacts v)
    {
        var quotes = v.Documents.Select(d => d.Citation.Quote).Distinct().ToList();
        return v.Contacts.FirstOrDefault(c => c.Email is { } e && quotes.Any(q => q.Contains(e, StringComparison.OrdinalIgnoreCase)))?.Email
            ?? v.Contacts.FirstOrDefault(c => c.Email is not null && c.Topics.Contains("application"))?.Email;
    }

    public static Answer Documents(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var vacancy = Format.Vacancy(lang, v);
        // Documents asked later or fetched by the employer ("Je diploma vragen we pas op als je geslaagd bent"): quoted, so that
        // nobody sends them too early or thinks they are not needed at all.
        var later = AnswerKit.Visible(t, v, v.DocumentsLater);
        var laterText = later.Count == 0 ? "" : "\n" + Texts.Get(lang, "documents.later", ("items", string.Join(" ", later.Select(c => DocumentText.Quote(lang, c.Quote)))));
        if (v.Documents.Count == 0)
        {
            var contact = LookupTool.ContactFor(v, "application");
            // "Hoe solliciteer ik?" for a vacancy that lists no documents: the way it accepts applications still answers it.
            var channel = AnswerKit.Visible(t, v, v.ApplicationChannel).Take(2).ToList();
            var channelText = channel.Count == 0 ? "" : "\n" + Texts.Get(lang, "documents.how", ("items", string.Join(" ", channel.Select(c => DocumentText.Quote(lang, c.Quote)))));
            return AnswerKit.Make(t, Intents.Documents, AnswerSources.Rules, Texts.Get(lang, "documents.none", ("vacancy", vacancy), ("contact", Format.Contact(lang, contact))) + laterText + channelText, [v.Id], [contact?.Citation, .. channel.Select(c => (Citation?)c)], new DocumentsPayload(v.Documents));
        }

        var text = new StringBuilder(DocumentText.Heading(lang, Texts.Get(lang, "documents.list", ("vacancy", vacancy))));
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in v.Documents)
        {
            // "je cv en een motivatiebrief" names two documents in one bullet: the bullet is shown once.
            if (!listed.Add(d.Name + "\u0001" + d.For))
            {
                continue;
            }

            var shown = Shown(d);
            text.Append("\n- ").Append(d.For is { } who ? Texts.Get(lang, "documents.for", ("name", DocumentText.Quote(lang, shown)), ("who", DocumentText.Quote(lang, char.ToLowerInvariant(who[0]) + who[1..]))) : DocumentText.Quote(lang, shown));
        }

        text.Append(laterText);
        // How the documents are sent ("enkel via het online formulier", "kandidaturen via e-mail aanvaarden we niet"): a list
        // of documents without the way to send them invites an e-mail the employer will not accept.
        var how = AnswerKit.Visible(t, v, v.ApplicationChannel).Take(2).ToList();
        if (how.Count > 0)
        {
            text.Append('\n').Append(Texts.Get(lang, "documents.how", ("items", string.Join(" ", how.Select(c => DocumentText.Quote(lang, c.Quote))))));
        }
        else if (SendTo(v) is { } mailbox)
        {
            // No sentence says how to apply, but the list names where to send it ("Mail je cv … naar jobs@…"), or a contact is
            // the one for applications: the mailbox belongs with the list.
            text.Append('\n').Append(Texts.Get(lang, "documents.sendTo", ("email", mailbox)));
        }

        return AnswerKit.Make(t, Intents.Documents, AnswerSources.Rules, text.ToString(), [v.Id], v.Documents.Select(d => (Citation?)d.Citation), new DocumentsPayload(v.Documents));
    }

    /// <summary>
    /// A document's name, or its whole line when that line also says what the document must prove or how recent it must be
    /// ("attesten van je werkgever waaruit je leidinggevende ervaring blijkt", "afgeleverd ten vroegste drie maanden vóór …",
    /// "niet ouder dan 3 maanden"): a short name would drop the condition the candidate must meet.
    /// </summary>
    private static string Shown(RequiredDocument d)
    {
        var quote = d.Citation.Quote.Trim().TrimEnd(';', ',', '.').Trim();
        // "3. Een gedrag hebben …; je bezorgt een uittreksel uit het strafregister, afgeleverd ten vroegste …": of a line of
        // several clauses, the one that names the document.
        var clauses = quote.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (clauses.Length > 1 && clauses.FirstOrDefault(c => c.Contains(d.Name, StringComparison.OrdinalIgnoreCase)) is { } own)
        {
            quote = own;
        }

        if (quote.Length > d.Name.Length && quote.Length <= 240 && DocumentCondition().IsMatch(quote) && !DocumentCondition().IsMatch(d.Name))
        {
            return quote;
        }

        return WithItsBrackets(d.Name, quote);
    }

    /// <summary>
    /// A document's name with the brackets that follow it in its line: "bewijzen van je ervaring (bv. een attest van je
    /// werkgever of een uittreksel uit de KBO voor zelfstandigen)", "je taalattest (enkel als je diploma niet in het
    /// Nederlands is)". The brackets say which proof counts or who must send it; the bare name drops that.
    /// </summary>
    internal static string WithItsBrackets(string name, string line)
    {
        var at = line.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || name.Contains('(', StringComparison.Ordinal))
        {
            return name;
        }

        var after = line.AsSpan(at + name.Length).TrimStart(' ');
        var close = after.IndexOf(')');
        return after.Length > 0 && after[0] == '(' && close > 1 && close <= 200 ? name + " " + after[..(close + 1)].ToString() : name;
    }

    [GeneratedRegex(@"\bwaaruit\b|\bblijk(?:t|en)\b|\bbewijst\b|\baantoon\w*|\baan te tonen\b|\bniet ouder dan\b|\bten vroegste\b|\bmaximaal \w+ maanden?\b|\bmaanden? oud\b|\bafgeleverd\b|\bgedateerd\b|\bmet vermelding van\b|\bvermeldt\b|\bondertekend\b|\bvoor eensluidend\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentCondition();

    public static Answer Contact(TurnContext t, VacancyFacts v)
    {
        var lang = t.Language;
        var vacancy = Format.Vacancy(lang, v);
        var topic = t.Analysis.Aspect;
        var contacts = LookupTool.ContactsFor(v, topic);
        if (contacts.Count == 0)
        {
            return AnswerKit.Make(t, Intents.Contact, AnswerSources.Rules, Texts.Get(lang, "contact.none", ("vacancy", vacancy)), [v.Id], [], new ContactsPayload(contacts));
        }

        // "What is the phone number?" when the vacancy publishes none (or the e-mail address): say so, with the way it does give.
        var asked = t.Analysis.FoldedText;
        var missing = ContactCues.PhoneAsked().IsMatch(asked) && !ContactCues.EmailAsked().IsMatch(asked) && contacts.All(c => c.Phone is null) ? "contact.noPhone"
            : ContactCues.EmailAsked().IsMatch(asked) && !ContactCues.PhoneAsked().IsMatch(asked) && contacts.All(c => c.Email is null) ? "contact.noEmail"
            : null;
        if (missing is not null)
        {
            var other = LookupTool.ContactFor(v, topic ?? "application")!;
            return AnswerKit.Make(t, Intents.Contact, AnswerSources.None, Texts.Get(lang, missing, ("vacancy", vacancy), ("contact", Format.Contact(lang, other))), [v.Id], [other.Citation], new ContactsPayload(contacts));
        }

        // No contact is named for the topic asked ("questions about the job" where the document only tags its contacts by the
        // way to apply): every contact, rather than the application mailbox alone.
        var tagged = topic is not null && contacts.Any(c => c.Topics.Contains(topic));
        var best = !tagged ? contacts : [LookupTool.ContactFor(v, topic)!];
        var who = Format.List(lang, best.Select(c => Format.Contact(lang, c)).ToList());
        var text = tagged && Texts.Has(lang, "topic." + topic)
            ? Texts.Get(lang, "contact.topic", ("topic", Texts.Get(lang, "topic." + topic)), ("vacancy", vacancy), ("contact", who))
            : Texts.Get(lang, "contact.any", ("vacancy", vacancy), ("contact", who));
        return AnswerKit.Make(t, Intents.Contact, AnswerSources.Rules, text, [v.Id], best.Select(c => (Citation?)c.Citation), new ContactsPayload(best));
    }
}
