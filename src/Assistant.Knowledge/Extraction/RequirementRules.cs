using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Admission requirements: lines in requirement or profile sections become route drafts (see
/// <see cref="RouteParser"/>), which are combined into routes. An experience minimum stated on its own applies
/// to every external route; a line ending in ':' that only introduces the options below it is dropped;
/// lines under an "interne kandidaten" header form internal routes.
/// </summary>
public static partial class RequirementRules
{
    /// <summary>Routes, general requirements, preferences and the reference date.</summary>
    public static Requirements Find(ExtractionContext ctx, Deadline? deadline, Citation? title = null)
    {
        var view = ctx.View;
        var sectionLines = view.Lines.Where(l => l.Topic is Topic.Requirements or Topic.Profile).ToList();
        var candidates = sectionLines;
        candidates = [.. candidates.Concat(LeadInLists(view, candidates)).OrderBy(l => l.Document.FileName, StringComparer.Ordinal).ThenBy(l => l.Start)];
        // "Diploma: professionele bachelor in …", "Ervaring | minstens 3 jaar …" (a criterion table's rows) say by their label that
        // they are requirements, also under no requirement heading at all (a table right below the title).
        candidates = [.. candidates.Concat(view.Lines.Where(l => !candidates.Contains(l) && l.Topic is not (Topic.Selection or Topic.Application or Topic.Offer or Topic.Salary or Topic.Benefits)
            && CriterionRow().IsMatch(l.Text))).OrderBy(l => l.Document.FileName, StringComparer.Ordinal).ThenBy(l => l.Start)];
        // General requirements are read from the requirement sections as before; lines found through a lead-in only add kinds
        // those did not give (the rules fall back on the whole document when the requirement sections give none).
        var general = GeneralRequirementRules.Find(ctx, sectionLines);
        if (candidates.Count > sectionLines.Count)
        {
            general = [.. general, .. GeneralRequirementRules.Find(ctx, [.. candidates.Except(sectionLines)]).Where(g => general.All(h => h.Kind != g.Kind))];
        }

        // A vacancy open to staff only ("staat enkel open voor personeelsleden", "interne bevorderingsprocedure"): every
        // requirement line is a condition of the internal route, whatever the heading above it.
        var internalOnly = general.Any(g => g.Kind == "internal-only");
        var preferences = new List<Preference>();
        var drafts = Drafts(candidates, view, preferences, internalOnly);
        var fromCandidates = drafts.Any(d => d.IsRoute);
        var routeLines = candidates;
        if (!fromCandidates)
        {
            // "Er is geen diplomavereiste" under a heading of its own ("Voor alle jobs") says as much as one in the profile.
            var fallback = view.Lines.Where(l => l.Topic is not (Topic.Selection or Topic.Application or Topic.Offer or Topic.Salary or Topic.Benefits)
                && (Possession().IsMatch(l.Text) || RouteParser.NoneRequired().IsMatch(l.Text))).ToList();
            fallback = [.. fallback.Union(QuestionAnswers(view)).OrderBy(l => l.Document.FileName, StringComparer.Ordinal).ThenBy(l => l.Start)];
            drafts = Drafts(fallback, view, preferences, internalOnly);
            routeLines = fallback;
            if (sectionLines.Count == 0 && drafts.Any(d => d.IsRoute))
            {
                // No heading names the requirements (a question as the only heading, "Ben jij onze nieuwe …?", or none at all): the
                // paragraph the diploma sentence stands in is the requirement block. Its other sentences (years of experience, a
                // certificate) are conditions too, read or quoted, never dropped because no heading announced them.
                var block = Block(view, fallback).Where(l => !candidates.Contains(l)).ToList();
                if (block.Count > 0)
                {
                    candidates = [.. candidates.Union(fallback).Union(block).OrderBy(l => l.Document.FileName, StringComparer.Ordinal).ThenBy(l => l.Start)];
                    var widened = fallback.Union(block).OrderBy(l => l.Document.FileName, StringComparer.Ordinal).ThenBy(l => l.Start).ToList();
                    var general2 = GeneralRequirementRules.Find(ctx, block);
                    general = [.. general, .. general2.Where(g => general.All(h => h.Kind != g.Kind))];
                    drafts = Drafts(widened, view, preferences, internalOnly);
                    routeLines = widened;
                }
            }
        }

        drafts = MergeInternalConditions(AttachContinuations(drafts));
        var routes = TitleLevel(Combine(drafts), title);
        if (PostScopes.Of(view) is { } posts && routeLines.Any(l => posts.GetValueOrDefault(l) is not null))
        {
            // Several posts in one document: each post's requirement lines give that post's routes, never another's (the
            // experience one post asks is no condition of the other's diploma route). So do lines read without a requirement
            // heading, straight under each post's heading.
            routes = [];
            foreach (var group in routeLines.GroupBy(l => posts.GetValueOrDefault(l) ?? ""))
            {
                var own = MergeInternalConditions(AttachContinuations(Drafts([.. group], view, preferences, internalOnly)));
                routes.AddRange(TitleLevel(Combine(own), title).Select(r => r with { Post = group.Key.Length > 0 ? group.Key : null }));
            }

            routes = [.. routes.Select((r, i) => r with { Id = $"{(r.Audience == RouteAudience.Internal ? "internal" : "external")}-{i + 1}" })];
        }

        // "Je bent student: je bent ingeschreven in het secundair onderwijs" asks to be enrolled, not for a diploma of that level.
        routes = [.. routes.Where(r => !(r is { Diploma: not DiplomaLevel.None, MinExperienceYears: null, Alternative.Count: 0, Internal: null } && NoDiplomaAsked.OnlyEnrolment(r.Citation.Quote)))];
        if (routes.Count == 0 && NoDiplomaAsked.Route(view, sectionLines, general) is { } open)
        {
            routes = [open];
        }

        if (routes.Count == 0)
        {
            ctx.Note("missing", "requirements.routes", "no diploma or experience requirement found");
        }

        preferences.AddRange(NotRequiredLines(view, candidates, [.. drafts.Select(d => d.Citation), .. general.Select(g => g.Citation)]));
        var distinctPreferences = preferences.DistinctBy(p => p.Text).ToList();
        var reference = ReferenceDate(ctx, deadline, out var atDeadline);
        // Drafts that became no route at all (a diploma without a level beside an experience minimum) stay to check, never dropped unseen.
        List<RouteDraft> readDrafts = routes.Count > 0 ? drafts : [];
        List<Citation?> read =
        [
            .. routes.Select(r => r.Citation), .. readDrafts.Select(d => d.Citation), .. readDrafts.SelectMany(d => d.Absorbed), .. routes.SelectMany(r => r.Alternative.Select(a => a.Citation)),
            // An internal-only line may carry the internal conditions too ("enkel voor personeelsleden met 4 jaar anciënniteit"): it stays to check.
            // So may a line asking for willingness to work nights that also asks for a diploma: only that part is read.
            .. general.Where(g => g.Kind != "internal-only" && !(g.Kind == "availability" && Touches(g.Citation.Quote).Count > 0)).Select(g => g.Citation), .. distinctPreferences.Select(p => p.Citation), reference?.Citation,
        ];
        var readYears = routes.Select(r => r.MinExperienceYears).OfType<decimal>().ToHashSet();
        // The candidate facts some rule turned into a check: a sentence that only refers back to them ("voldoen aan de
        // diplomavereiste en het rijbewijs hierboven") adds nothing to check.
        var readKinds = general.Select(g => g.Kind == "licence-code" ? "licence" : g.Kind).ToHashSet(StringComparer.Ordinal);
        if (routes.Count > 0) readKinds.Add("diploma");
        if (readYears.Count > 0 || routes.Count > 0) readKinds.Add("experience");
        var unparsed = Unparsed(view, candidates, read, general.Any(g => g.Kind == "licence"), readYears, routes.Any(r => r.DiplomaField is not null), readKinds);
        // "Komen niet in aanmerking: de leden van het bestuur …, evenals hun echtgenoot": an exclusion of relatives or partners of
        // office holders, which only the candidate's own word on such a tie can touch.
        IReadOnlyList<UnparsedRequirement> ownLines = [.. RelationExclusions.Find(view), .. ResidenceConditions.Find(view)];
        unparsed = [.. unparsed.Where(u => !ownLines.Any(r => r.Citation.Quote.Contains(u.Citation.Quote, StringComparison.Ordinal))), .. ownLines.DistinctBy(r => r.Citation.Start)];
        // "minstens 4 jaar ervaring, waarvan 2 jaar in de openbare sector": a part of the experience of a kind of its own that no rule
        // read (only a part as a leader is read) stays to check, never dropped with the years that were read.
        var partsUnread = drafts.Where(d => d.MinExperienceYears is not null && d.IncludedYears is null && UnreadPart().IsMatch(d.Citation.Quote)).Select(d => d.Citation)
            .Where(c => unparsed.All(u => u.Citation.Quote != c.Quote)).DistinctBy(c => c.Quote).ToList();
        unparsed = [.. unparsed, .. partsUnread.Select(c => new UnparsedRequirement(["experience"], c))];
        foreach (var u in unparsed)
        {
            ctx.Note("unparsed", "requirements.unparsed", $"requirement not turned into a check ({string.Join(", ", u.Touches)}): {u.Citation.Quote}", u.Citation);
        }

        return new Requirements
        {
            Routes = routes,
            General = general,
            Preferences = distinctPreferences,
            ReferenceDate = reference,
            JudgedAtDeadline = atDeadline,
            Unparsed = unparsed,
            Sentences = RequirementSentences.Find(view, candidates, read),
        };
    }

    /// <summary>
    /// The lines of the paragraphs the given lines stand in: up to the nearest blank line, heading or question either side, in the same
    /// document, leaving out lines about the selection, the application, the pay or the offer.
    /// </summary>
    private static IEnumerable<TextLine> Block(DocumentView view, List<TextLine> lines)
    {
        var all = view.Lines;
        var seen = new HashSet<TextLine>();
        foreach (var line in lines)
        {
            var at = -1;
            for (var k = 0; k < all.Count && at < 0; k++) if (ReferenceEquals(all[k], line)) at = k;
            if (at < 0) continue;
            for (var step = -1; step <= 1; step += 2)
            {
                var previous = line;
                for (var i = at + step; i >= 0 && i < all.Count; i += step)
                {
                    var other = all[i];
                    // A blank line (a gap in the line numbers), a heading or a question ends the paragraph.
                    var gap = other.Start > previous.End ? line.Document.Text[previous.End..other.Start] : line.Document.Text[other.End..previous.Start];
                    if (other.Document != line.Document || other.IsHeading || gap.Count(c => c == '\n') > 1
                        || other.Content.Trim().Length == 0 || other.Content.TrimEnd().EndsWith('?')) break;
                    previous = other;
                    if (other.Topic is Topic.Selection or Topic.Application or Topic.Offer or Topic.Salary or Topic.Benefits) break;
                    if (seen.Add(other)) yield return other;
                }
            }
        }
    }

    /// <summary>
    /// "Welk diploma heb ik nodig?" + "Een bachelor in …": in a list of questions and answers, the answer right below a question
    /// about admission that names a level of study or says none is needed. Read only when no requirement section gives a route.
    /// </summary>
    private static IEnumerable<TextLine> QuestionAnswers(DocumentView view)
    {
        for (var i = 1; i < view.Lines.Count; i++)
        {
            var question = view.Lines[i - 1];
            var answer = view.Lines[i];
            var asked = question.Content.Trim();
            if (answer.Document == question.Document && asked.EndsWith('?') && asked.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 16
                && AdmissionQuestion().IsMatch(asked) && answer.Topic is not (Topic.Selection or Topic.Salary or Topic.Benefits or Topic.Offer)
                && (StudyLevel().IsMatch(answer.Text) || RouteParser.NoneRequired().IsMatch(answer.Text)))
            {
                yield return answer;
            }
        }
    }

    /// <summary>A question about who may take part: the diploma, the studies, the conditions, taking part.</summary>
    [GeneratedRegex(@"\b(?:diploma\w*|opleiding|studies|studiebewijs|voorwaarden?|vereisten?|toegelaten|deelnemen|meedoen|mee te doen|voorleggen|nodig|in aanmerking|kandidaat stellen|solliciteren)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdmissionQuestion();

    /// <summary>A level of study named in an answer.</summary>
    [GeneratedRegex(@"\b(?:bachelor|master|graduaat|gegradueerde|secundair|hoger onderwijs|licentiaat|universitair|hogeschool)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex StudyLevel();

    /// <summary>
    /// Requirement lines no fact was read from: every line of an admission section about a candidate fact (diploma,
    /// experience, licence, nationality, language, internal status), and profile lines that say they are required.
    /// </summary>
    private static List<UnparsedRequirement> Unparsed(DocumentView view, List<TextLine> lines, List<Citation?> read, bool licenceRead = false,
        IReadOnlySet<decimal>? readYears = null, bool fieldRead = false, IReadOnlySet<string>? readKinds = null)
    {
        var result = new List<UnparsedRequirement>();
        var internalBlock = false;
        var previousRead = false;
        bool IsRead(TextLine line, int start, int end) =>
            read.Any(c => c is not null && c.Document == line.Document.FileName && c.Start < line.Start + end && c.End > line.Start + start);
        var previousText = "";
        var alternativesList = false;
        foreach (var line in lines)
        {
            var text = line.Content.Trim();
            var before = previousText;
            previousText = text;
            // A list led in by "bijvoorbeeld:" or whose items end in "of" names alternatives: one more diploma in it only admits more.
            var alternativeItem = line.IsBullet && (alternativesList || OrAtEnd().IsMatch(before));
            if (!line.IsBullet)
            {
                alternativesList = AlternativesLeadIn().IsMatch(text);
            }

            if (line.IsHeading || InternalHeader().IsMatch(text) || ExternalHeader().IsMatch(text))
            {
                internalBlock = InternalHeader().IsMatch(text);
            }

            if (line.IsHeading || text.EndsWith(':') || text.Length < 12 || HeadingLike().IsMatch(text) || IsLabel(text) || InternalHeader().IsMatch(text) || ExternalHeader().IsMatch(text)
                || InternalHeaderLine().IsMatch(text) || ExternalHeaderLine().IsMatch(text))
            {
                previousRead = false;
                continue;
            }

            // Coverage is judged per sentence, not per line: a line whose first sentence gave a route may go on with a
            // sentence no rule read ("Een getuigschrift van het 6de jaar volstaat niet."), which must not be dropped unseen.
            var sentences = DocumentView.Sentences(line.Text).ToList();
            for (var i = 0; i < sentences.Count; i++)
            {
                var (start, end) = sentences[i];
                var sentence = line.Text[start..end].Trim().TrimStart('-', ' ');
                var wasRead = previousRead;
                var previousLine = i == 0 ? before : "";
                // With the field read, an aside that excludes other diplomas ("(een ander masterdiploma volstaat niet)") is checked by it.
                var plain = fieldRead ? ExclusionAsides.Blank(sentence) : sentence;
                previousRead = IsRead(line, start, end) && !Insufficient().IsMatch(plain);
                // A sentence that starts in lower case continues the one before (a line broken inside a field list); a
                // question that leads into the next sentence ("Diploma in het buitenland behaald? Dan …") is read with it.
                if (i == 0 && !line.IsBullet && sentence.Length > 0 && char.IsLower(sentence[0]) && wasRead && BrokenOff(previousLine))
                {
                    previousRead = true;
                    continue;
                }

                // "Een heftruckattest is een pluspunt. Heb je er geen, dan volg je de opleiding …": what happens to whoever lacks
                // an asset elaborates that asset, it is no requirement of its own.
                var afterAsset = i > 0 ? Asset().IsMatch(line.Text[sentences[i - 1].Start..sentences[i - 1].End]) : Asset().IsMatch(before);
                if (afterAsset && LacksIt().IsMatch(sentence))
                {
                    continue;
                }

                // "Minder dan 4 jaar ervaring volstaat niet" beside a route that asks 4 years: the minimum read already says so.
                // "Andere masterdiploma's worden niet aanvaard" beside a route with its field: the field check already says so.
                // A line with an amount in euro, or about what counts for the pay, is about the salary, not admission.
                if ((LessThan().Match(sentence) is { Success: true } less && Parsing.DutchNumbers.TryParse(less.Groups["n"].Value, out var n) && readYears?.Contains(n) == true)
                    || (fieldRead && OthersExcluded().IsMatch(sentence)) || AboutPay().IsMatch(sentence))
                {
                    continue;
                }

                if (previousRead || sentence.Length < 12 || HeadingLike().IsMatch(sentence.TrimEnd('.')) || IsLabel(sentence) || NotARequirement().IsMatch(sentence) || Asset().IsMatch(sentence)
                    || NoRequirement().IsMatch(sentence) || (Widening().IsMatch(sentence) && !Negative().IsMatch(sentence))
                    || GeneralRequirementRules.NotRequired().IsMatch(sentence) || Willingness().IsMatch(sentence)
                    || (sentence.EndsWith('?') && i + 1 < sentences.Count && IsRead(line, sentences[i + 1].Start, sentences[i + 1].End))
                    // On a line a rule read, a further sentence matters when it restricts or adds ("… volstaat niet", "Stages tellen
                    // niet mee", "Daarnaast heb je …"); one that explains what was read does not.
                    || (IsRead(line, 0, line.Text.Length) && !Restrictive().IsMatch(sentence) && !Insufficient().IsMatch(sentence))
                    // Under a profile heading soft skills are no conditions, but where no route was read a diploma sentence is one even
                    // without "vereist" ("Je beschikt over een getuigschrift in een elektrische richting, of 3 jaar ervaring"): never dropped unseen.
                    || (line.Topic == Topic.Profile && !Required().IsMatch(sentence) && !(readKinds?.Contains("diploma") == false && Touches(sentence).Contains("diploma"))))
                {
                    continue;
                }

                // "Interne kandidaten leggen dezelfde proeven af, maar moeten geen capaciteitstest doen": which tests a group takes in
                // the selection, no condition to be admitted.
                if (TestsTaken().IsMatch(sentence))
                {
                    continue;
                }

                // A condition for internal candidates (a block under "interne kandidaten", seniority in a level) concerns only them.
                // Under an internal heading a line about no candidate fact at all ("Algemene voorwaarden") is no internal condition.
                var touches = TouchInternal().IsMatch(sentence) || (internalBlock && Touches(sentence).Count > 0) ? ["internal"] : internalBlock ? [] : Touches(sentence);
                if (RouteParser.ObtainAfterStart().IsMatch(sentence) && touches.Contains("diploma") && touches.Contains("certificate"))
                {
                    // "Je hebt het certificaat X of je behaalt het binnen het jaar na je indiensttreding; we voorzien de opleiding":
                    // a certificate (and the course for it), not the diploma.
                    touches = [.. touches.Where(t => t != "diploma")];
                }

                if (touches.Contains("diploma") && (Insufficient().IsMatch(sentence) || (NotAdmitted().IsMatch(sentence) && TouchLevel().IsMatch(sentence))))
                {
                    // "Een getuigschrift van het 6de jaar volstaat niet": a diploma named to exclude it, checked against the candidate's words.
                    touches = [.. touches, "insufficient"];
                }

                if (alternativeItem && touches is ["diploma"])
                {
                    touches = ["diploma", "alternative"];
                }

                // "Een rijbewijs B volstaat niet" beside a required category: the category check already says that.
                if (licenceRead && touches is ["licence"] && Insufficient().IsMatch(sentence))
                {
                    continue;
                }

                // "Voldoen aan de diplomavereiste en het rijbewijs hierboven": a sentence that refers back to conditions stated
                // elsewhere, each of which a rule read, is checked through them.
                if (touches.Count > 0 && readKinds is not null && BackReference().IsMatch(sentence) && touches.All(readKinds.Contains))
                {
                    continue;
                }

                if (touches.Count > 0)
                {
                    result.Add(new UnparsedRequirement(touches, view.Cite(line, start, end)));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Requirement lines that say a candidate fact is not required ("Een rijbewijs is niet vereist"), which no route or
    /// general requirement was read from: kept to answer a candidate who says they lack it.
    /// </summary>
    private static IEnumerable<Preference> NotRequiredLines(DocumentView view, List<TextLine> lines, List<Citation> read)
    {
        foreach (var line in lines)
        {
            var m = GeneralRequirementRules.NotRequired().Match(line.Text);
            if (!m.Success || line.IsHeading || read.Any(c => c.Document == line.Document.FileName && c.Start < line.End && c.End > line.Start))
            {
                continue;
            }

            var (start, end) = DocumentView.SentenceBounds(line.Text, m.Index, m.Index + m.Length);
            var sentence = line.Text[start..end];
            if (Touches(sentence).Count > 0)
            {
                yield return new Preference(sentence.Trim().TrimStart('-', ' ').TrimEnd('.', ';'), view.Cite(line, start, end), NotRequired: true);
            }
        }
    }

    /// <summary>Which candidate facts a requirement sentence is about.</summary>
    public static IReadOnlyList<string> Touches(string text)
    {
        var touches = new List<string>();
        if (DiplomaTiming().IsMatch(text) && !TouchLevel().IsMatch(text))
        {
            // "Je moet het diploma behaald hebben op de uiterste inschrijvingsdatum": about when, which only a student still has to meet.
            touches.Add("final-year");
            return touches;
        }

        if (TouchDiploma().IsMatch(DiplomaLanguage().Replace(text, " "))) touches.Add("diploma");
        if (TouchExperience().IsMatch(text)) touches.Add("experience");
        if (TouchLicence().IsMatch(text)) touches.Add("licence");
        if (TouchNationality().IsMatch(text)) touches.Add("nationality");
        if (TouchLanguage().IsMatch(text)) touches.Add("language");
        if (TouchInternal().IsMatch(text)) touches.Add("internal");
        if (TouchCertificate().IsMatch(text)) touches.Add("certificate");
        return touches;
    }

    [GeneratedRegex(@"diploma|bachelor|master|graduaat|secundair|hoger onderwijs|getuigschrift|licentiaat|\bHBO\s?5|studiegebied|opleiding", RegexOptions.IgnoreCase)]
    private static partial Regex TouchDiploma();

    [GeneratedRegex(@"\bminder\s+dan\s+(?<n>\d+|" + Parsing.DutchNumbers.WordPattern + @")\s+(jaar|jaren)\b[^.]{0,60}\b(volsta\w*\s+niet|is\s+onvoldoende|(is|zijn)\s+niet\s+(voldoende|genoeg))", RegexOptions.IgnoreCase)]
    private static partial Regex LessThan();

    [GeneratedRegex(@"^\W*(alle\s+)?(andere|overige)\s+[\p{L}'’-]*(diploma|bachelor|master|graduaat|richting|opleiding)[\p{L}'’-]*\b.*\b((worden|wordt|zijn|is)\s+niet\s+(aanvaard|toegelaten|geldig|erkend)|kom\w*\s+niet\s+in\s+aanmerking|volsta\w*\s+niet|(geven|geeft)\s+geen\s+toegang)", RegexOptions.IgnoreCase)]
    private static partial Regex OthersExcluded();

    [GeneratedRegex(@"€\s?\d|\d\s?(€|euro\b|EUR\b)|\btel\w*\s+(\w+\s+){0,3}mee\s+(voor|in|bij)\s+(je|jouw|uw|de|het)\s+(loon|wedde|salaris|verloning|inschaling|geldelijke)", RegexOptions.IgnoreCase)]
    private static partial Regex AboutPay();

    [GeneratedRegex(@"\b(niet|geen|enkel|alleen|uitsluitend|slechts|volsta\w*|minstens|minimum|minimaal|ten minste|moet\w*|dien\w*|vereist\w*|verplicht\w*|voorwaarde\w*|mits|bovendien|daarnaast|tevens|behalve|uitgezonderd|maximum|maximaal|hoogstens)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Restrictive();

    [GeneratedRegex(@"\b(volstaa?t?n?|is|zijn)\s+niet\s+(voldoende|genoeg)\b|\bvolsta\w*\s+niet\b|\bis onvoldoende\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Insufficient();

    /// <summary>A sentence that says a diploma does not admit: "Met een bachelordiploma kan je niet deelnemen", "… geeft geen toegang".</summary>
    [GeneratedRegex(@"\b(kan|kun|kunt|mag|mogen|kunnen)\s+(je|u|jij|kandidaten)?\s*niet\s+(deelnemen|solliciteren|meedoen|kandideren|toegelaten)|\b(geeft|geven)\s+geen\s+toegang\b|\b(worden|wordt)\s+niet\s+(aanvaard|toegelaten)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex NotAdmitted();

    /// <summary>"Er wordt geen nationaliteitsvoorwaarde gesteld", "geen diplomavereiste": no requirement at all.</summary>
    [GeneratedRegex(@"\bgeen\s+(bijzondere\s+|specifieke\s+)?\w*(vereiste|voorwaarde)n?\b(?!\s+(is|zijn|om|voor|dat))|\bgeen\s+(voorafgaande\s+|specifieke\s+|relevante\s+|bijzondere\s+)?(beroeps|werk)?ervaring\s+(vereist|nodig|gevraagd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoRequirement();

    /// <summary>
    /// A sentence that only admits more ("Een masterdiploma volstaat ook", "Ervaring in de privésector telt eveneens mee", "komen
    /// ook in aanmerking"): it can make a no wrong, never a yes, so it does not stand in the way of one.
    /// </summary>
    [GeneratedRegex(@"\b(volsta\w*|tel\w*|kom\w*|word\w*|zijn|is|kan|kunnen|mag|mogen)\s+(\w+\s+){0,3}?(ook|eveneens)\b|\bwordt? (ook )?(eveneens )?(aanvaard|gelijkgesteld|meegeteld)\b|^\W*(ook|eveneens)\b|\b(om het even|eender|ongeacht)\b|\b(alle|elke|iedere)\s+(studie)?richting", RegexOptions.IgnoreCase)]
    private static partial Regex Widening();

    [GeneratedRegex(@"\b(niet|geen|nooit|enkel|alleen|uitsluitend|slechts|vereist|verplicht|nodig|moet\w*|dien\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    /// <summary>A line that leads in a list of alternatives: "…, bijvoorbeeld:", "een van de volgende diploma's:".</summary>
    [GeneratedRegex(@"\b(bijvoorbeeld|bv\.?|zoals|onder meer|o\.a\.|(é|e)én van (de )?(volgende|deze)( \S+)?|een van (de )?(volgende|deze)( \S+)?)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AlternativesLeadIn();

    [GeneratedRegex(@"[,;]?\s+(of|ofwel)\s*[,;]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OrAtEnd();

    /// <summary>A sentence about whoever lacks what the sentence before named ("Heb je er geen, dan …", "Zo niet, dan …").</summary>
    [GeneratedRegex(@"^\W*((heb|bezit|ben)\s+(je|u|jij)\s+(er|het|dat|die|deze|dit|hem|ze)\s+(nog\s+)?(geen|niet)\b|(zo|indien|als)\s+niet\b|(wie|kandidaten die)\s+(er|het|dat|die|deze|dit)\s+(nog\s+)?(geen|niet)\s+(heeft|hebben|heb|bezit\w*))", RegexOptions.IgnoreCase)]
    internal static partial Regex LacksIt();

    /// <summary>When a diploma must be held ("op de uiterste inschrijvingsdatum", "uiterlijk bij de indiensttreding").</summary>
    [GeneratedRegex(@"diploma\w*\b.{0,60}\b(uiterlijk|ten laatste|op de (uiterste|laatste|afsluitings)\w*|op het moment van|bij (de |je )?(indiensttreding|aanstelling|aanwerving)|op de sluitingsdatum|tegen (de|het)|v[oó]{2}r (je|de|uw|jouw) (benoeming|aanstelling|indiensttreding|aanwerving|start|eerste werkdag))|\b(uiterlijk|ten laatste|op de uiterste \w*datum)\b.{0,60}\bdiploma", RegexOptions.IgnoreCase)]
    private static partial Regex DiplomaTiming();

    [GeneratedRegex(@"bachelor|master|graduaat|secundair|middelbaar|hoger onderwijs|\b(aso|tso|bso|kso)\b|niveau [A-E]\b", RegexOptions.IgnoreCase)]
    private static partial Regex TouchLevel();

    /// <summary>A line broken off inside a sentence: it ends in a word that is no conjunction (a list item ending "…, of" opens the next option).</summary>
    private static bool BrokenOff(string previous) =>
        previous.Length > 0 && char.IsLetter(previous[^1]) && !OpenAlternative().IsMatch(previous);

    [GeneratedRegex(@"\b(of|ofwel|hetzij|en|or|and)$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenAlternative();

    /// <summary>An asset, not a requirement: "is mooi meegenomen", "een pluspunt", "strekt tot aanbeveling", "wenselijk".</summary>
    [GeneratedRegex(@"\bbij voorkeur\b|pluspunt|\btroef\b|mooi meegenomen|\been plus\b|is een voordeel|\been voordeel\b|meerwaarde|strekt tot aanbeveling|\bwenselijk\b|geen vereiste|\bis welkom\b|\been pr[eé]\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Asset();

    /// <summary>A diploma named only for the language it was taught in ("een diploma in een andere taal", "geen Nederlandstalig diploma"): a language matter.</summary>
    [GeneratedRegex(@"\b(een|je|geen|het)?\s*diploma\s+(in\s+een\s+andere\s+taal|(van\s+het\s+|uit\s+het\s+)?(nederlandstalig|franstalig|anderstalig)\w*\s+onderwijs|(dat\s+)?(niet\s+)?in\s+het\s+nederlands(\s+\w+){0,2}|(\w+\s+){1,3}in\s+het\s+nederlands\b)|\b(nederlandstalig|anderstalig|franstalig)\w*\s+diploma", RegexOptions.IgnoreCase)]
    private static partial Regex DiplomaLanguage();

    [GeneratedRegex(@"ervaring|anci[eë]nniteit|dienstjaren", RegexOptions.IgnoreCase)]
    private static partial Regex TouchExperience();

    [GeneratedRegex(@"\bbrevet|\bcertificaat|\battest\b", RegexOptions.IgnoreCase)]
    private static partial Regex TouchCertificate();

    [GeneratedRegex(@"rijbewijs|code\s?95|vakbekwaamheid|(?-i:\bADR\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TouchLicence();

    [GeneratedRegex(@"nationaliteit|onderdaan|EU-burger|Europese (Unie|Economische Ruimte)|\bEER\b", RegexOptions.IgnoreCase)]
    private static partial Regex TouchNationality();

    [GeneratedRegex(@"\btaal|nederlands|\bfrans\b|tweede landstaal|(?-i:\bERK\b)|(?-i:\b(A2|B1|B2|C1)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TouchLanguage();

    [GeneratedRegex(@"interne kandidat|bevordering|statutair|evaluatie|personeelslid|graad|anci[eë]nniteit (in|op) (het )?niveau|niveau [A-E]\b.*anci[eë]nniteit", RegexOptions.IgnoreCase)]
    private static partial Regex TouchInternal();

    [GeneratedRegex(@"vereist|voorwaarde|verplicht|minstens|minimum|in het bezit|\bmoet|\bdien", RegexOptions.IgnoreCase)]
    private static partial Regex Required();

    /// <summary>
    /// A list of conditions led in by its own sentence ("Je voldoet aan de volgende voorwaarden:", "Om deel te nemen moet je aan
    /// deze vereisten voldoen:") in a section the sectioner did not name as requirements: the items below the lead-in (bullets and
    /// the lines that continue them) are requirement lines too.
    /// </summary>
    private static IEnumerable<TextLine> LeadInLists(DocumentView view, List<TextLine> known)
    {
        var inList = false;
        // A requirements heading with nothing under it ("Bevorderingsvoorwaarden") followed by a sub-heading that leads in the
        // list ("Op de uiterste inschrijvingsdatum"): the list under the sub-heading is the requirements', whatever its topic.
        var emptyRequirementHeading = false;
        var forced = false;
        foreach (var line in view.Lines)
        {
            var content = line.Content.Trim();
            if (line.IsHeading)
            {
                // Only the heading's own words count (a heading that names nothing inherits the topic before it), and a sub-heading
                // that names another part of the vacancy (offer, pay, selection) is no lead-in.
                var own = TopicRules.OfHeading(content);
                forced = emptyRequirementHeading && own is Topic.Unknown or Topic.Application or Topic.Requirements or Topic.Profile;
                inList = forced;
                emptyRequirementHeading = own == Topic.Requirements;
                continue;
            }

            if (content.Length > 0)
            {
                emptyRequirementHeading = false;
            }

            // A heading the sectioner did not see ("3.1 Deelnemingsvoorwaarden", "Toelatingsvoorwaarden:") that names requirements
            // opens a block of requirement lines up to the next such heading, whatever the topic of the section around it.
            if (HeadingLike().IsMatch(content))
            {
                var named = TopicRules.OfHeading(content.TrimEnd(':')) == Topic.Requirements;
                forced = named;
                inList = named;
                continue;
            }

            if (forced && inList && line.Topic is not (Topic.Requirements or Topic.Profile))
            {
                if (!known.Contains(line))
                {
                    yield return line;
                }

                continue;
            }

            if (!forced && line.Topic is Topic.Requirements or Topic.Profile or Topic.Selection or Topic.Application or Topic.Salary or Topic.Benefits or Topic.Offer)
            {
                inList = false;
                continue;
            }

            if (RequirementLeadIn().IsMatch(content))
            {
                inList = true;
                continue;
            }

            if (!inList || !content.Any(char.IsLetter))
            {
                continue;
            }

            if (!(line.IsBullet || char.IsLower(content[0]) || OptionOpening().IsMatch(content)))
            {
                inList = false;
                forced = false;
                continue;
            }

            if (!known.Contains(line))
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"\b(volgende|deze|onderstaande|de\s+hierna\s+vermelde)\s+(algemene\s+|bijzondere\s+)?(toelatings|deelname|aanwervings|bevorderings|benoemings|selectie|diploma)?(voorwaarden|vereisten)(\s+(voldoen|voldoet|voldaan))?\s*:\s*$|\b(voorwaarden|vereisten)\s+om\s+(deel\s+te\s+nemen|te\s+(kunnen\s+)?(solliciteren|deelnemen))\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RequirementLeadIn();

    [GeneratedRegex(@"^(of|ofwel|hetzij|en|én)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OptionOpening();

    /// <summary>A line whose subject is last-year students ("Laatstejaarsstudenten mogen deelnemen", "Studenten in hun laatste jaar …").</summary>
    [GeneratedRegex(@"^\W*(ook\s+)?(laatstejaars\w*|studenten\s+(in|uit)\s+(het|hun|je)\s+laatste\s+(studie)?jaar|wie\s+(nog\s+)?in\s+(het|zijn|haar|je)\s+laatste\s+(studie)?jaar)", RegexOptions.IgnoreCase)]
    private static partial Regex StudentsSubject();

    /// <summary>Diplomas named to exclude them: "… worden niet aanvaard", "… zijn niet geldig", "… komen niet in aanmerking".</summary>
    [GeneratedRegex(@"\b(worden|wordt|zijn|is)\s+niet\s+(aanvaard|toegelaten|geldig|erkend|in aanmerking\s+genomen)|\b(volstaan|volstaat|geven|geeft)\s+geen\s+toegang", RegexOptions.IgnoreCase)]
    private static partial Regex Excluded();

    /// <summary>
    /// Diplomas named and then declared not to admit, with words between the verb and the negation: "… komen voor deze vacature
    /// niet in aanmerking", "… worden hier niet aanvaard", "… aanvaarden we niet", "… zijn uitgesloten".
    /// </summary>
    [GeneratedRegex(@"\b(?:komen|komt)\s+(?:[\p{L}'’]+\s+){0,4}?niet\s+in\s+aanmerking\b|\b(?:worden|wordt|zijn|is)\s+(?:[\p{L}'’]+\s+){1,4}?niet\s+(?:aanvaard|toegelaten|geldig|erkend)\b|\b(?:aanvaarden|erkennen|accepteren)\s+(?:we|wij)\s+(?:[\p{L}]+\s+){0,2}?niet\b|\b(?:zijn|is|worden|wordt)\s+uitgesloten\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExcludedNotEligible();

    /// <summary>A sentence about who lacks something: "wie … niet heeft", "kandidaten die … niet hebben", "als je … niet hebt".</summary>
    [GeneratedRegex(@"^\s*(?:[-•*]\s*)?(?:wie|als\s+je|indien\s+je|kandidaten\s+die|personen\s+die)\b|\bniet\s+(?:hebt|heeft|hebben|bezit|bezitten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoLacks();

    private static List<RouteDraft> Drafts(List<TextLine> lines, DocumentView view, List<Preference> preferences, bool internalOnly = false)
    {
        var drafts = new List<RouteDraft>();
        var internalBlock = internalOnly;
        // "Geen diploma in die richting?" as a heading, or "Geen diploma? Dan kan je toch deelnemen als je:" before a list: the lines
        // under it are together the way in without the diploma, not conditions of every route.
        var withoutDiploma = new List<RouteDraft>();
        object? blockOwner = null;
        void Flush()
        {
            drafts.AddRange(WithoutDiplomaRoute(withoutDiploma));
            withoutDiploma.Clear();
            blockOwner = null;
        }

        foreach (var line in lines)
        {
            object? owner = internalBlock || line.IsHeading ? null
                : line.Section is { } section && NoDiplomaQuestion(line.SectionTitle) ? section
                : blockOwner is TextLine lead && line.IsBullet && line.Document == lead.Document ? lead
                : null;
            if (owner is null || !ReferenceEquals(owner, blockOwner))
            {
                Flush();
            }

            if (owner is not null)
            {
                blockOwner = owner;
                withoutDiploma.AddRange(RouteParser.Parse(line, view, internalBlock, preferences));
                continue;
            }

            if (!internalBlock && !line.IsBullet && line.Text.TrimEnd().EndsWith(':') && NoDiplomaQuestion(line.Text.TrimEnd()[..^1]))
            {
                blockOwner = line;
                withoutDiploma.AddRange(RouteParser.Parse(line, view, internalBlock, preferences));
                continue;
            }

            if (line.IsHeading)
            {
                internalBlock = internalOnly || InternalHeaderLine().IsMatch(line.Text) || InternalHeading().IsMatch(line.Text);
                continue;
            }

            if (InternalHeaderLine().IsMatch(line.Text))
            {
                internalBlock = true;
                continue;
            }

            if (ExternalHeaderLine().IsMatch(line.Text))
            {
                internalBlock = internalOnly;
                continue;
            }

            // "Laatstejaarsstudenten … kunnen deelnemen, op voorwaarde dat …": a condition on when the diploma is held (a general
            // requirement), not a way in of its own; "Andere masterdiploma's worden niet aanvaard" names diplomas to exclude them.
            // An aside inside the sentence that excludes ("(een ander diploma volstaat niet)") leaves what it requires a route.
            var first = FirstSentence(ExclusionAsides.Blank(line.Text));
            // "Andere diploma's – bv. een bachelor zonder lerarenopleiding – komen voor deze functie niet in aanmerking" names them to
            // exclude them; "Wie geen diploma secundair onderwijs heeft, komt niet in aanmerking" asks for that diploma (a route).
            if (StudentsSubject().IsMatch(line.Content) || Excluded().IsMatch(first)
                || (ExcludedNotEligible().IsMatch(first) && !RouteParser.NoDiploma().IsMatch(first) && !WhoLacks().IsMatch(first)))
            {
                continue;
            }

            // A line about what to send ("Voeg een kopie toe") is no requirement; a requirement followed by such a sentence is.
            // "Een getuigschrift van het 6de jaar volstaat niet" names a diploma only to exclude it: no route (it stays a line to check).
            if (NotARequirement().IsMatch(first) || Insufficient().IsMatch(first))
            {
                continue;
            }

            // "Er is geen diplomavereiste" among the conditions of a promotion: the internal route asks no diploma (which it does
            // not), it is no route open to anyone.
            // A diploma asked under a promotion heading ("een bachelordiploma hebben" among the seniority and evaluation lines) is
            // one more condition of the internal route, not a way in for anyone.
            drafts.AddRange(RouteParser.Parse(line, view, internalBlock, preferences).Where(d => !(internalBlock && d.Internal is null && d.NoDiploma && d.NoneRequired))
                .Select(d => internalBlock && !internalOnly && d is { Internal: null, NoDiploma: false, Diploma: not null and not DiplomaLevel.None, Tests.Count: 0 } ? d with { InInternalBlock = true } : d));
        }

        Flush();
        return drafts;
    }

    /// <summary>
    /// Whether a heading or lead-in asks about candidates without the diploma ("Geen diploma in die richtingen?", "Heb je dat
    /// diploma niet? Dan kan je toch deelnemen als je"): a question, or a sentence that goes on to what admits them.
    /// </summary>
    private static bool NoDiplomaQuestion(string text) =>
        RouteParser.NoDiploma().IsMatch(text) && (text.TrimEnd().EndsWith('?') || text.Contains("? ", StringComparison.Ordinal));

    /// <summary>
    /// The drafts of the lines under a question about candidates without the diploma: when they name no diploma of their own but
    /// an experience minimum or a test, together they are one route without a diploma that asks all of it; else they stay as read.
    /// </summary>
    private static IEnumerable<RouteDraft> WithoutDiplomaRoute(List<RouteDraft> block)
    {
        if (block.Count == 0 || block.Any(d => d.Internal is not null || d.Diploma is not null and not DiplomaLevel.None)
            || !block.Any(d => d.MinExperienceYears is not null || d.Tests.Count > 0))
        {
            return [.. block];
        }

        var withYears = block.FirstOrDefault(d => d.MinExperienceYears is not null);
        return
        [
            new RouteDraft
            {
                NoDiploma = true,
                MinExperienceYears = withYears?.MinExperienceYears,
                ExperienceKind = withYears?.ExperienceKind,
                VagueExperience = withYears?.VagueExperience ?? false,
                IncludedYears = withYears?.IncludedYears,
                IncludedKind = withYears?.IncludedKind,
                Tests = [.. block.SelectMany(d => d.Tests).DistinctBy(t => (t.Kind, t.Name))],
                Citation = (withYears ?? block[0]).Citation,
                Absorbed = [.. block.Where(d => d != withYears).Select(d => d.Citation)],
            },
        ];
    }

    /// <summary>
    /// An experience minimum on a line of its own that continues the route line before it ("EN je kan minstens 2 jaar
    /// ervaring aantonen", "and 3 years of experience") belongs to that route only, not to every external route.
    /// </summary>
    private static List<RouteDraft> AttachContinuations(List<RouteDraft> drafts)
    {
        var result = new List<RouteDraft>();
        foreach (var d in drafts)
        {
            if (d.IsExperienceOnly && result.Count > 0 && result[^1] is { IsRoute: true, MinExperienceYears: null, Internal: null } previous
                && Continuation().IsMatch(d.Citation.Quote))
            {
                result[^1] = previous with { MinExperienceYears = d.MinExperienceYears, ExperienceKind = d.ExperienceKind, Absorbed = [.. previous.Absorbed, d.Citation] };
                continue;
            }

            result.Add(d);
        }

        return result;
    }

    [GeneratedRegex(@"^\W*(en|én|and|plus|\+|bovendien|daarnaast)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();

    /// <summary>
    /// A label line the sectioner did not take for a heading: two or three names of one topic joined by a slash or a bar, as
    /// bilingual documents title their parts ("Diploma / Diplôme", "Profiel | Profil", "Ervaring / Expérience / Experience").
    /// Each part is a few words without digits, a single letter (a licence category: "Rijbewijs B / C") or a diploma level.
    /// </summary>
    public static bool IsLabel(string text)
    {
        var t = text.Trim().TrimEnd(':').Trim();
        if (t.Length > 80 || LabelNoise().IsMatch(t))
        {
            return false;
        }

        var parts = t.Split(['/', '|'], StringSplitOptions.TrimEntries);
        return parts.Length is >= 2 and <= 3 && parts.All(p =>
        {
            var words = p.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            return words.Length is >= 1 and <= 4 && words[0].Length >= 4 && words.All(w => w.All(c => char.IsLetter(c) || c is '\'' or '’' or '&')
                && (w.Length >= 3 || LabelConnector().IsMatch(w)));
        });
    }

    [GeneratedRegex(@"\d|[.;,?!]|\b(bachelor\w*|master\w*|graduaat|secundair\w*|licentiaat|rijbewijs\s+\p{L}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelNoise();

    [GeneratedRegex(@"^(de|du|la|le|en|et|of|ou|à|a|in|op|to)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelConnector();

    /// <summary>
    /// A competence a candidate may also meet by being willing to acquire it ("Je kent X, of je bent bereid het te leren",
    /// "of ben je bereid je erin te verdiepen", "or are willing to learn", "ou vous êtes prêt à apprendre"): nothing a candidate could
    /// fail at the moment of applying, so it does not hold a yes back. Willingness to obtain a diploma, licence or certificate
    /// ("of je bent bereid het rijbewijs C te behalen") is a condition, not this.
    /// </summary>
    [GeneratedRegex(@"^(?!.*\b(behal\w*|haal\w*|verwerv\w*|obtain\w*|obten\w*|rijbewijs\w*|brevet\w*|\w*attest\w*|certifica\w*|diploma\w*|licen[cs]e)\b).*\b(bereid|gemotiveerd|willing|ready|prepared|pr(ê|e)te?s?|dispos(é|e)e?s?)\b(\s+\w+){0,6}?\s+((te\s+|om\s+te\s+)?(leren|aanleren|bijleren|verdiepen|eigen\s+te\s+maken)|(te|to)\s+learn|(à|a)\s+(apprendre|vous\s+former))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Willingness();

    /// <summary>A sentence that points at conditions stated elsewhere: "hierboven", "bovenvermelde", "zoals vermeld", "de diplomavereiste".</summary>
    [GeneratedRegex(@"\b(hierboven|hoger\s+vermeld\w*|bovenvermeld\w*|bovenstaande|voormelde|hogervermeld\w*|eerder\s+vermeld\w*)\b|\bzoals\s+(vermeld|beschreven|bepaald|opgesomd)\b|\b(vermeld|beschreven)\s+(in|onder|bij)\s+(het|de|punt|rubriek|deel)\b|\bvoldoen\s+aan\s+de\s+\w*(vereiste|voorwaarde)n?\b|\b(dezelfde|zelfde|gelijke)\s+\w*(vereiste|voorwaarde|eis)(n|en)?\b|\bthe\s+same\s+\w*\s*(requirements?|conditions?)\b|\b(les\s+)?m(ê|e)mes\s+(conditions|exigences)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();

    /// <summary>A heading the sectioner did not see: one word ("Nationaliteit"), or a numbered title ("3.2 Diplomavoorwaarden").</summary>
    [GeneratedRegex(@"^\s*(\p{L}+|\d+(\.\d+)*\.?\s+\p{L}[\p{L}-]*(\s+[\p{L}-]+){0,3})\s*:?\s*$")]
    private static partial Regex HeadingLike();

    private static List<AdmissionRoute> Combine(List<RouteDraft> drafts)
    {
        // "Geen diploma?" with nothing that replaces it (no test, no experience, not "no diploma is required"), such as
        // "Interne kandidaten hoeven geen diploma voor te leggen", is no admission route: taking it for one would admit anyone.
        var routeDrafts = drafts.Where(d => d.IsRoute && !(d.NoDiploma && !d.NoneRequired && d.Tests.Count == 0 && d.MinExperienceYears is null && d.Internal is null)).ToList();
        routeDrafts = routeDrafts.Where((d, i) => !(d.IntroducesList && d.Field is null && d.MinExperienceYears is null && d.Tests.Count == 0
            && routeDrafts.Skip(i + 1).Any(o => o.Diploma is not null && o.Internal is null))).ToList();
        // An experience minimum on a line of its own applies to every external route, unless the line names whose minimum it is
        // ("Voor kandidaten met een EVC-attest: minstens 2 jaar …", "Wie geen diploma heeft: 3 jaar …", "Met een bachelordiploma: …"):
        // then only to the routes of those candidates.
        var experienceLines = drafts.Where(d => d.IsExperienceOnly).Select(d => (Draft: d, Scope: ExperienceScopeOf(d.Citation.Quote))).ToList();
        var routes = new List<AdmissionRoute>();
        foreach (var d in routeDrafts)
        {
            var isInternal = d.Internal is not null;
            var globalExperience = isInternal ? null
                : experienceLines.FirstOrDefault(e => e.Scope is not null && e.Scope.Value.Covers(d)).Draft
                  ?? experienceLines.FirstOrDefault(e => e.Scope is null).Draft;
            var years = d.MinExperienceYears ?? globalExperience?.MinExperienceYears;
            var kind = d.MinExperienceYears is not null ? d.ExperienceKind : globalExperience?.ExperienceKind;
            var included = d.MinExperienceYears is not null ? d : globalExperience;
            var route = new AdmissionRoute
            {
                Id = "",
                Audience = isInternal ? RouteAudience.Internal : RouteAudience.External,
                Diploma = d.NoDiploma ? DiplomaLevel.None : d.Diploma ?? DiplomaLevel.None,
                DiplomaField = d.Field,
                EquivalentAccepted = d.Equivalent,
                MinExperienceYears = years,
                ExperienceKind = kind,
                IncludedMinYears = included?.IncludedYears,
                IncludedKind = included?.IncludedKind,
                Alternative = d.Tests,
                Internal = d.Internal,
                Citation = d.Citation,
            };
            if (!routes.Any(r => Same(r, route)))
            {
                routes.Add(route);
            }
        }

        return routes.Select((r, i) => r with { Id = $"{(r.Audience == RouteAudience.Internal ? "internal" : "external")}-{i + 1}" }).ToList();
    }

    /// <summary>The candidates an experience line is for, read from its lead ("Voor kandidaten met een EVC-attest:", "Wie geen diploma heeft,").</summary>
    internal readonly record struct ExperienceScope(bool WithoutDiploma, DiplomaLevel? Level)
    {
        /// <summary>Whether a route draft is one of those candidates' ways in.</summary>
        public bool Covers(RouteDraft route) => WithoutDiploma
            ? route.NoDiploma || route.Diploma is null or DiplomaLevel.None || route.Tests.Any(t => t.Kind == "proof")
            : route is { NoDiploma: false, Diploma: not null and not DiplomaLevel.None } && (Level is null || route.Diploma == Level);
    }

    /// <summary>
    /// The scope an experience line names before its minimum, or null when it names none (it then holds for every route).
    /// Without a diploma, or with a proof of competence instead (EVC, ervaringsbewijs), it is for the routes without a diploma;
    /// with a diploma (of a level, or "zoals hierboven") for the diploma routes.
    /// </summary>
    internal static ExperienceScope? ExperienceScopeOf(string quote)
    {
        var lead = ScopeLead().Match(quote);
        if (!lead.Success)
        {
            return null;
        }

        var text = lead.Value;
        if (ScopeWithoutDiploma().IsMatch(text) || ScopeProof().IsMatch(text))
        {
            return new ExperienceScope(true, null);
        }

        if (ScopeDiploma().IsMatch(text))
        {
            return new ExperienceScope(false, ScopeLevel(text));
        }

        return null;
    }

    private static DiplomaLevel? ScopeLevel(string text) =>
        ScopeMaster().IsMatch(text) ? DiplomaLevel.Master
        : ScopeBachelor().IsMatch(text) ? DiplomaLevel.Bachelor
        : ScopeGraduate().IsMatch(text) ? DiplomaLevel.Graduate
        : ScopeSecondary().IsMatch(text) ? DiplomaLevel.Secondary : null;

    /// <summary>
    /// The lead of a line that says whose condition follows: "Voor (kandidaten|wie|houders van) …:", "Wie … heeft/bezit, …",
    /// "Kandidaten met/zonder …:", "Met/Zonder een … :", "Als/Indien je … hebt, …", "Heb je …, dan …" — up to the colon or comma.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:voor\s+(?:de\s+)?(?:kandidaten|sollicitanten|wie|diegenen|personen|houders|mensen)\b|wie\b|(?:kandidaten|sollicitanten|houders)\s+(?:met|zonder|van)\b|met\s+(?:een|het|enkel\s+een)\b|zonder\b|(?:als|indien)\s+(?:je|u)\b|(?:heb|bezit)\s+(?:je|u)\b|ben\s+(?:je|u)\s+houder\b)[^:,;.?]{0,100}?(?:[:,;?]|\s+dan\b|\s+(?:moet|moeten|dien\w*|heb|hebt|heeft|is|vragen|vereisen)\s+(?:je\s+|u\s+|ze\s+)?(?:minstens|ten\s+minste|minimaal|minimum|\d|over))", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeLead();

    [GeneratedRegex(@"\b(geen|zonder)\s+(\w+\s+){0,2}?(diploma|bachelor|master|graduaat|getuigschrift)|\bniet\s+(in\s+het\s+bezit|houder)|\bniet\s+(over\s+)?(een|het|dit|dat)\s+(\w+\s+)?diploma", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeWithoutDiploma();

    [GeneratedRegex(@"\bEVC\b|ervaringsbewijs|beroepskwalificatie|verworven\s+competenties", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeProof();

    [GeneratedRegex(@"diploma|bachelor|master|graduaat|getuigschrift|secundair", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeDiploma();

    [GeneratedRegex(@"master|universit", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeMaster();

    [GeneratedRegex(@"bachelor|hoger\s+onderwijs\s+van\s+het\s+korte", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeBachelor();

    [GeneratedRegex(@"graduaat|hbo\s?5", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeGraduate();

    [GeneratedRegex(@"secundair|middelbaar", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeSecondary();

    /// <summary>
    /// A job titled at master level ("Attaché", "… (masterniveau)", "… (niveau A)") whose requirement lines only give the way in
    /// with a bachelor and years of experience: the master route the title names comes first, cited by the title (read alone,
    /// the bachelor line would ask a master for the experience too).
    /// </summary>
    private static List<AdmissionRoute> TitleLevel(List<AdmissionRoute> routes, Citation? title)
    {
        if (title is null || !MasterTitle().IsMatch(title.Quote)
            || routes.Any(r => r.Audience == RouteAudience.External && (r.Diploma == DiplomaLevel.Master || r.Diploma == DiplomaLevel.None))
            || !routes.Any(r => r.Audience == RouteAudience.External && r.Diploma == DiplomaLevel.Bachelor && r.MinExperienceYears > 0))
        {
            return routes;
        }

        var master = new AdmissionRoute { Id = "", Audience = RouteAudience.External, Diploma = DiplomaLevel.Master, Citation = title };
        return [.. new[] { master }.Concat(routes).Select((r, i) => r with { Id = $"{(r.Audience == RouteAudience.Internal ? "internal" : "external")}-{i + 1}" })];
    }

    [GeneratedRegex(@"\battach[eé]\b|masterniveau|\bniveau\s+A\b|\bA-niveau\b", RegexOptions.IgnoreCase)]
    private static partial Regex MasterTitle();

    /// <summary>
    /// The conditions for internal candidates listed one per line ("minstens 4 jaar anciënniteit in niveau C;", "een
    /// gunstige evaluatie hebben") hold together: lines that only state internal conditions (no diploma, test or
    /// experience) form one route with all of them, cited by the first.
    /// </summary>
    private static List<RouteDraft> MergeInternalConditions(List<RouteDraft> drafts)
    {
        static bool OnlyInternal(RouteDraft d) => d.Internal is not null && d.Diploma is null && !d.NoDiploma && d.Tests.Count == 0 && d.MinExperienceYears is null;
        // Conditions that do not contradict: each either stated on one line only or the same on both ("Ben je personeelslid in
        // niveau C? …" followed by "minstens 4 jaar niveauanciënniteit in niveau C").
        static bool Disjoint(InternalCondition a, InternalCondition b) =>
            (a.Contract is null || b.Contract is null || a.Contract == b.Contract) && (a.MinSeniorityMonths is null || b.MinSeniorityMonths is null)
            && (a.Level is null || b.Level is null || (a.Level == b.Level && (a.LevelComparison is null || b.LevelComparison is null || a.LevelComparison == b.LevelComparison)));
        static RouteDraft Merge(RouteDraft previous, RouteDraft d)
        {
            var (a, b) = (previous.Internal!, d.Internal!);
            return previous with
            {
                Absorbed = [.. previous.Absorbed, d.Citation, .. d.Absorbed],
                AlternativeOfPrevious = false,
                Internal = new InternalCondition
                {
                    Contract = a.Contract ?? b.Contract,
                    MinSeniorityMonths = a.MinSeniorityMonths ?? b.MinSeniorityMonths,
                    SeniorityKind = a.SeniorityKind ?? b.SeniorityKind,
                    Level = a.Level ?? b.Level,
                    LevelComparison = a.LevelComparison ?? b.LevelComparison,
                    FavourableEvaluation = a.FavourableEvaluation || b.FavourableEvaluation,
                },
            };
        }

        // A run of lines that only state internal conditions is read as conditions that all hold, where a line given as another way
        // to meet the one before ("OF minstens 8 jaar niveauanciënniteit in niveau D") opens a route of its own that shares the other
        // conditions (contract, evaluation) of the run. A line that states the same kinds of conditions again starts another route.
        var result = new List<RouteDraft>();
        var open = new List<RouteDraft>();
        void Flush()
        {
            // "Je kreeg een gunstige evaluatie" on its own is no way in: it stays an unread requirement line (which keeps a yes
            // from being given without it) rather than a route that only asks for an evaluation.
            result.AddRange(open.Where(o => o.Internal is not { Contract: null, MinSeniorityMonths: null, Level: null }));
            open.Clear();
        }

        // The diploma a promotion heading asks joins the run of internal conditions around it (before or after it).
        RouteDraft? pendingDiploma = null;
        static RouteDraft WithDiploma(RouteDraft run, RouteDraft diploma) => run with
        {
            Diploma = diploma.Diploma,
            Field = diploma.Field,
            Equivalent = diploma.Equivalent,
            Absorbed = [.. run.Absorbed, diploma.Citation, .. diploma.Absorbed],
        };

        foreach (var d in drafts)
        {
            if (d.InInternalBlock && d.MinExperienceYears is null && open.Count > 0 && open.All(o => o.Diploma is null))
            {
                for (var i = 0; i < open.Count; i++)
                {
                    open[i] = WithDiploma(open[i], d);
                }

                continue;
            }

            if (d.InInternalBlock && d.MinExperienceYears is null && open.Count == 0 && pendingDiploma is null)
            {
                pendingDiploma = d;
                continue;
            }

            if (!OnlyInternal(d))
            {
                Flush();
                if (pendingDiploma is not null)
                {
                    result.Add(pendingDiploma);
                    pendingDiploma = null;
                }

                result.Add(d);
                continue;
            }

            if (open.Count == 0)
            {
                open.Add(pendingDiploma is null ? d : WithDiploma(d, pendingDiploma));
                pendingDiploma = null;
            }
            else if (d.AlternativeOfPrevious && open.Count < 8)
            {
                // The alternative replaces the last line's own conditions: it takes the conditions the run stated before that line.
                var basis = open.FirstOrDefault(o => !ReferenceEquals(o, open[^1]) || open.Count == 1);
                var alternative = d;
                if (basis is not null && Shared(basis, d) is { } common && Disjoint(common.Internal!, d.Internal!))
                {
                    alternative = Merge(common with { Citation = d.Citation, Absorbed = [] }, d with { Citation = common.Citation });
                }

                open.Add(alternative);
            }
            else if (open.All(o => Disjoint(o.Internal!, d.Internal!)))
            {
                for (var i = 0; i < open.Count; i++)
                {
                    open[i] = Merge(open[i], d);
                }
            }
            else
            {
                Flush();
                open.Add(d);
            }
        }

        Flush();
        if (pendingDiploma is not null)
        {
            result.Add(pendingDiploma);
        }

        return result;
    }

    /// <summary>
    /// The conditions of <paramref name="route"/> that are not of the kinds <paramref name="alternative"/> states (the alternative
    /// replaces seniority and level, it keeps contract and evaluation), as a draft; null when none are left.
    /// </summary>
    private static RouteDraft? Shared(RouteDraft route, RouteDraft alternative)
    {
        var (a, b) = (route.Internal!, alternative.Internal!);
        var common = new InternalCondition
        {
            Contract = b.Contract is null ? a.Contract : null,
            MinSeniorityMonths = b.MinSeniorityMonths is null && b.Level is null ? a.MinSeniorityMonths : null,
            SeniorityKind = b.MinSeniorityMonths is null && b.Level is null ? a.SeniorityKind : null,
            Level = b.Level is null && b.MinSeniorityMonths is null ? a.Level : null,
            LevelComparison = b.Level is null && b.MinSeniorityMonths is null ? a.LevelComparison : null,
            FavourableEvaluation = a.FavourableEvaluation,
        };
        return common is { Contract: null, MinSeniorityMonths: null, Level: null, FavourableEvaluation: false } ? null : route with { Internal = common };
    }

    private static bool Same(AdmissionRoute a, AdmissionRoute b) =>
        a.Audience == b.Audience && a.Diploma == b.Diploma && a.DiplomaField == b.DiplomaField && a.MinExperienceYears == b.MinExperienceYears
        && a.ExperienceKind == b.ExperienceKind && a.IncludedMinYears == b.IncludedMinYears && a.Alternative.Select(t => t.Name).SequenceEqual(b.Alternative.Select(t => t.Name)) && a.Internal == b.Internal;

    private static DateFact? ReferenceDate(ExtractionContext ctx, Deadline? deadline, out bool atDeadline)
    {
        atDeadline = false;
        foreach (var line in ctx.View.Lines)
        {
            var m = ReferenceSentence().Match(line.Text);
            if (!m.Success)
            {
                continue;
            }

            atDeadline = AtClosing().IsMatch(line.Text[m.Index..]);
            var date = ctx.DatesOn(line).FirstOrDefault(d => d.Start > m.Index && d.Date is not null);
            if (date?.Date is { } day)
            {
                return new DateFact(day, date.YearInferred, ctx.View.CiteSentence(line, m.Index, date.End));
            }

            if (atDeadline && deadline is not null)
            {
                return new DateFact(deadline.Date, deadline.YearInferred, ctx.View.CiteSentence(line, m.Index, m.Index + m.Length));
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(voor|enkel voor)?\s*interne (kandidaten|medewerkers|personeelsleden)(\s*[–—:(-]\s*(via\s+)?(bevordering|interne mobiliteit)\)?)?\s*:?\s*$|^\s*-?\s*(bevordering|interne mobiliteit)(\s*[–—:(-]\s*interne (kandidaten|medewerkers|personeelsleden)\)?)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex InternalHeader();

    /// <summary>A line that heads the conditions for internal candidates, in brackets or as a promotion heading ("Bevorderingsvoorwaarden (interne kandidaten)").</summary>
    [GeneratedRegex(@"\b(voor|enkel voor)?\s*interne (kandidaten|medewerkers|personeelsleden)\)?(\s*[–—:(-]\s*(via\s+)?(bevordering|interne mobiliteit)\)?)?\s*:?\s*$|^\s*-?\s*(bevordering|bevorderingsvoorwaarden|voorwaarden voor (de )?bevordering|interne bevordering|interne mobiliteit)(\s*[–—:(-]\s*interne (kandidaten|medewerkers|personeelsleden)\)?)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex InternalHeaderLine();

    /// <summary>A heading for internal candidates, however worded ("Bevorderingsvoorwaarden (interne kandidaten)").</summary>
    [GeneratedRegex(@"\bintern(e)?\b|bevordering|interne mobiliteit|eigen personeelsleden", RegexOptions.IgnoreCase)]
    private static partial Regex InternalHeading();

    private static string FirstSentence(string text)
    {
        var (_, end) = DocumentView.SentenceBounds(text, 0, Math.Min(1, text.Length));
        return text[..end];
    }

    [GeneratedRegex(@"\b(voor )?externe kandidaten\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalHeader();

    [GeneratedRegex(@"\b(voor )?externe kandidaten\)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalHeaderLine();

    [GeneratedRegex(@"^\W*[\p{L}']+\s+(worden|zijn)\s+gelijkgesteld\s+met|\bgeeft\b[^.]{0,30}\bgeen\s+toegang\b|\bkom\w*\s+niet\s+in\s+aanmerking\b|\bworden\s+niet\s+toegelaten\b|\bkopie\b|\bbezorg|\bupload|\bvoeg\b.*\btoe\b|aanvaard(?:t)? (?:worden )?.*buitenland|in het buitenland behaalde|\b(kan|kunnen|mag|mogen)\s+(je|u|zij|ze|jij)?\s*pas\s+(starten|beginnen|in dienst)", RegexOptions.IgnoreCase)]
    private static partial Regex NotARequirement();

/// <summary>
    /// A sentence about which selection tests a group of candidates takes or is spared ("leggen dezelfde selectieproeven af als
    /// externe kandidaten", "zijn vrijgesteld van de capaciteitstest", "hoeven geen schriftelijke proef te doen"): procedure, not admission.
    /// </summary>
    [GeneratedRegex(@"\b(dezelfde|zelfde)\s+(selectie)?(proeven|testen|examens|selectieprocedure|procedure)\b|\bvrijgesteld\s+van\s+(de\s+|het\s+)?([\p{L}-]+\s+)?[\p{L}-]*(proef|test|examen|preselectie)|\b(moeten|moet|hoeven|hoeft)\s+(ze\s+|zij\s+|je\s+|u\s+)?geen\s+[\p{L}-]*(proef|test|examen)\w*\s+(\w+\s+){0,2}?(te\s+)?(doen|af\s*te\s+leggen|afleggen|maken)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TestsTaken();

    [GeneratedRegex(@"(in het bezit|beschik\w* over|je hebt|heb je|houder van|behaald|vereist|voorwaarde).*(diploma|bachelor|master|graduaat)", RegexOptions.IgnoreCase)]
    private static partial Regex Possession();

    [GeneratedRegex(@"(aan )?(deze|de|alle|die) (vereisten|voorwaarden|toelatingsvoorwaarden|aanwervingsvoorwaarden)\s+(moet|moeten|dien\w*)\s+(?:je\s+)?(?:zijn\s+)?(?:voldaan|voldoen)|(moet|moeten|dien\w*)\s+(?:je\s+)?aan\s+(deze|de|alle|die)\s+(vereisten|voorwaarden|toelatingsvoorwaarden)\s+(?:\w+\s+)?(?:voldaan|voldoen)", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceSentence();

    [GeneratedRegex(@"afsluiting|uiterste|sluitingsdatum|inschrijvingsdatum|einde van de (inschrijvings|sollicitatie)", RegexOptions.IgnoreCase)]
    private static partial Regex AtClosing();

    /// <summary>A part of the experience named within the whole: "waarvan 2 jaar …", "daarvan minstens 6 maanden …", "of which 2 years", "dont 2 ans".</summary>
    [GeneratedRegex(@"\b(?:waarvan|daarvan|hiervan|of\s+which|dont)\s+(?:minstens\s+|minimaal\s+|ten\s+minste\s+|at\s+least\s+|au\s+moins\s+)?(?:\d+(?:[.,]\d)?|een|één|twee|drie|vier|vijf|zes|one|two|three|four|five|un|deux|trois)\s*(?:jaar|jaren|maand|maanden|years?|months?|ans?|mois)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnreadPart();

    /// <summary>A row labelled as a requirement: "Diploma: …", "Vereist diploma: …", "Ervaring: …", "Degree: …", "Diplôme : …".</summary>
    [GeneratedRegex(@"^\W*(?:vereist\s+)?(?:diploma(?:vereiste)?|opleiding|studies|studieniveau|ervaring|werkervaring|beroepservaring|degree|education|qualifications?|experience|dipl[oô]me|formation|exp[ée]rience)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex CriterionRow();
}
