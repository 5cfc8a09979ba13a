using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Reads one requirement line into route drafts. A line that states a diploma and then an alternative for
/// those without it ("Heb je dat niet, …", "Je bent niet in het bezit van …, maar slaagt voor …") gives two drafts.
/// </summary>
public static partial class RouteParser
{
    /// <summary>The drafts a line states; <paramref name="internalBlock"/> says the line is under an internal-candidates header.</summary>
    public static IEnumerable<RouteDraft> Parse(TextLine line, DocumentView view, bool internalBlock, List<Preference> preferences)
    {
        var text = line.Text;
        // "Master wiskunde maar (nog) geen pedagogisch diploma?": a question that introduces the next line's condition is no
        // route by itself (read as one, it would admit every master); it stays a requirement line to check. "Geen diploma?" leads
        // a route without the diploma, as before.
        if (text.TrimEnd().EndsWith('?') && !NoDiploma().IsMatch(text))
        {
            yield break;
        }

        // A later sentence that names a diploma only to exclude it ("Een graduaat volstaat niet.") is no part of the route:
        // read as one, its lower level would become the route's.
        // So is one that says a diploma does not admit ("Met een bachelordiploma kan je niet deelnemen").
        var limit = DocumentView.Sentences(text).Where(s => s.Start > 0 && (RequirementRules.Insufficient().IsMatch(text[s.Start..s.End]) || RequirementRules.NotAdmitted().IsMatch(text[s.Start..s.End])))
            .Select(s => s.Start).DefaultIfEmpty(text.Length).First();
        text = text[..limit].TrimEnd();
        // "… masterdiploma in X of Y (een ander masterdiploma volstaat niet)": an aside that excludes or waives is no part of the route.
        text = ExclusionAsides.Blank(text);
        var parts = new List<(int Start, int End)>();
        var cut = AlternativeCue().Match(text);
        if (cut.Success && cut.Index > 0 && DiplomaWord().IsMatch(text[..cut.Index]))
        {
            parts.Add((0, cut.Index));
            parts.Add((cut.Index, text.Length));
        }
        else if ((internalBlock || InternalWords().IsMatch(text)) && Seniority().Count(text) > 1
            && InternalCombination().Matches(text) is { Count: > 0 } combos)
        {
            // One internal route per level/seniority combination.
            var from = 0;
            foreach (Match c in combos)
            {
                parts.Add((from, c.Index));
                from = c.Index;
            }

            parts.Add((from, text.Length));
        }
        else if (Alternatives(text) is { Count: > 1 } options)
        {
            parts.AddRange(options);
        }
        else
        {
            parts.Add((0, text.Length));
        }

        var isInternal = internalBlock || InternalWords().IsMatch(text);
        var internalCombinations = parts.Count > 1 && cut is not { Success: true, Index: > 0 } && isInternal && Seniority().Count(text) > 1;
        for (var p = 0; p < parts.Count; p++)
        {
            var (start, end) = parts[p];
            var draft = ParsePart(text[start..end], view.Cite(line, start, end), isInternal, preferences, view, line, start);
            if (draft is not null && isInternal && ((p > 0 && internalCombinations) || OptionStart().IsMatch(text[start..end])))
            {
                // "… 4 jaar niveauanciënniteit in niveau C, OF 8 jaar in niveau D": another way to meet the same internal condition.
                draft = draft with { AlternativeOfPrevious = true };
            }

            if (draft is { IsExperienceOnly: true } && parts.Count > 1 && !isInternal && OptionStart().IsMatch(text[start..end]))
            {
                // "hetzij een diploma …, hetzij 5 jaar relevante ervaring": the experience is an option of its own, a route without a diploma.
                draft = draft with { NoDiploma = true };
            }

            if (draft is { Diploma: DiplomaLevel.Graduate, MinExperienceYears: null } && !isInternal && BachelorBesideGraduate(text[start..end]))
            {
                // "bachelor in de verpleegkunde of gegradueerde verpleegkundige (HBO5)", "een diploma X (graduaat of bachelor)": two
                // levels offered as equals in one clause are two ways in, each with the same field and conditions. Experience in the
                // clause ("een bachelor, of een graduaat aangevuld met 2 jaar ervaring") is often the lower level's alone: no split.
                yield return draft with { Diploma = DiplomaLevel.Bachelor };
            }

            if (draft is not null)
            {
                yield return draft;
            }
        }
    }

    /// <summary>
    /// True when a clause whose lowest level is the graduaat also names a bachelor as another way in (not a clause about students
    /// of either, which is no diploma held).
    /// </summary>
    private static bool BachelorBesideGraduate(string clause)
    {
        var levelText = TestLevel().Replace(clause, " ");
        return !StudentWords().IsMatch(levelText) && Levels(levelText).Contains(DiplomaLevel.Bachelor);
    }

    [GeneratedRegex(@"\bstudent|\blaatstejaars|\bstudeer|\bstudeert|\bopleidingsjaar", RegexOptions.IgnoreCase)]
    private static partial Regex StudentWords();

    /// <summary>
    /// The options of one line joined by "hetzij … hetzij", "ofwel … ofwel", ", of", a capitalised "OF" or "of je hebt/kan …" (each a way in of its own: a diploma, a
    /// certificate, years of experience): the parts, when every part reads as an option; else null (a field list "in X, Y of
    /// Z" or "of een gelijkwaardig diploma" is no list of ways in).
    /// </summary>
    internal static List<(int Start, int End)>? Alternatives(string text)
    {
        // Sentences are options too ("Je hebt een masterdiploma. Heb je een bachelordiploma, dan heb je 3 jaar ervaring.").
        // A sentence is an option of its own only when it names a diploma itself and the one before ends with a full stop (a question
        // leads into the next sentence: "Heb je een ander bachelordiploma? Dan …").
        var sentences = DocumentView.Sentences(text).Where(x => text[..x.Start].TrimEnd().EndsWith('.') && DiplomaWord().IsMatch(text[x.Start..x.End])).Select(x => x.Start);
        var cuts = MidAlternative().Matches(text).Select(m => m.Index).Concat(sentences)
            .Where(i => text[..i].Any(char.IsLetter)).Distinct().Order().ToList();
        if (cuts.Count == 0)
        {
            return null;
        }

        // "Je hebt hetzij …, hetzij …": the words before the first option introduce it.
        if (!IsOption(text[..cuts[0]]))
        {
            cuts.RemoveAt(0);
        }

        if (cuts.Count == 0)
        {
            return null;
        }

        var bounds = new List<(int Start, int End)>();
        var from = 0;
        foreach (var c in cuts)
        {
            bounds.Add((from, c));
            from = c;
        }

        bounds.Add((from, text.Length));
        // Options that all name a diploma of one level are one route with a list of fields ("een master in X, of een master in Y"):
        // no split. Levels that differ are routes of their own when one of them asks for experience too ("een masterdiploma, of een
        // bachelordiploma met minstens 5 jaar ervaring": read as one, the master would need the experience as well).
        var texts = bounds.Select(b => text[b.Start..b.End]).ToList();
        var differ = texts.Any(t => !DiplomaWord().IsMatch(t))
            || (texts.Select(LowestLevel).Distinct().Count() > 1 && texts.Any(t => ExperienceYears().IsMatch(t)));
        return texts.All(IsOption) && differ ? bounds : null;
    }

    private static bool IsOption(string part) =>
        DiplomaWord().IsMatch(part) || ProofItem().IsMatch(part) || CertificateItem().IsMatch(part) || ExperienceYears().IsMatch(part);

    [GeneratedRegex(@"(?<=[,;]\s*|\s)(?:ofwel|hetzij)(?:\s|,\s)|(?<=[,;]\s*)of\s+(?=(?:een|het|je|minstens|ten minste|minimum|\d)\b)|(?<=\s)of\s+(?=een\s+(?:[\p{L}-]+\s+){0,2}?(?:bachelor|master|diploma|graduaat))|(?<=\s)(?-i:OF)\s+|(?<=\s)of\s+(?=je\s+(?:kan|kunt|hebt|bezit|beschikt|bent|telt)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MidAlternative();

    [GeneratedRegex(@"^\W*(?:ofwel|hetzij|of)(?:\s|,\s)", RegexOptions.IgnoreCase)]
    private static partial Regex OptionStart();

    /// <summary>
    /// A certificate named as a way in, with the trade it is for: "een attest of brevet kinderbegeleider", "een
    /// kwalificatiebewijs als verzorgende" (no diploma level named in the option).
    /// </summary>
    [GeneratedRegex(@"^\W*(of\s+|ofwel\s+|hetzij\s+)?((je\s+)?(hebt|bezit|beschikt over)\s+|in het bezit (zijn )?van\s+|houder (zijn )?van\s+)?(een|het)?\s*\**(?<name>(?:attest|brevet|kwalificatiebewijs|certificaat)(?:\s+of\s+(?:attest|brevet|kwalificatiebewijs|certificaat))?\s+(?:van\s+(?:de\s+|het\s+)?(?:opleiding|cursus)\s+|van\s+|als\s+)?(?!(?:van|als|of|en|dat|die|is|in)\b)\p{L}[\p{L}-]{4,}(?:\s+(?!(?:of|en|met|bij|dat|die)\b)\p{L}[\p{L}-]{3,})?)", RegexOptions.IgnoreCase)]
    private static partial Regex CertificateItem();

    private static RouteDraft? ParsePart(string part, Citation citation, bool isInternal, List<Preference> preferences, DocumentView view, TextLine line, int offset)
    {
        var clause = part;
        var pref = Preferred().Match(clause);
        if (pref.Success && NoneRequired().Match(clause) is { Success: true } none && none.Index <= pref.Index && none.Index + none.Length >= pref.Index)
        {
            // "Een diploma is geen vereiste": no preference, the diploma is not required at all.
            pref = Match.Empty;
        }

        if (pref.Success)
        {
            var (ps, pe) = DocumentView.SentenceBounds(line.Text, offset + pref.Index, offset + pref.Index + pref.Length);
            preferences.Add(new Preference(line.Text[ps..pe].Trim().TrimStart('-', ' ').TrimEnd('.', ';'), view.Cite(line, ps, pe)));
            // "Je hebt een masterdiploma. Een master in X of Y heeft onze voorkeur": a later sentence that prefers a field is
            // dropped whole (its field is no requirement); within one sentence ("…, bij voorkeur in X") the words before stay.
            clause = clause[..(ps - offset > 0 && ps - offset < pref.Index ? ps - offset : pref.Index)];
        }

        // "slaagt voor een redeneertest op het niveau van secundair onderwijs": the level of a test, not a diploma the route asks.
        var levelText = TestLevel().Replace(clause, " ");
        var negation = NoDiploma().Match(clause);
        var negated = negation.Success;
        var noneRequired = NoneRequired().IsMatch(clause) && !InternalWords().IsMatch(clause);
        // "Een diploma is geen vereiste (als je …)": no level named, so no diploma at all is asked.
        negated |= noneRequired && LowestLevel(levelText) is null;
        DiplomaLevel? level = negated ? null : LowestLevel(levelText);
        if (negated && negation.Success && LowestLevel(TestLevel().Replace(clause[(negation.Index + negation.Length)..], " ")) is { } lower && PositiveAfter().IsMatch(clause[(negation.Index + negation.Length)..]))
        {
            // "Heb je geen masterdiploma? Dan kan je toch deelnemen als je een bachelordiploma hebt …"
            negated = false;
            level = lower;
        }

        // "je hebt een EVC-attest dat toegang geeft tot niveau B", "een EVC-certificaat voor een functie van niveau C": the level a
        // proof of competence opens, no diploma asked; the proof is the way in (read below as a route without a diploma).
        if (!negated && level is not null && ProofItem().IsMatch(clause) && !NamedDiplomaLevel().IsMatch(levelText))
        {
            level = null;
        }

        var fieldMatch = level is DiplomaLevel.Bachelor or DiplomaLevel.Master or DiplomaLevel.Graduate ? FieldOf().Match(clause) : null;
        var field = fieldMatch is { Success: true } ? fieldMatch.Groups["field"].Value.Trim() : null;
        var fieldEnd = fieldMatch is { Success: true } ? fieldMatch.Index + fieldMatch.Length : 0;
        if (field is not null && field.EndsWith('-') && EllipsisTail().Match(clause, fieldEnd) is { Success: true } tail)
        {
            // "in systeem- en netwerkbeheer", "in sport- of bewegingswetenschappen": the first part shares the second's ending.
            field += " " + tail.Groups["join"].Value.ToLowerInvariant() + " " + tail.Groups["f"].Value;
            fieldEnd = tail.Index + tail.Length;
        }

        if (field is not null && !(VagueField().IsMatch(field) && NamedFields().IsMatch(clause, fieldEnd)))
        {
            var (more, end) = MoreFieldsAt(clause, fieldEnd);
            field += more;
            fieldEnd = end;
        }

        if (field is not null && fieldMatch is { Success: true } && !VagueField().IsMatch(field) && LongerList(clause, fieldMatch.Groups["field"].Index, field) is { } longer)
        {
            // "in de architectuur, de ingenieurswetenschappen: architectuur, de stedenbouw en ruimtelijke planning, of de geografie
            // (afstudeerrichting ruimtelijke planning)": a list closed by ", of …" whose items carry options and joined names.
            field = longer;
        }
        else if (field is not null && fieldMatch is { Success: true } && !VagueField().IsMatch(field) && RepeatedPrepositionList(clause, fieldMatch.Groups["field"].Index, field) is { } repeated)
        {
            // "in de biologie, in de chemie en de fysica of in de geologie": items that each repeat "in (de)" are all fields, an
            // item joined by "en" (a programme's two-part name) stays whole.
            field = repeated;
        }
        else if (field is not null && VagueField().IsMatch(field) && NamedFields().Match(clause, fieldEnd) is { Success: true } named)
        {
            // "in een relevante richting (event- en projectmanagement, podiumtechnieken, cultuurmanagement)", "in een aanverwante
            // richting zoals X of Y": the fields named are the ones meant.
            if (FieldList(named.Groups["list"].Value) is { } list)
            {
                field = list;
                fieldEnd = named.Index + named.Length;
            }
        }
        else if (field is not null && Specialisation().Match(clause, fieldEnd) is { Success: true } spec)
        {
            // "in het onderwijs: lager onderwijs": the words after the colon narrow the field.
            field = field + ": " + spec.Groups["s"].Value.Trim();
            field += MoreFieldsAt(clause, spec.Index + spec.Length).Text;
        }
        else if (field is not null && Option().Match(clause, fieldEnd) is { Success: true } option)
        {
            // "in het bedrijfsmanagement, afstudeerrichting accountancy-fiscaliteit": the option narrows the field too.
            field = field + ": " + option.Groups["s"].Value.Trim();
        }

        if (field is null && level is DiplomaLevel.Bachelor or DiplomaLevel.Master or DiplomaLevel.Graduate && FieldListLeadIn().Match(clause) is { Success: true } listed)
        {
            // "een bachelor- of masterdiploma in één van deze richtingen: X, Y (of Z), W of V": the fields listed after the lead-in.
            field = FieldList(listed.Groups["list"].Value);
        }

        if (level is null && !negated && ProfessionDiploma().Match(levelText) is { Success: true } profession)
        {
            // "een diploma of getuigschrift dat toegang geeft tot het beroep van X (bijvoorbeeld A of B)": no level named, so the
            // lowest; the profession is the field, and the programmes given as examples are accepted fields too.
            level = DiplomaLevel.Secondary;
            field = ProfessionField(profession);
        }

        if (level == DiplomaLevel.Secondary && field is null)
        {
            field = SecondaryField(clause);
        }
        var tests = Tests().Matches(clause).Select(m => new RouteCondition("test", CleanTestName(m.Value), citation)).DistinctBy(t => t.Name).ToList();
        // "… op voorwaarde dat je binnen het jaar een EVC-attest behaalt", "met een ervaringsbewijs": a proof still to obtain or show.
        // "of een EVC-certificaat als onderhoudstechnicus" as an option beside a diploma: the proof itself is the way in, a route
        // without a diploma that asks for the proof (held by the candidate or still to obtain).
        var proofOnly = !negated && level is null && ProofItem().IsMatch(clause);
        negated |= proofOnly;
        // "Je hebt het certificaat X of je behaalt het binnen het jaar na je indiensttreding": a certificate the job asks for (it may
        // be obtained after starting), not a way in instead of a diploma.
        if (!negated && level is null && !isInternal && !pref.Success && !ObtainAfterStart().IsMatch(clause) && CertificateItem().Match(clause) is { Success: true } certificate)
        {
            // "of een attest of brevet kinderbegeleider": the certificate itself is the way in, a route without a diploma that asks for it.
            negated = true;
            tests.Add(new RouteCondition("proof", certificate.Groups["name"].Value.Trim().TrimEnd('*'), citation));
        }

        tests.AddRange((negated || ProofCondition().IsMatch(clause) ? Proofs().Matches(clause) : Enumerable.Empty<Match>()).Select(m => new RouteCondition("proof", m.Groups["name"].Value.Trim(), citation)).DistinctBy(t => t.Name));
        var (years, kind, vague) = Experience(clause);
        if (negated && tests.Count == 0 && years is null && !isInternal && (!negation.Success || !OtherProofNamed().IsMatch(negation.Value))
            && PassedFor().Match(clause) is { Success: true } passed)
        {
            // "Heb je dat diploma niet, dan ben je al geslaagd voor de generieke screening niveau C", "Zonder diploma moet je slagen
            // voor een toets algemene vaardigheden": whatever the way in without the diploma asks to pass is its condition, named
            // as the text names it (the known test words above are only the common names of such a test).
            tests.Add(new RouteCondition("test", passed.Groups["name"].Value.Trim(), citation));
        }

        var (includedYears, includedKind) = years is null ? (null, null) : IncludedPart(clause);
        var internalCondition = isInternal ? InternalOf(clause) : null;
        if (isInternal && internalCondition is null && level is null && !negated)
        {
            return null;
        }

        var draft = new RouteDraft
        {
            Diploma = level,
            NoDiploma = negated,
            NoneRequired = noneRequired,
            Field = field,
            Equivalent = !negated && Equivalent().IsMatch(clause),
            MinExperienceYears = years,
            ExperienceKind = kind,
            VagueExperience = vague,
            IncludedYears = includedYears,
            IncludedKind = includedKind,
            Tests = tests,
            Internal = internalCondition,
            IntroducesList = part.TrimEnd().EndsWith(':'),
            Citation = citation,
        };
        return draft.IsRoute || draft.IsExperienceOnly ? draft : null;
    }

    /// <summary>
    /// The further fields of a list ("in de geografie, het landmeten, vastgoed of (toegepaste) informatica": every field listed is
    /// accepted), as text to append, and where the list ends. A list ends with "of": comma items after the last "of" are no
    /// fields ("…, afstudeerrichting X", "…, aangevuld met").
    /// </summary>
    private static (string Text, int End) MoreFieldsAt(string clause, int from)
    {
        var items = new List<(string Text, int End, bool Or)>();
        var closed = false;
        for (var at = from; MoreFields().Match(clause, at) is { Success: true } more; at = more.Index + more.Length)
        {
            var item = MultiSpace().Replace(Bracketed().Replace(more.Groups["f"].Value, " "), " ").Trim();
            // "bachelor Pedagogie van het jonge kind, bachelor Kleuteronderwijs": the level repeated before a named programme.
            var programme = LevelBeforeProgramme().IsMatch(item);
            item = LevelBeforeProgramme().Replace(item, "");
            // A programme named with its level again is one more accepted field, whether or not an "of" closes the list.
            var or = more.Groups["sep"].Value.Trim() != "," || programme;
            if (item.Length == 0 || FieldListStop().IsMatch(item))
            {
                // "…, industriële wetenschappen of een gelijkwaardig diploma": the list closed by "of" and no field.
                closed = or;
                break;
            }

            items.Add((item, more.Index + more.Length, or));
        }

        var end = items.Count > 0 ? items[^1].End : from;
        closed |= ClosingEquivalent().IsMatch(clause, end);
        if (!closed && items.Count > 0 && HolderDiploma().Match(clause, end) is { Success: true } holder)
        {
            // "…, de fysica of van een diploma van (burgerlijk of bio-)ingenieur": the list closes with a diploma named by its
            // holder's title, one more accepted field ("(A of B-)C" is "A C of B-C").
            closed = true;
            var title = holder.Groups["f"].Value.Trim();
            var joined = BracketedPrefixes().Match(title) is { Success: true } bp
                ? bp.Groups["a"].Value + " " + bp.Groups["w"].Value + " of " + bp.Groups["b"].Value + bp.Groups["w"].Value
                : Bracketed().Replace(title, " ").Trim();
            items.Add((joined, holder.Index + holder.Length, true));
        }
        else if (!closed && items.Count > 0 && OtherDiplomaAfter().IsMatch(clause, end))
        {
            // "…, de fysica of een diploma van …": another diploma closes the list.
            closed = true;
        }

        var last = closed ? items.Count - 1 : items.FindLastIndex(i => i.Or);
        var text = string.Concat(items.Take(last + 1).Select(i => (i.Or ? " of " : ", ") + i.Text));
        return (text, last >= 0 ? items[last].End : from);
    }

    /// <summary>
    /// The whole field list from where the first field starts to the end of the sentence, when it is a list of at least three
    /// items closed by ", of …" and holds more items than were read one by one; null otherwise.
    /// </summary>
    private static string? LongerList(string clause, int start, string read)
    {
        var rest = clause[start..];
        var end = rest.IndexOfAny(['.', ';', '!', '?']);
        rest = end >= 0 ? rest[..end] : rest;
        if (!ClosedList().IsMatch(rest))
        {
            return null;
        }

        // "(afstudeerrichting X)" narrows its item: its words stay with it; ", of" is the list's last "of".
        rest = ClosingOr().Replace(OptionInBrackets().Replace(rest, " afstudeerrichting $1"), " ");
        if (FieldList(rest) is not { } list)
        {
            return null;
        }

        static int Count(string f) => f.Split([", ", " of "], StringSplitOptions.RemoveEmptyEntries).Length;
        return Count(list) >= 3 && Count(list) > Count(read) ? list : null;
    }

    [GeneratedRegex(@"^[^,]+(,[^,]+){1,8},\s*(of|en/of)\s+(de\s+|het\s+)?\p{L}[^,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedList();

    /// <summary>
    /// The field list whose items each repeat the preposition ("biologie, in de chemie en de fysica of in de geologie"), read from
    /// where the first field starts; null when the items do not repeat it or the list holds no more items than were read.
    /// </summary>
    private static string? RepeatedPrepositionList(string clause, int start, string read)
    {
        var m = PrepositionList().Match(clause, start);
        if (!m.Success || m.Index != start)
        {
            return null;
        }

        var items = new List<string> { m.Groups["first"].Value };
        items.AddRange(m.Groups["more"].Captures.Select(c => c.Value));
        items.Add(m.Groups["last"].Value);
        items = [.. items.Select(i => MultiSpace().Replace(ArticleAfterAnd().Replace(i.Trim(), "$1"), " ")).Where(i => i.Length > 0)];
        static int Count(string f) => f.Split([", ", " of "], StringSplitOptions.RemoveEmptyEntries).Length;
        if (items.Count < 2 || items.Count <= Count(read) || items.Any(i => FieldListStop().IsMatch(i)))
        {
            return null;
        }

        return string.Join(", ", items[..^1]) + " of " + items[^1];
    }

    [GeneratedRegex(@"\G(?<first>[^,;()]+?)(?:\s*,\s*in\s+(?:de\s+|het\s+)?(?<more>[^,;()]+?))*\s*,?\s*(?:of|en/of)\s+in\s+(?:de\s+|het\s+)?(?<last>[^,;()]+?)(?=\s*(?:[,.;()]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionList();

    [GeneratedRegex(@"(\s(?:en|of)\s)(?:de|het)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleAfterAnd();

    [GeneratedRegex(@"\s*\(\s*(?:afstudeerrichting|optie|specialisatie\w*)\s+([^()]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex OptionInBrackets();

    [GeneratedRegex(@",\s*(?=(?:of|en/of)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingOr();

    /// <summary>
    /// The field a secondary diploma must be in: "diploma secundair onderwijs kinderzorg", "het 7de jaar kinderzorg", "een
    /// kwalificatiebewijs kinderbegeleider" (several named are alternatives, joined with "of"); null when none is named.
    /// </summary>
    private static string? SecondaryField(string clause)
    {
        var fields = SecondaryFieldWords().Matches(clause).Select(m => m.Groups["field"].Value.Trim().ToLowerInvariant())
            .Where(f => f.Length > 0).Distinct().ToList();
        if (fields.Count == 0 && SectorField().Match(clause) is { Success: true } sector)
        {
            // "in een studierichting binnen zorg of welzijn, bijvoorbeeld X of Y", "in een sociale of pedagogische richting": a
            // sector of study rather than a programme; the examples named after it are kept with it.
            var field = sector.Groups["field"].Value.Trim();
            if (NamedFields().Match(clause, sector.Index + sector.Length) is { Success: true } named && FieldList(named.Groups["list"].Value.Replace("*", "")) is { } list)
            {
                field += " (" + list + ")";
            }

            return field;
        }

        return fields.Count == 0 ? null : string.Join(" of ", fields);
    }

    /// <summary>The profession a diploma gives access to, with the programmes the sentence names as examples of it.</summary>
    private static string ProfessionField(Match profession)
    {
        var items = new List<string> { profession.Groups["profession"].Value.Trim() };
        if (profession.Groups["examples"].Success)
        {
            items.AddRange(OrSplit().Split(profession.Groups["examples"].Value).Select(i => LeadingArticle().Replace(i.Trim(), ""))
                .Where(i => i.Length > 3));
        }

        return string.Join(" of ", items.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"een diploma of getuigschrift dat toegang geeft tot het beroep van X (bijvoorbeeld A of B)".</summary>
    [GeneratedRegex(@"\b(?:diploma|getuigschrift|kwalificatiebewijs)(?:\s+of\s+(?:een\s+)?(?:diploma|getuigschrift|kwalificatiebewijs|attest))?\s+(?:dat|die)\s+toegang\s+(?:geeft|geven)\s+tot\s+(?:het\s+beroep|de\s+job)\s+(?:van|als)\s+(?<profession>\p{L}[\p{L}-]{3,}(?:\s+\p{L}[\p{L}-]{3,})?)(?:\s*\((?:bijvoorbeeld|bv\.?|zoals)\s+(?<examples>[^()]+)\))?", RegexOptions.IgnoreCase)]
    private static partial Regex ProfessionDiploma();

    [GeneratedRegex(@"^(?:de|het|een)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    /// <summary>A field given as a sector: "een (studie)richting binnen/uit/in (de) X", "een X of Y richting".</summary>
    [GeneratedRegex(@"\b(?:studie)?richting\s+(?:binnen|uit|in)\s+(?:de\s+|het\s+)?(?:(?:sector|studiegebied|domein)\s+(?:van\s+)?(?:de\s+|het\s+)?)?(?<field>[\p{L}-]+(?:\s+(?:of|en|en/of)\s+[\p{L}-]+)?)(?=\s*(?:[,.;:()]|$)|\s+(?:bijvoorbeeld|zoals|bv\.?|met|en\s+minstens)\b)|\bin\s+een\s+(?<field>[\p{L}-]+(?:\s+(?:of|en|en/of)\s+[\p{L}-]+)?)\s+(?:studie)?richting\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectorField();

    /// <summary>
    /// A written list of fields as "X, Y of Z": items split on commas, semicolons and "of"; "(of Z)" is an item of its own;
    /// "een gelijkwaardig diploma", "enz." and the like are dropped. Null when no item is left.
    /// </summary>
    private static string? FieldList(string list)
    {
        var items = BracketedOr().Replace(list, ", $1").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(i => OrSplit().Split(i)).Select(i => i.Trim().Trim('(', ')').Trim())
            .Where(i => i.Length > 1 && !EtCetera().IsMatch(i) && !FieldListStop().IsMatch(i)).ToList();
        return items.Count == 0 ? null : items.Count == 1 ? items[0] : string.Join(", ", items[..^1]) + " of " + items[^1];
    }

    private static DiplomaLevel? LowestLevel(string clause)
    {
        DiplomaLevel? lowest = null;
        foreach (var level in Levels(clause))
        {
            lowest = lowest is null || level < lowest ? level : lowest;
        }

        return lowest;
    }

    /// <summary>
    /// The diploma levels a clause names, in order. A graduate title given as the older name of a bachelor ("of een gelijkwaardig
    /// ouder diploma: gegradueerde in …", "gegradueerde in X, oud stelsel", "(het vroegere graduaat)") is the bachelor level:
    /// the former one-cycle higher education the bachelor replaced, not today's HBO5.
    /// </summary>
    private static List<DiplomaLevel> Levels(string clause)
    {
        var levels = new List<DiplomaLevel>();
        var bachelorNamed = BachelorWord().IsMatch(clause);
        var higherEnd = -1;
        foreach (Match m in DiplomaWord().Matches(clause))
        {
            var w = m.Value.ToLowerInvariant();
            // "een bachelor in het onderwijs: secundair onderwijs": a level named inside the field of a higher one is no level.
            if (higherEnd >= 0 && m.Index >= higherEnd && (w.Contains("secundair", StringComparison.Ordinal) || w.Contains("middelbaar", StringComparison.Ordinal))
                && clause[higherEnd..m.Index] is var between && (between.Contains(':', StringComparison.Ordinal) || between.Contains(" in ", StringComparison.Ordinal))
                && !OtherOption().IsMatch(between))
            {
                continue;
            }

            if (w.Contains("bachelor", StringComparison.Ordinal) || w.Contains("master", StringComparison.Ordinal))
            {
                higherEnd = m.Index + m.Length;
            }

            DiplomaLevel level = w switch
            {
                _ when w.Contains("master", StringComparison.Ordinal) || w.Contains("universit", StringComparison.Ordinal) || w.Contains("lange type", StringComparison.Ordinal) || w.Contains("twee cycli", StringComparison.Ordinal) || w.Contains("niveau a", StringComparison.Ordinal) => DiplomaLevel.Master,
                _ when w.Contains("bachelor", StringComparison.Ordinal) || w.Contains("hoger onderwijs", StringComparison.Ordinal) || w.Contains("niveau b", StringComparison.Ordinal) || w.Contains("korte type", StringComparison.Ordinal) => DiplomaLevel.Bachelor,
                _ when w.Contains("graduaat", StringComparison.Ordinal) || w.Contains("gegradueerde", StringComparison.Ordinal) || w.Contains("hbo5", StringComparison.Ordinal) => DiplomaLevel.Graduate,
                _ => DiplomaLevel.Secondary,
            };
            var around = clause[Math.Max(0, m.Index - 60)..Math.Min(clause.Length, m.Index + m.Length + 60)];
            if (level == DiplomaLevel.Graduate && bachelorNamed && OldName().IsMatch(around) && !Hbo5().IsMatch(around))
            {
                level = DiplomaLevel.Bachelor;
            }

            levels.Add(level);
        }

        return levels;
    }

    [GeneratedRegex(@"bachelor|hoger onderwijs van het korte type", RegexOptions.IgnoreCase)]
    private static partial Regex BachelorWord();

    [GeneratedRegex(@"\bhbo\s?5|\bhoger beroepsonderwijs", RegexOptions.IgnoreCase)]
    private static partial Regex Hbo5();

    /// <summary>Words that say a diploma is named by its former title: "ouder diploma", "oud stelsel", "vroegere", "voormalig".</summary>
    [GeneratedRegex(@"\boud(?:ere?)?\s+(?:\p{L}+\s+)?(?:diploma|stelsel|titel|benaming|naam|structuur)|\bvroeger(?:e)?\b|\bvoormalige?\b|\bvóór\s+(?:de\s+)?(?:hervorming|bama|bologna)|\bkorte\s+type\b", RegexOptions.IgnoreCase)]
    private static partial Regex OldName();

    private static (decimal? Years, string? Kind, bool Vague) Experience(string clause)
    {
        var m = ExperienceYears().Match(clause);
        var after = false;
        if (!m.Success)
        {
            // "een beroepservaring van minstens 24 maanden", "werkervaring: minimum 3 jaar": the minimum after the experience word.
            m = ExperienceYearsAfter().Match(clause);
            after = m.Success;
        }

        if (!m.Success)
        {
            return (null, null, VagueExperienceWord().IsMatch(clause));
        }

        // Years that must fall in a recent window are a condition no years check can judge: the sentence stays to be quoted.
        if (RecentOnly().IsMatch(clause))
        {
            return (null, null, false);
        }

        if (!DutchNumbers.TryParse(m.Groups["n"].Value, out var n))
        {
            return (null, null, false);
        }

        var years = m.Groups["unit"].Value.StartsWith("maand", StringComparison.OrdinalIgnoreCase) ? Math.Round(n / 12m, 2) : n;
        // "in een bibliotheek, een boekhandel of een archief": the article of each further domain is blanked (same length) so the list reads whole.
        // "3 jaar ervaring in groenbeheer, waarvan 1 jaar als leidinggevende": the part after "waarvan" is a minimum of its own
        // (see IncludedPart); the kind of the whole is read before it.
        var part = Included().Match(clause, m.Index + m.Length);
        var context = ArticleInList().Replace(part.Success && IncludedPart(clause).Kind is not null ? clause[m.Index..part.Index] : clause[m.Index..], a => new string(' ', a.Length));
        string kind = Leadership().IsMatch(context) ? "leadership"
            : DomainExperience().Match(context) is { Success: true } d ? "domain:" + d.Groups["d"].Value.Trim() + MoreFieldsAt(context, d.Groups["d"].Index + d.Groups["d"].Length).Text
            : RelevantWord().IsMatch(m.Value) ? "relevant"
            : DomainAdjective(m.Groups["adj"].Value) is { } adjective ? "domain:" + adjective
            : "any";
        if (after && kind == "any" && DomainCue().IsMatch(clause[(m.Index + m.Length)..]))
        {
            // "een ervaring van minstens 2 jaar hebben in het beheer van …": experience of a kind the words name, not any.
            kind = "relevant";
        }

        return (years, kind, false);
    }

    /// <summary>The adjective that names the experience's domain ("juridische" in "2 jaar juridische beroepservaring"), without its ending.</summary>
    private static string? DomainAdjective(string adjectives)
    {
        var words = adjectives.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => !GenericAdjective().IsMatch(w)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        // "juridische" → "juridisch", "technische" → "technisch", "administratieve" → "administratief".
        var w = words[^1].ToLowerInvariant();
        return w.EndsWith("ve", StringComparison.Ordinal) ? w[..^2] + "f" : w.EndsWith("ze", StringComparison.Ordinal) ? w[..^2] + "s" : w[..^1];
    }

    /// <summary>
    /// A part of the experience asked that must be of a kind of its own: "…, waarvan minstens 1 jaar als leidinggevende", "waarvan
    /// twee jaar in een leidinggevende functie", "(waarvan 6 maanden leiding geven aan een team)". Only leadership is read; any
    /// other part leaves the experience as it was read before (its kind from the whole sentence).
    /// </summary>
    internal static (decimal? Years, string? Kind) IncludedPart(string clause)
    {
        var m = Included().Match(clause);
        if (!m.Success || !DutchNumbers.TryParse(m.Groups["n"].Value, out var n) || !Leadership().IsMatch(m.Groups["rest"].Value))
        {
            return (null, null);
        }

        var unit = m.Groups["unit"].Value;
        var months = unit.StartsWith("maand", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("month", StringComparison.OrdinalIgnoreCase) || unit.Equals("mois", StringComparison.OrdinalIgnoreCase);
        return (months ? Math.Round(n / 12m, 2) : n, "leadership");
    }

    // "waarvan (minstens) 1 jaar …", "Minstens één jaar daarvan gaf je leiding …", "daarvan minstens 6 maanden …", "of which at least
    // 2 years …", "dont au moins 2 ans …".
    [GeneratedRegex(@"(?:\bwaarvan|\b(?:daar|hier)van|\bof\s+which|\bdont)\s+(?:minstens\s+|minimaal\s+|ten\s+minste\s+|tenminste\s+|min\.\s*|minimum\s+|at\s+least\s+|au\s+moins\s+)?(?<n>\d+(?:[.,]\d)?|" + DutchNumbers.WordPattern + @")\s*(?<unit>jaar|jaren|maand|maanden|years?|months?|ans?|mois)\b(?<rest>[^.;()]{0,80})|\b(?:minstens\s+|minimaal\s+|ten\s+minste\s+|tenminste\s+|minimum\s+)?(?<n>\d+(?:[.,]\d)?|" + DutchNumbers.WordPattern + @")\s*(?<unit>jaar|jaren|maand|maanden)\s+(?:daar|hier)van\b(?<rest>[^.;()]{0,80})", RegexOptions.IgnoreCase)]
    private static partial Regex Included();

    private static InternalCondition? InternalOf(string clause)
    {
        // "statutair personeelslid" asks for a statutory appointment; "contract van onbepaalde duur" (or "statutair of
        // contractueel van onbepaalde duur") for an indefinite one, which a statutory appointment also satisfies.
        var statutory = Statutory().IsMatch(clause);
        var indefinite = IndefiniteContract().IsMatch(clause);
        var contract = indefinite ? "indefinite" : statutory && !Contractual().IsMatch(clause) ? "statutory" : null;
        int? months = null;
        string? seniorityKind = null;
        if (Seniority().Match(clause) is { Success: true } s && DutchNumbers.TryParse(s.Groups["n"].Value, out var n))
        {
            months = (int)(s.Groups["unit"].Value.StartsWith("maand", StringComparison.OrdinalIgnoreCase) ? n : n * 12);
            seniorityKind = s.Groups["kind"].Value.ToLowerInvariant() switch { "dienst" => "service", "niveau" => "level", "graad" => "grade", _ => "service" };
        }

        string? level = null, comparison = null;
        if (NotLowerThan().Match(clause) is { Success: true } low)
        {
            level = low.Groups["l"].Value.ToUpperInvariant();
            comparison = "min";
        }
        else if (AtLevel().Match(clause) is { Success: true } at)
        {
            level = at.Groups["l"].Value.ToUpperInvariant();
            comparison = "exact";
        }

        var evaluation = FavourableEvaluation().IsMatch(clause);
        return contract is null && months is null && level is null && !evaluation
            ? null
            : new InternalCondition
            {
                Contract = contract, MinSeniorityMonths = months, SeniorityKind = seniorityKind, Level = level, LevelComparison = comparison, FavourableEvaluation = evaluation,
            };
    }

    /// <summary>A negation about a proof that is no diploma ("Heb je dat taalattest nog niet", "heb je dat rijbewijs niet"): what follows replaces that proof, not the diploma.</summary>
    [GeneratedRegex(@"attest|rijbewijs|brevet|certificaat|vergunning|taal|licentie|kaart", RegexOptions.IgnoreCase)]
    private static partial Regex OtherProofNamed();

    /// <summary>What a clause asks to pass: "geslaagd voor de X", "slaagt voor een X", "slagen in de X", "met succes afgelegd: X" (X up to six words).</summary>
    [GeneratedRegex(@"\b(?:geslaagd|slaag\w*|slagen|succesvol\s+afgelegd|met\s+succes\s+afgelegd)\s+(?:voor|in|op)\s+(?:een|de|het|die|deze)\s+(?<name>(?!(?:diploma|bachelor|master|opleiding|studie)\w*\b)\p{L}[\p{L}-]+(?:\s+(?!(?:van|bij|om|die|dat|en|of|als|binnen|tijdens|na|voor)\b)[\p{L}\d-]+){0,5})", RegexOptions.IgnoreCase)]
    private static partial Regex PassedFor();

    private static string CleanTestName(string raw)
    {
        var t = TestVerb().Replace(raw, "").Trim();
        return MultiSpace().Replace(t, " ").Replace("niveau-en", "niveau- en", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<=[.?!;,:]\s*(?:maar\s+|en\s+|of\s+|ofwel\s+|of,\s+)?)(heb je (dat|die|dit|deze|geen)\b[^.?!]*\bniet|heb je geen\b|wie\s+geen\s+([\p{L}-]+\s+){0,2}?(diploma|getuigschrift)\b|wie\s+(dat|dit|zo'n|zo’n|het\s+gevraagde|het\s+vereiste)\s+(diploma|getuigschrift)\s+niet\b|wie\s+niet\s+over\s+(een|het|dat|dit|zo'n|zo’n)\s+([\p{L}-]+\s+)?(diploma|getuigschrift)\b|bezit je geen\b|beschik je niet\b|ben je niet in het bezit|indien je (dat|dit|dit diploma|geen)\b|zonder (dit|dat|een|deze|het vereiste|zo'n|zo’n|zulk|zulke|een dergelijk|dergelijk) diploma|zonder (een |het |je |dit |dat )?[\p{L}-]*diploma\b|(een |het )?diploma (is )?(niet vereist|geen vereiste|niet nodig)\b)|^\s*(OF|of|Ofwel|ofwel)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AlternativeCue();

    [GeneratedRegex(@"masterdiploma|(diploma|opleiding)\w*\s+(op|van)\s+(het\s+)?(master|bachelor)niveau|master\b|master-|universitair diploma|diploma van (het )?universitair onderwijs|hoger onderwijs van het lange type|toegang (geeft )?tot niveau [ABCD]\b|niveau [ABCD]-diploma|bachelordiploma|bachelor\b|professionele bachelor|academische bachelor|hoger onderwijs van het korte type|diploma (van het )?hoger onderwijs(?: van het (?:lange|korte) type| van (?:twee cycli|één cyclus|een cyclus))?|graduaat|(diploma van )?gegradueerde|hbo5|diploma (van het )?(hoger )?secundair onderwijs|secundair onderwijs|middelbaar onderwijs|getuigschrift (van het )?(hoger )?secundair|\b(aso|tso|kso|bso)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiplomaWord();

    /// <summary>
    /// A positive condition after a negation: "als je een bachelordiploma hebt", and also with the level named between
    /// the diploma word and the verb ("als je een diploma van het secundair onderwijs hebt"), within the sentence.
    /// </summary>
    [GeneratedRegex(@"\b(als|indien) je (een|het)?\s*(bachelor|master|diploma|graduaat)[\p{L}-]*(\s+[^\s.?!;]+){0,6}?\s+(hebt|bezit|behaald)|\bmet een (bachelor|master|diploma)|\b(maar|wel)\b[^.?!;]{0,20}?\b(hebt|bezit|beschikt over)\s+(je\s+)?(wel\s+)?(een|het)\s+(bachelor|master|graduaat|diploma)", RegexOptions.IgnoreCase)]
    private static partial Regex PositiveAfter();

    /// <summary>
    /// A statement that no diploma is asked, however it is worded: "er is geen diploma vereist", "een diploma vragen we niet",
    /// "we eisen geen diploma", "je hoeft geen diploma voor te leggen", "een diploma is niet noodzakelijk", "diploma's spelen geen
    /// rol", "geen opleidingsvereisten", and a label with its value ("Diploma: geen", "Vereist diploma: niet van toepassing").
    /// A diploma followed by what it is in or of ("we vragen geen diploma in een bepaalde richting") is no such statement.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:een |het )?(?:specifiek |bepaald )?diploma('s)?\s+(?:vragen|vraagt|eisen|eist|verwachten|verwacht|vereisen|vereist|verlangen|verlangt)\s+(?:we|wij|ze|zij|u|je)\s+(?:dus\s+|hier\s+|daarbij\s+|daarvoor\s+|ook\s+)?niet\b|\b(?:we|wij|ze|zij)\s+(?:vragen|eisen|verwachten|vereisen|verlangen|stellen)\s+(?:dus\s+|hier\s+|daarbij\s+|ook\s+)?geen\s+(?:specifiek\w*\s+|bepaald\w*\s+|speciaal\w*\s+)?diploma('s)?\b(?!\s+(?:in|van|op|uit|met|als|dat|die)\b)|\b(?:hoeft|hoef|hoeven)\s+(?:je\s+|u\s+|jij\s+)?(?:dus\s+|ook\s+)?geen\s+(?:specifiek\w*\s+)?diploma('s)?\s+(?:te\s+hebben|te\s+bezitten|voor\s+te\s+leggen|te\s+tonen)\b|\bdiploma('s)?\s+(?:is|zijn)\s+(?:dus\s+|hier\s+|daarvoor\s+)?(?:niet\s+(?:noodzakelijk|nodig|vereist|verplicht|vereist)|geen\s+(?:must|verplichting|vereiste|voorwaarde))\b|\bgeen\s+diploma\s+(?:noodzakelijk|vereist|nodig)\b|\bdiploma('s)?\s+(?:speelt|spelen|doet|doen)\s+(?:hier\s+)?(?:geen\s+rol|niet\s+ter\s+zake)|\bgeen\s+(?:opleidings|studie)(?:vereisten?|voorwaarden?)\b|^\s*[-•*]?\s*(?:vereist\w*\s+)?(?:diploma('s)?|diplomavereisten?|diplomavoorwaarden?|opleidingsvereisten?|studievereisten?|vereist\s+diploma)\s*[:|]\s*(?:geen|niet\s+vereist|niet\s+nodig|geen\s+vereiste|n\.?v\.?t\.?|niet\s+van\s+toepassing)\s*[.;]?\s*$)|geen (specifiek |bepaald |speciaal )?diploma (vereist|nodig|gevraagd|verplicht)|diploma (is )?niet (vereist|nodig|verplicht)|zonder diplomavereiste|geen diplomavereisten?|er (zijn|gelden) geen diploma(vereisten|voorwaarden)|geen diplomavoorwaarden?|\bdiploma('s)? (is |zijn )?(hier )?geen (vereiste|voorwaarde)|\b(ook |even(goed)? )?zonder diploma\s+(kan|kun|mag|ben|welkom|toegelaten|deelnemen|solliciteren|in aanmerking)|\b(kan|kun|kunt|mag|mogen)\s+(je|u|jij|kandidaten)?\s*(ook |evengoed )?zonder diploma", RegexOptions.IgnoreCase)]
    internal static partial Regex NoneRequired();

    [GeneratedRegex(@"\b(moet|moeten|hoef|hoeft|hoeven)\s+(je\s+|ze\s+|zij\s+)?(niet|geen)\b[^.]{0,30}diploma|niet in het bezit|geen (specifiek |bepaald |speciaal )?(bachelor|master|diploma|hoger|kwalificatiebewijs|getuigschrift)|zonder (bachelor|master|diploma)|\bzonder\s+(zo'n|zo’n|zulk\w*|(een\s+)?dergelijk\w*|dat|dit|deze|dat)\s+([\p{L}-]+\s+)?(diploma|getuigschrift|bachelor|master)|\bwie\s+(dat|dit|zo'n|zo’n|het\s+gevraagde|het\s+vereiste)\s+(diploma|getuigschrift)\s+niet\b|\bwie\s+niet\s+over\s+(een|het|dat|dit|zo'n|zo’n)\s+([\p{L}-]+\s+)?(diploma|getuigschrift)\b|\b(heb|bezit) je (dat|dit|die|deze|het|zo'n|zo’n|zulk\w*|een dergelijk\w*)\s+([\p{L}'’-]+\s+){0,4}?niet\b", RegexOptions.IgnoreCase)]
    internal static partial Regex NoDiploma();

    /// <summary>A level named for a test, not for a diploma: "een redeneertest op het niveau van secundair onderwijs", "een proef van bachelorniveau".</summary>
    [GeneratedRegex(@"(test|proef|examen|toets)\w*\s+(\w+\s+){0,2}?(op|van)\s+(het\s+)?(niveau\s+(van\s+)?(het\s+)?(hoger\s+)?(secundair|middelbaar)\s+onderwijs|(bachelor|master|graduaats?)-?niveau|niveau\s+(van\s+(een\s+)?)?(bachelor|master|graduaat)\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex TestLevel();

    [GeneratedRegex(@"^(?:bachelor|master|graduaat)\s+(?-i:(?=\p{Lu}\p{Ll}))", RegexOptions.IgnoreCase)]
    private static partial Regex LevelBeforeProgramme();

    /// <summary>A field that only says it must fit: "een relevante richting", "een aanverwante discipline", "een passende opleiding".</summary>
    [GeneratedRegex(@"^(een\s+|de\s+)?(relevante|aanverwante|verwante|gelijkaardige|passende|nuttige|functiegerichte)\s+(studie)?(richting|opleiding|discipline|domein|vakgebied)$", RegexOptions.IgnoreCase)]
    private static partial Regex VagueField();

    /// <summary>The fields named after a vague one: "(X, Y, Z)", ", zoals X, Y of Z", ": X, Y of Z".</summary>
    [GeneratedRegex(@"\G\s*(\((?:bv\.?|bijvoorbeeld|zoals|o\.a\.|onder meer)?\s*(?<list>[^()]{3,200})\)|,?\s*(?:zoals|bijvoorbeeld|bv\.?)\s+(?<list>[^.;()]{3,200}?)(?=\s+(?:en|met)\s+(?:minstens|ten minste|minimum|je)\b|[.;]|$)|:\s*(?<list>[^.;()]{3,200}?)(?=\s+(?:en|met)\s+(?:minstens|ten minste|minimum|je)\b|[.;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex NamedFields();

    /// <summary>"in één van deze richtingen: …", "in een van de volgende studiegebieden: …", "in de richtingen …", "in de richting X, Y of Z".</summary>
    [GeneratedRegex(@"\bin\s+((één|eén|een)\s+van\s+(de\s+)?(deze|volgende|onderstaande|hierna\s+vermelde)\s+|de\s+(volgende\s+)?)(studie)?(richtingen|studiegebieden|domeinen|opleidingen|disciplines|vakgebieden|richting(?!\s+van\b))\s*:?\s*(?<list>[^.;?!]{3,400})", RegexOptions.IgnoreCase)]
    private static partial Regex FieldListLeadIn();

    [GeneratedRegex(@"\(\s*(?:of|en|ook)\s+([^()]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedOr();

    [GeneratedRegex(@"\s+(?:of|en/of)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OrSplit();

    [GeneratedRegex(@"^(enz\.?|\.\.\.|…|e\.d\.?|etc\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex EtCetera();

    /// <summary>Something obtained after starting: "binnen het jaar na je indiensttreding", "binnen de 6 maanden na je aanstelling", "tijdens je proeftijd",
    /// "of je haalt het binnen de 6 maanden".</summary>
    [GeneratedRegex(@"\bbinnen\s+(het|de|een|\d+|\w+)\s+(\w+\s+)?(jaar|jaren|maand|maanden|weken)\s+(na|van|vanaf)\s+(je|de|uw|jouw)\s+(indiensttreding|aanstelling|aanwerving|start|benoeming)|\b(tijdens|in)\s+(je|de|uw)\s+proef(tijd|periode)|\bna\s+(je|de|uw)\s+(indiensttreding|aanstelling|aanwerving)\b[^.]{0,30}\b(behaal|haal|volg)|\b(be)?haal\w*\s+(het|hem|dit|deze|die|dat)\s+(nog\s+)?binnen\s+(het|de|een|\d+|\w+)\s+(\w+\s+)?(jaar|jaren|maand|maanden|weken)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ObtainAfterStart();

    [GeneratedRegex(@"(?:bachelor|master|graduaat|gegradueerde)(?:s?diploma)?(?:\s*\(HBO\s?5\))?\s+(?:in\s+(?:de\s+|het\s+)?(?:\([\p{L}\s-]+\)\s*)?(?!(?:de|het)\b)(?<field>[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)|(?-i:(?=\p{Lu}\p{Ll}))(?<field>[\p{L}-]+(?:\s+[\p{L}-]+){0,4}?))(?=\s*(?:[,.;:()]|$)|\s+(?:of|en|én|met|bij|dat|die)\s)"
        + @"|HBO\s?5\s+(?!(?:of|en|in|met|opleiding|diploma)\b)(?<field>\p{L}[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=\s*(?:[,.;:()]|$)|\s+(?:of|en|én|met|bij|dat|die)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex FieldOf();

    /// <summary>The rest of a field written with a shared ending ("systeem- en netwerkbeheer"): the joined word after "en"/"of".</summary>
    [GeneratedRegex(@"\G\s+(?<join>en|of)\s+(?<f>[\p{L}-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex EllipsisTail();

    /// <summary>One more field of a list after the first ("…, het landmeten", "… of journalistiek").</summary>
    [GeneratedRegex(@"\G\s*(?<sep>,\s*of\b|,|\s+of\b)\s*(?:in\s+)?(?:(?:de|het)\s+)?(?<f>(?:\([\p{L}-]+\)\s*)?[\p{L}-]+(?:\s+(?!(?:of|en|én|or|met)\b)[\p{L}-]+)?)(?=\s*(?:[,.;:()]|$)|\s+(?:of|en|én|met)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex MoreFields();

    /// <summary>A list item that is no field: "of een gelijkwaardig diploma", "of een ander bachelordiploma", "of master".</summary>
    [GeneratedRegex(@"^(een|afstudeerrichting|optie|specialisatie\w*|richting|aangevuld|ander\w*|gelijk\w*|equivalent\w*|master\w*|bachelor\w*|graduaat|diploma\w*|hoger|daarmee|minstens|min\.|met|via|je|u)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FieldListStop();

    [GeneratedRegex(@"\G\s*,?\s+of\s+(een\s+)?(ander\w*\s+)?(gelijk\w*|equivalent\w*|daarmee)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingEquivalent();

    [GeneratedRegex(@"\G\s*,?\s+of\s+(van\s+)?(een|het)\s+diploma\s+(van|als)\s+(?<f>(\([\p{L}-]+(\s+[\p{L}-]+){0,3}\)\s*)?[\p{L}-]+(\s+[\p{L}-]+)?)(?=\s*([,.;:()]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex HolderDiploma();

    [GeneratedRegex(@"^\((?<a>\p{L}+)\s+of\s+(?<b>\p{L}+-)\)(?<w>\p{L}+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedPrefixes();

    [GeneratedRegex(@"\G\s*,?\s+of\s+(van\s+)?(een|het)\s+(\p{L}+\s+)?(diploma|master\w*|bachelor\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDiplomaAfter();

    [GeneratedRegex(@"\bof\b|\bor\b|;|,|\(", RegexOptions.IgnoreCase)]
    private static partial Regex OtherOption();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\G\s*:\s*(?<s>[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=\s*(?:[,.;()]|$)|\s+(?:of|en|met|bij|dat|die)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Specialisation();

    [GeneratedRegex(@"\G\s*,?\s*(?:afstudeerrichting|optie|specialisatie|specialisatierichting)\s+(?<s>[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=\s*(?:[,.;()]|$)|\s+(?:of|en|met|bij|dat|die)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Option();

    [GeneratedRegex(@"(?:(?:secundair|middelbaar) onderwijs\s+(?:in\s+(?:de\s+|het\s+)?|richting\s+)?|\b(?:7de|7e|zevende) (?:specialisatie)?jaar\s+|\bkwalificatiebewijs\s+(?:als\s+|van\s+)?)(?!(?:of|en|van|met|aso|tso|kso|bso|dat|die|is|zijn|hebt|heeft|behaald|afgerond|op|voor|bij|als|in|een|het|de|of een|gelijkwaardig\w*)\b)(?<field>\p{L}[\p{L}-]{3,}(?:\s+[\p{L}-]+){0,2}?)(?=\s*(?:[,.;:()]|$)|\s+(?:of|en|met|bij|dat|die|van)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex SecondaryFieldWords();

    [GeneratedRegex(@"gelijkgesteld|gelijkwaardig|toegang (geeft )?tot niveau|of een diploma dat", RegexOptions.IgnoreCase)]
    private static partial Regex Equivalent();

    [GeneratedRegex(@"(?:(?:slaag\w*|geslaagd|afgelegde?|afleggen)\s+(?:voor\s+)?(?:een|de|het)?\s*)?(?:(?:online|digitale|schriftelijke)\s+)?(?:niveau-?\s*(?:en\s*)?)?(?:capaciteitstest|capaciteitsproef|redeneertest|niveautest|selectietest|capaciteiten-?\s*test|screening\s+op\s+niveau|niveauscreening|generieke\s+competentie(test|screening)|ervarings(?:gesprek|toets|proef|interview))", RegexOptions.IgnoreCase)]
    private static partial Regex Tests();

    /// <summary>A diploma level named as such (not only a "niveau B" that a proof or a reference opens).</summary>
    [GeneratedRegex(@"bachelor|master|secundair|graduaat|hoger\s+onderwijs|licentia|universit|hogeschool|\bHBO|kandidatuur", RegexOptions.IgnoreCase)]
    private static partial Regex NamedDiplomaLevel();

    /// <summary>A proof of competence that replaces a diploma: an EVC attest, an ervaringsbewijs, a beroepskwalificatie.</summary>
    [GeneratedRegex(@"(?<name>\bEVC(?:-|\s)?(?:attest|certificaat|ervaringsbewijs|bewijs|traject)?(?:\s+(?!behaal|haal|voor|of|en|te|als|bij|binnen|na|hebt|bezit)[\p{L}-]{4,})?|\b(?:ervaringsbewijs|bewijs van beroepskwalificatie|beroepskwalificatie|(?:attest|bewijs|certificaat|getuigschrift) van (?:de )?verworven competenties(?:\s*\(EVC\))?)(?:\s+(?!behaal|haal|voor|of|en|te|als|bij|binnen|na|hebt|bezit)[\p{L}-]{4,})?)", RegexOptions.IgnoreCase)]
    private static partial Regex Proofs();

    /// <summary>A requirement item whose subject is a proof of competence ("een EVC-certificaat als …", "of je hebt een ervaringsbewijs …").</summary>
    [GeneratedRegex(@"^\W*(of\s+|ofwel\s+|hetzij\s+)?((je\s+)?(hebt|bezit|beschikt over)\s+|in het bezit (zijn )?van\s+|houder (zijn )?van\s+)?(een|het)?\s*\**(EVC\b|ervaringsbewijs|bewijs van beroepskwalificatie|beroepskwalificatie|(attest|bewijs|certificaat|getuigschrift) van (de )?verworven competenties)", RegexOptions.IgnoreCase)]
    private static partial Regex ProofItem();

    [GeneratedRegex(@"op voorwaarde dat|\bmits\b|\b(als|indien) je\b[^.]*\b(behaalt|haalt|voorlegt|hebt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProofCondition();

    [GeneratedRegex(@"^(?:slaag\w*|geslaagd|afgelegde?|afleggen)\s+(?:voor\s+)?(?:een|de|het)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TestVerb();

    [GeneratedRegex(@"(?:minimum|minstens|min\.|ten minste|tenminste|minimaal|al)?\s*\b(?<n>\d+(?:[.,]\d)?|" + DutchNumbers.WordPattern + @")\s*(?<unit>jaar|jaren|maand|maanden)\s+(?<adj>(?:(?:bewezen|[\p{L}-]+e),?\s+){0,3})(?:beroeps|werk|praktijk|professionele\s+)?ervaring", RegexOptions.IgnoreCase)]
    private static partial Regex ExperienceYears();

    [GeneratedRegex(@"\b(?<adj>(?:[\p{L}-]+e\s+){0,2})(?:beroeps|werk|praktijk)?ervaring\s*(?:van\s+|:\s*)?(?:minimum|minstens|ten minste|tenminste|minimaal)\s+(?<n>\d+(?:[.,]\d)?|" + DutchNumbers.WordPattern + @")\s*(?<unit>jaar|jaren|maand|maanden)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExperienceYearsAfter();

    [GeneratedRegex(@"\b(in|als|bij|inzake|binnen|met|op het gebied van)\s+(?:de\s+|het\s+|een\s+)?\p{L}{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex DomainCue();

    /// <summary>Adjectives of experience that say nothing of its domain ("2 jaar relevante, betaalde ervaring").</summary>
    [GeneratedRegex(@"^(aantoonbare|relevante|nuttige|functierelevante|professionele|praktische|gelijkaardige|bewezen|recente|betaalde|effectieve|voltijdse|ononderbroken|concrete|bijkomende|werkelijke|vergelijkbare|soortgelijke|leidinggevende|ruime|grondige|degelijke|brede|minimale|aantoonbaar|de|een|het)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericAdjective();

    /// <summary>Experience asked within a window of time: "opgedaan in de laatste vijf jaar", "binnen de voorbije 3 jaar", "in de loop van de laatste vijf jaar", "within the last five years".</summary>
    [GeneratedRegex(@"\bde\s+(laatste|voorbije|afgelopen|vorige)\s+(\d+|[\p{L}]+)\s+(jaar|jaren|maanden)\b|\bwithin\s+the\s+(last|past)\s+\w+\s+years?\b|\bau\s+cours\s+des\s+\w+\s+derni", RegexOptions.IgnoreCase)]
    private static partial Regex RecentOnly();

    [GeneratedRegex(@"voldoende (relevante |nuttige )?(beroeps|werk)?ervaring", RegexOptions.IgnoreCase)]
    private static partial Regex VagueExperienceWord();

    [GeneratedRegex(@"relevant|nuttig", RegexOptions.IgnoreCase)]
    private static partial Regex RelevantWord();

    [GeneratedRegex(@"leidinggevend|leiding\s+(?:geven|gaf|gegeven|gaven|aan\s+een)|\bgaf\s+(?:je|u|jij)\s+leiding|people ?manage|\bmanag(?:ing|ed)\s+(?:a\s+)?(?:team|staff|people)|\bled\s+(?:a\s+)?team|\bleadership|\bencadr|\bdirig\w+\s+(?:une\s+)?équipe", RegexOptions.IgnoreCase)]
    private static partial Regex Leadership();

    [GeneratedRegex(@"ervaring\s+(?:hebt\s+|heeft\s+)?(?:in|binnen|met|als|op het vlak van)\s+(?:een\s+|de\s+|het\s+)?(?<d>[^,.;:?()]{3,60}?)(?=\s+(?:kan|kunt|kunnen|hebt|aantonen|vereist|die|is|[eé]n\s+(?:je\s+|u\s+)?(?:slaagt|legt|behaalt|doet|hebt|bent|beschikt))\b|[,.;:?()]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DomainExperience();

    [GeneratedRegex(@"(?<=(?:,|\bof)\s+)een(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleInList();

    [GeneratedRegex(@"\b(bij voorkeur|is een pluspunt|pluspunt|is een troef|strekt tot aanbeveling|geen vereiste|(heeft|hebben|geniet|genieten|krijgt|krijgen)\s+(onze|de|mijn|een)\s+voorkeur)", RegexOptions.IgnoreCase)]
    private static partial Regex Preferred();

    [GeneratedRegex(@"interne kandidat|bevordering|interne mobiliteit|interbestuurlijke mobiliteit|\bmobiliteit\s*(?:[:–()-]|$)|eigen personeelsleden|interne (personeelsleden|medewerkers|ambtenaren)", RegexOptions.IgnoreCase)]
    private static partial Regex InternalWords();

    /// <summary>"… van niveau C met 4 jaar niveauanciënniteit of van niveau D met 8 jaar …": another level/seniority combination.</summary>
    [GeneratedRegex(@"(?:[,;]\s*|\s+)(?:of|ofwel|hetzij)\s+(?=(?:[\p{L}\d-]+\s+){0,5}?(?:niveau|graad)\s+[A-E]\b)", RegexOptions.IgnoreCase)]
    private static partial Regex InternalCombination();

    /// <summary>"een gunstige evaluatie", "positief geëvalueerd", "je evaluatie was minstens 'voldoende'" (quoted or not): a favourable last evaluation.</summary>
    [GeneratedRegex(@"\bgeen\s+ongunstig\w*\s+(evaluatie\w*|beoordeling)|\b(evaluatie\w*|beoordeling)\s+(\w+\s+){0,3}?niet\s+(on(gunstig|voldoende)|negatief)|\bniet\s+(ongunstig|negatief)\s+(ge[eë]valueerd|beoordeeld)|\b(gunstig\w*|positie\w*|goede|voldoende)\s+(laatste\s+)?(functionerings)?evaluatie|evaluatie\w*\s+(\w+\s+){0,4}[""'“”‘’„«]?(gunstig|positief|voldoende)|(gunstig|positief)\s+ge[eë]valueerd", RegexOptions.IgnoreCase)]
    private static partial Regex FavourableEvaluation();

    [GeneratedRegex(@"onbepaalde duur", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteContract();

    [GeneratedRegex(@"vast ?benoemd|statutair", RegexOptions.IgnoreCase)]
    private static partial Regex Statutory();

    [GeneratedRegex(@"contractue", RegexOptions.IgnoreCase)]
    private static partial Regex Contractual();

    [GeneratedRegex(@"(?<n>\d+|" + DutchNumbers.WordPattern + @")\s*(?<unit>maand|maanden|jaar|jaren)\s+(?<kind>dienst|niveau|graad)?-?anci[eë]nniteit", RegexOptions.IgnoreCase)]
    private static partial Regex Seniority();

    [GeneratedRegex(@"niet lager (?:ingeschaald )?dan (?:het )?(?<l>[A-E])-?\s?niveau|minstens (?:op )?(?<l>[A-E])-?niveau|niet lager dan niveau (?<l>[A-E])", RegexOptions.IgnoreCase)]
    private static partial Regex NotLowerThan();

    [GeneratedRegex(@"\bop (?<l>[A-E])-?niveau|\bin niveau (?<l>[A-E])\b|\bop niveau (?<l>[A-E])\b|\b(?:graad|functie|betrekking|rang)\s+(?:van|op|in|uit)\s+(?:het\s+)?niveau (?<l>[A-E])\b|\b(?:graad|functie|betrekking|rang)\s+(?:van|op|in|uit)\s+(?:het\s+)?(?<l>[A-E])-?niveau\b|\b(?:personeelsleden|personeelslid|medewerkers?|ambtenaren|ambtenaar)\s+(?:\w+\s+)?(?:van|uit)\s+(?:het\s+)?niveau (?<l>[A-E])\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtLevel();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
