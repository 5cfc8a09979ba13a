using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>Organisation, title, scale and level of a vacancy.</summary>
public static partial class IdentityRules
{
    /// <summary>Fills organisation, title, scale, level and location; citations go into <paramref name="citations"/>.</summary>
    public static VacancyFacts Apply(VacancyFacts facts, ExtractionContext ctx, Dictionary<string, Citation> citations)
    {
        var view = ctx.View;
        var (scale, level, scaleLine) = ScaleRules.Find(view);
        if (scaleLine is not null)
        {
            citations["scale"] = view.Cite(scaleLine);
        }

        var levelLine = view.Lines.FirstOrDefault(l => LevelWord().IsMatch(l.Text));
        if (level is null && levelLine is not null)
        {
            level = LevelWord().Match(levelLine.Text).Groups["l"].Value.ToUpperInvariant();
            citations["level"] = view.Cite(levelLine);
        }

        var (organisation, orgLine, place) = OrganisationRules.Find(view);
        if (orgLine is not null)
        {
            citations["organisation"] = view.Cite(orgLine);
        }

        var (title, titleLine) = FindTitle(view, organisation);
        if (titleLine is not null)
        {
            citations["title"] = view.Cite(titleLine);
        }

        return facts with { Scale = scale, Level = level, Title = title, Organisation = organisation, Location = place };
    }

    /// <summary>Whether <paramref name="title"/> begins with the words of <paramref name="job"/> and goes on (a fuller name of it).</summary>
    private static bool StartsWithJob(string title, string job)
    {
        var t = title.Trim();
        var j = job.Trim();
        return j.Length >= 4 && t.Length > j.Length && t.StartsWith(j, StringComparison.OrdinalIgnoreCase) && !char.IsLetter(t[j.Length]);
    }

    private static (string? Title, TextLine? Line) FindTitle(DocumentView view, string? organisation)
    {
        TextLine? best = null;
        string? bestText = null;
        var bestScore = 0;
        foreach (var line in view.Lines.Take(40))
        {
            var score = NamesOnlyTheEmployer(line.Content, organisation) ? 0 : TitleScore(line, view);
            if (score > bestScore)
            {
                (best, bestText, bestScore) = (line, TitlePart(line.Content), score);
            }
        }

        // "Gemeente X zoekt een medewerker sporthal (D1-D3) voor de sportdienst, deeltijds …": the phrase after "zoekt een".
        if (bestScore < 6)
        {
            foreach (var line in view.Lines.Take(40))
            {
                // A job no noun list knows ("registrator collecties (m/v/x)") is named as one by the gender marker right after it.
                if (SoughtJob().Match(line.Text) is { Success: true } m && (JobNoun().IsMatch(m.Groups["job"].Value) || MarkedAsJob(line.Text, m))
                    && 5 + (m.Groups["scale"].Success ? 3 : 0) - line.Index / 20 is var score && score > bestScore)
                {
                    (best, bestText, bestScore) = (line, m.Groups["job"].Value, score);
                }
            }
        }

        // "Als projectleider data en rapportering bouw je …", "In je rol als teamleider stuur je …": a document whose headings are
        // slogans names the job only in the sentence that tells what the job holder does.
        if (bestScore < 4)
        {
            foreach (var line in view.Lines.Take(60))
            {
                if (AsJob().Match(line.Content) is { Success: true } m && TitleTails.IsJobLike(m.Groups["job"].Value)
                    && 4 - line.Index / 20 is var score && score > bestScore)
                {
                    (best, bestText, bestScore) = (line, m.Groups["job"].Value, score);
                }
            }
        }

        if (best is null || bestText is null)
        {
            return (null, null);
        }

        // "… een vertaler Frans-" / "Nederlands (m/v/x)": a title whose word was broken at a hyphen at the end of the line above.
        if (view.Lines.ToList().IndexOf(best) is var at and > 0 && view.Lines[at - 1] is { } above && above.Document == best.Document
            && above.Content.TrimEnd() is { Length: > 2 } broken && broken.EndsWith('-') && char.IsLetter(broken[^2]))
        {
            bestText = broken + bestText.TrimStart();
        }

        // A heading above the chosen line that starts with the job it names ("Projectmedewerker landschap en trage wegen" above
        // "… zoekt een projectmedewerker (m/v/x)") is the fuller name of the same job.
        if (!best.IsHeading && CleanTitle(bestText) is { Length: >= 4 } named
            && view.Lines.Take(40).FirstOrDefault(l => l.IsHeading && l.Index < best.Index && TitleScore(l, view) > 0 && StartsWithJob(CleanTitle(TitlePart(l.Content)), named)) is { } fuller)
        {
            (best, bestText) = (fuller, TitlePart(fuller.Content));
        }

        var text = CleanTitle(bestText);
        if (text.Length == 0)
        {
            return (null, null);
        }

        var casedAsWritten = !text.Where(char.IsLetter).All(char.IsUpper);

        if (text.Where(char.IsLetter).All(char.IsUpper))
        {
            text = char.ToUpperInvariant(text[0]) + text[1..].ToLower(CultureInfo.GetCultureInfo("nl-BE"));
        }
        else if (char.IsLower(text[0]))
        {
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        // "Verpleegkundige – woonzorgcentrum Ter Linde", "Verzorgende thuiszorg – OCMW X": the employer or the place of work
        // after a dash is not part of the job title.
        if (EmployerTail().Match(text) is { Success: true } tail && tail.Index > 2)
        {
            text = text[..tail.Index];
        }

        // "Boswachter – Natuurdomein De Heide", "Monteur | Technische Dienst Noord": a name in capitals after a dash or bar
        // (a site, a department, a translation) follows a title that is complete without it.
        if (TitleTails.NamedTail(text, casedAsWritten) is { } cut && TitleTails.IsJobLike(text[..cut]))
        {
            text = text[..cut];
        }

        return (MultiSpace().Replace(text, " ").Trim(), best);
    }

    /// <summary>
    /// The job title without a document-type or procedure label ("Vacature:", "Functiebeschrijving", "Werfreserve:",
    /// "Oproep tot kandidaten –", "Aanwerving en werfreserve:", "Bevordering naar niveau B:"), scale, gender marker
    /// ("(m/v/x)") or regime suffixes ("– voltijds", ", contractueel", "(4/5)").
    /// </summary>
    private static string CleanTitle(string line)
    {
        // "Betrekking 1: medewerker …", "Functie 2 – …", "Post B: …": the number of a post in a document that opens several.
        var text = PostScopes.PostTitle(Undecorated(line));
        for (var m = TitleLabel().Match(text); m.Success && m.Length > 0; m = TitleLabel().Match(text))
        {
            text = text[m.Length..];
        }

        // "Selectie van een Nederlandstalige attaché …", "Aanwerving van twee voltijdse medewerkers …": the procedure's lead-in.
        if (SelectionLeadIn().Match(text) is { Success: true, Length: > 0 } leadIn && leadIn.Length < text.Length)
        {
            text = text[leadIn.Length..];
        }

        // "Jobstudenten gezocht voor de zomer van 2027": a headline names the job before "gezocht", with the season it is for.
        if (SoughtHeadline().Match(text) is { Success: true } headline)
        {
            text = string.Join(' ', new[] { headline.Groups["job"].Value, headline.Groups["when"].Value, headline.Groups["year"].Value }.Where(w => w.Length > 0));
        }

        if (SeeksPrefix().Match(text) is { Success: true, Length: > 0 } seeks)
        {
            text = text[seeks.Length..];
            text = text.EndsWith(" aan", StringComparison.OrdinalIgnoreCase) ? text[..^4] : text;
        }

        text = TitleTails.WithoutCategory(text);
        text = TitleTails.WithoutCount(text);
        text = LevelInParens().Replace(text, "");
        text = ScaleInParens().Replace(text, "");
        text = GenderMarker().Replace(text, "");

        // "2 x Technieker", "Drie × monteur", "Technieker (3 plaatsen)", "Monteur x2": the number of posts is not part of the title.
        text = PostCount().Replace(text, "");

        text = text.Replace("‘", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal).Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);
        string previous;
        do
        {
            previous = text;
            text = RegimeSuffix().Replace(text.Trim(), "");
            text = text.Trim().Trim('"', '\'', '«', '»', ' ', ':', '-', '–', '—', '|', ',').Trim();
        }
        while (text != previous);

        return MultiSpace().Replace(text, " ").Trim();
    }

    /// <summary>Whether the sought phrase is followed by a gender marker ("een registrator collecties (m/v/x)").</summary>
    private static bool MarkedAsJob(string text, Match sought)
    {
        var end = sought.Groups["job"].Index + sought.Groups["job"].Length;
        return GenderMarker().Match(text, end) is { Success: true } marker && text[end..marker.Index].Trim().Length == 0;
    }

    /// <summary>
    /// A letterhead line such as "IVOR – Intercommunale voor Afvalverwerking Zavelberg" names the employer, not the job:
    /// it holds the organisation's name and no job noun besides.
    /// </summary>
    private static bool NamesOnlyTheEmployer(string text, string? organisation)
    {
        if (organisation is null || organisation.Length < 4)
        {
            return false;
        }

        var at = text.IndexOf(organisation, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        // What is left besides the name is at most an acronym or punctuation ("IVOR – "): every word with a letter is in capitals.
        var rest = text.Remove(at, organisation.Length);
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !w.Any(char.IsLower));
    }

    /// <summary>
    /// "Deskundige omgeving (m/v/x) niveau B – weddeschaal B1-B3 – voltijds – onbepaalde duur …": a title line that runs on
    /// into the job's terms ends at its gender marker.
    /// </summary>
    private static string TitlePart(string text)
    {
        var marker = GenderMarker().Match(text);
        return marker.Success && marker.Index > 2 && marker.Index + marker.Length < text.Length ? text[..(marker.Index + marker.Length)] : text;
    }

    private static int TitleScore(TextLine line, DocumentView view)
    {
        var decorated = StrongDecoration().IsMatch(line.Content);
        var text = Undecorated(TitlePart(line.Content)).Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // "Wij werven aan: chauffeur (m/v/x)", "We zoeken: …": the address is in the lead-in, the title after it.
        var afterLeadIn = SeeksPrefix().Match(text) is { Success: true, Length: > 0 } lead ? text[lead.Length..] : text;
        // "Gemeente X > Werken bij de gemeente > Vacatures": a web page's breadcrumb trail is navigation, never the title.
        if (words == 0 || words > 12 || text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') || Generic().IsMatch(text) || Addressing().IsMatch(afterLeadIn)
            || Breadcrumb().IsMatch(text))
        {
            return 0;
        }

        var clean = CleanTitle(text);
        // "(Academie X) een administratief medewerker (m/v/x) voor het secretariaat.": a line of running text that was wrapped
        // holds an article inside what would be the title; a title never does.
        if (clean.Length < 3 || Generic().IsMatch(clean) || !clean.Any(char.IsLetter) || Article().IsMatch(clean))
        {
            return 0;
        }

        var score = 0;
        if (ScaleInParens().IsMatch(text)) score += 6;
        if (TitleLabel().IsMatch(text)) score += 1;
        if (text.StartsWith("graad:", StringComparison.OrdinalIgnoreCase)) score -= 3; // the grade ("Graad: medewerker"), a title only when nothing else is
        if (line.Index < 4) score += 2;
        if (GenderMarker().IsMatch(text)) score += 5;
        if (JobNoun().IsMatch(text)) score += 3;
        if (SoughtHeadline().IsMatch(text)) score += 5;
        if (line.IsHeading || text.Where(char.IsLetter).All(char.IsUpper)) score += 1;
        // ">> Title <<", "*** TITLE ***", "► Title": a line set off by marks is the document's headline.
        if (decorated) score += 2;
        // "- monitoren voor het speelplein" under a heading: an item of a list of jobs or tasks, not the vacancy's own title.
        // A bullet alone between lines of text is a headline whose mark the cleaner read as a bullet ("► Kok", "* Title *").
        if (line.IsBullet) score -= LoneBullet(line, view) ? 1 : 4;
        var firstWord = text.Split(' ')[0].Trim('‘', '’', '“', '”', '"', '\'').ToLowerInvariant();
        if (firstWord.Length > 3 && firstWord.All(char.IsLetter)
            && view.Lines.Take(60).Any(l => l != line && SeeksSentence().IsMatch(l.Text) && Regex.IsMatch(l.Text, $@"(?<!\p{{L}}){Regex.Escape(firstWord)}(?!\p{{L}})", RegexOptions.IgnoreCase)))
        {
            score += 3;
        }

        return score >= 3 ? score - line.Index / 20 : 0;
    }

    /// <summary>A bullet line whose neighbours in its document are not bullets.</summary>
    private static bool LoneBullet(TextLine line, DocumentView view)
    {
        bool IsBulletAt(int i) => i >= 0 && i < view.Lines.Count && view.Lines[i].Document == line.Document
            && view.Lines[i].IsBullet;
        return !IsBulletAt(line.Index - 1) && !IsBulletAt(line.Index + 1);
    }

    /// <summary>The text without the marks that set a headline off: "&gt;&gt; Title", "*** Title ***", "► Title".</summary>
    private static string Undecorated(string text)
    {
        var m = Decoration().Match(text);
        var inner = m.Success ? m.Groups["t"].Value.Trim() : text;
        return TrailingMarks().Replace(inner, "");
    }

    /// <summary>A run of closing marks at the end of a line, after a space: " ***", " ◄".</summary>
    [GeneratedRegex(@"(?<=\S)\s+(?:[<«*=#~◄◀◁←✱★☆]\s*){1,6}$")]
    private static partial Regex TrailingMarks();

    /// <summary>A line that opens with a run of marks (arrows, stars, equals signs, hashes), with or without one at its end.</summary>
    [GeneratedRegex(@"^\s*(?:[>»*=#~•►▶▷→✱★☆]\s*){1,6}(?<t>[\p{L}\d(].*?)(?:\s*(?:[<«*=#~•◄◀◁←✱★☆+_]\s*){1,6})?\s*$")]
    private static partial Regex Decoration();

    /// <summary>Two marks or more, or an arrow or star, before a line: two arrow heads, "*** ", "► ".</summary>
    [GeneratedRegex(@"^\s*(?:(?:[>»*=#~]\s*){2,}|[►▶▷→✱★☆]\s*)[\p{L}\d(]")]
    private static partial Regex StrongDecoration();

    /// <summary>An article inside a text: a clause of running text, not a title.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:een|één)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    /// <summary>"Als projectleider data en rapportering bouw je", "In je rol als teamleider stuur je", "Als technisch assistent:".</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:Als|In (?:je|jouw) (?:rol|functie|job) als)\s+(?:(?:onze|nieuwe|ervaren|toekomstige)\s+)*(?!(?:je|jij|u|we|wij|ze|zij|het|de|een|er|dit|dat|werkgever|organisatie|bestuur|team|kandidaat|sollicitant|student|ouder|inwoner|klant|burger|eerste|enige)\b)(?<job>\p{L}[\p{L}-]*(?:\s+(?!(?:je|jij|u|we|wij|ze|zij)\b)\p{L}[\p{L}-]*){0,4}?)(?:\s*:|\s*,?\s+(?!(?:we|wij|ze|zij|u)\b)\p{Ll}+\s+(?:je|jij)\b)")]
    private static partial Regex AsJob();

    /// <summary>Two or more steps of a breadcrumb trail: "Home > Werken bij > Vacatures", "Start › Jobs › Detail".</summary>
    [GeneratedRegex(@"\S\s+[>›»]\s+\S[^>›»]*\s[>›»]\s+\S")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"\bniveau\s+(?<l>[A-E])\b(?!\d)|\b(?<l>[A-E])-niveau\b")]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"[(\[]\s*(?:(?i:niveau|schaal|weddeschaal|salarisschaal|barema|klasse)\s*)?(?:N[A-E]\d{1,2}|[A-E][A-Z]?\s?\d{1,3}[a-c]?|[A-E])(?:\s?[-–]\s?(?:N[A-E]|[A-E][A-Z]?)?\s?\d{1,3}[a-c]?)?\s*[)\]]")]
    private static partial Regex ScaleInParens();

    [GeneratedRegex(@"\(\s*[MVXmvxFHfh]\s*/\s*[MVXmvxFHfh](?:\s*/\s*[MVXmvxFHfh])?\s*\)|(?<![\p{L}/])[MVmv]\s*/\s*[MVmv](?:\s*/\s*[Xx])?(?![\p{L}/])")]
    private static partial Regex GenderMarker();

    [GeneratedRegex(@"(?:^|[\s,–—|-]|\()\s*(?:(?:(?i:voltijds?e?|deeltijds?e?|halftijds?e?|contractue(?:el|le)|statutair|tijdelijke?|vast(?:e benoeming)?|onbepaalde duur|bepaalde duur|van onbepaalde duur|(?:met )?wervingsreserve|vervangingscontract|vervanging|m/v/x|\d{1,2}(?:[.,]\d)?\s*/\s*\d{2}|\d{1,2}/\d|\d{2,3}\s*%|\d{1,2}(?:[.,]\d)?\s*u(?:ur)?(?:\s*/\s*week)?)|(?:(?i:klasse|niveau|schaal|weddeschaal|salarisschaal|barema|graad)\s+(?:N[A-E]\d{1,2}|[A-E][A-Z]?\d{0,3}[a-c]?)|N[A-E]\d{1,2}|[A-E][A-Z]?\d{1,3}[a-c]?)(?:\s?[-–]\s?(?:N[A-E]|[A-E][A-Z]?)?\d{1,3}[a-c]?)?)[\s,]*)+\)?\s*$")]
    private static partial Regex RegimeSuffix();

    [GeneratedRegex(@"^(?:(?:functietitel|functie|formele functiebenaming|graad \(functietitel\)|graad|job|jobtitel|titel|vacature)\s*[:|]\s*|(?:zomer|vakantie|kerst|paas|herfst)+(?:job|jobs|werk|vacature|tewerkstelling)(?:\s+(?:19|20)\d{2})?\s*[:|–—]\s*|(?:(?:nieuwe |open |openstaande |interne |externe )?(?:vacature|vacaturebericht|vacante (?:functie|betrekking)|betrekking|jobaanbieding|werfreserve|wervingsreserve|aanwervingsreserve|reserve|(?:(?:open|publieke|interne|externe) )?oproep(?: tot (?:kandidaten|kandidaturen|kandidaatstellingen?|kandidatuurstellingen?|sollicitanten))?|aanwervingsoproep|rekruteringsoproep|(?:vergelijkende )?selectie|(?:statutaire |contractuele )?aanwerving|werving|bevordering|mobiliteit)(?:\s+(?:en|&|\+)\s+(?:werfreserve|wervingsreserve|aanwerving|selectie|bevordering|mobiliteit))?(?:\s+(?:naar|tot|in|voor)\s+(?:het\s+|de\s+)?(?:niveau|graad|rang|klasse|kader)\s+[\p{L}\d-]{1,6})?)(?:\s*[:|–—]|\s+-)\s*|(?:vacature|vacaturebericht|functiebeschrijving|functieprofiel|selectiereglement|jobpunt(?: vlaanderen)?)(?:\s+(?:en|&)\s+(?:vacature|vacaturebericht|functiebeschrijving|functieprofiel|selectiereglement))*\b(?:\s*[:|–—-]\s*|\s+(?=\p{L}|\d{1,2}\s+\p{L})))", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"(medewerker|deskundige|directeur|assistent|coördinator|coordinator|consulent|adviseur|verantwoordelijke|diensthoofd|manager|werker|begeleider|technicus|arbeider|secretaris|boekhouder|ingenieur|architect|juris|jurist|analist|ontwikkelaar|bediende|hoofd|leider|expert|specialist|verpleegkundige|kinderbegeleider|redacteur|planner|inspecteur|agent|beheerder|chauffeur|verzorgende|zorgkundige|opvoeder|leerkracht|leraar|lerares|lesgever|docent|bibliothecaris|kok\b|poetshulp|schoonmaker|elektricien|loodgieter|schrijnwerker|tuinier|hovenier|boswachter|brandweerman|attaché|referendaris|adjunct|ambtenaar|toezichter|vakman|monteur|mecanicien|programmeur|ontwerper|tekenaar|landmeter|archivaris|consultant|animator|monitor|magazijnier|conciërge|vertaler|tolk|kassier|coach|dispatcher|operator|opzichter|controleur|rekenplichtige|bibliotheekassistent|behandelaar|bemiddelaar|uitvoerder|onderhouder|steward|verzorger|onthaalmedewerker|hulp)(?:s|en|e)?\b", RegexOptions.IgnoreCase)]
    internal static partial Regex JobNoun();

    [GeneratedRegex(@"^(?:vacatures?|vacaturebericht|informatiebundel|werken bij|start hier|sector met toekomst|alles over de job|snel zoeken|over ons|home|jobs|menu|organisatie|toelichting|functiebeschrijving|functieinhoud|functie-inhoud|functieprofiel|selectiereglement|jobpunt(?: vlaanderen)?|deel deze vacature|profiel|jouw profiel|competenties|visie|waarden|aanbod|ons aanbod|wat (?:doe|ga|bieden|verwachten|mag)\b.*|wie (?:ben|zoeken|zijn)\b.*|over\s+\S+(?:\s+\S+)?|onze organisatie|takenpakket|taken|functie|solliciteren|selectieprocedure|contact|meer info(?:rmatie)?|interesse|voorwaarden|aanwervingsvoorwaarden|praktisch|timing|(?:de|het|jouw|je|uw|onze|deze|over\s+de)\s+(?:job|jobinhoud|functie|rol|taken|taak|opdracht|uitdaging|vacature|baan|betrekking|werkplek)|job|jobinhoud|jouw\s+uitdaging)\W*$|^(?:vacatures|informatiebundel|werken bij|start hier|sector met toekomst|alles over de job|snel zoeken|over ons|home|jobs|menu|organisatie|profiel|aanbod|toelichting|functieinhoud|functie-inhoud|competenties|visie|waarden)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    [GeneratedRegex(@"\b(zoekt|zoeken|werft|aanwerving van|is op zoek|organiseert|selectie voor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeeksSentence();

    /// <summary>The job in "X zoekt een medewerker sporthal (D1-D3) voor de sportdienst, …": up to a bracket, comma or "voor de".</summary>
    [GeneratedRegex(@"\b(?:zoekt|zoeken|werft|werven|is op zoek naar)\s+(?:(?:wij|we)\s+|(?:(?:de|het)\s+)?(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){1,4})?(?:een|twee|drie|\d+)\s+(?:(?:enthousiaste?|gemotiveerde?|ervaren|nieuwe?|gedreven|klantvriendelijke?|voltijdse?|deeltijdse?|halftijdse?|contractuele?|statutaire?)\s+)*(?<job>\p{L}[\p{L}-]*(?:\s+(?!voor\b|in\b|met\b|om\b|die\b|dat\b|en\b|aan\b|op\b)[\p{L}-]+){0,4}?)\s*(?=\(|,|\.|;|:|\s+(?:voor|in|met|om|die|dat|aan|op)\b|\s*$)(?<scale>\s*\((?:[A-E][A-Z]?\d|N[A-E]\d)[^)]*\))?", RegexOptions.IgnoreCase)]
    private static partial Regex SoughtJob();

    /// <summary>A sentence that addresses the reader ("Als medewerker werk je …", "Wij bieden …") is not a title.</summary>
    [GeneratedRegex(@"\b(?:je|jij|jou|jouw|wij|we|ons|onze)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Addressing();

    /// <summary>"Gemeente X zoekt een (enthousiaste) …" and "We werven een …": the employer and the verb before the job title.</summary>
    [GeneratedRegex(@"^.{0,60}?\b(?:zoekt|zoeken|werft|werven|is op zoek naar|zijn op zoek naar)(?:\s+aan)?(?:\s*:)?\s+(?:(?:een|twee|drie|vier|vijf|\d+)\s+)?(?:(?:enthousiaste?|gemotiveerde?|ervaren|nieuwe?|gedreven|klantvriendelijke?|voltijdse?|deeltijdse?|halftijdse?|contractuele?|statutaire?)\s+)*(?:(?:m/v/x|\(m/v/x\))\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex SeeksPrefix();

    [GeneratedRegex(@"^(?:(?:vergelijkend\s+)?examen\s+voor\s+de\s+)?(?:(?:vergelijkende\s+)?(?:selectie|aanwerving|werving|rekrutering|wervingsprocedure)\s+(?:van|voor)\s+(?:(?:een|één|twee|drie|vier|vijf|\d+)\s+)?(?:(?:nederlandstalige|franstalige|duitstalige|tweetalige|voltijdse|deeltijdse|halftijdse|contractuele|statutaire|nieuwe)\s+)*)", RegexOptions.IgnoreCase)]
    private static partial Regex SelectionLeadIn();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();

    /// <summary>A staff category and level in brackets after the title: "(CALog niveau B)", "(niveau C)", "(graad A1)", "(rang 2)".</summary>
    [GeneratedRegex(@"\s*\((?:[^()]{0,20}\s)?(?:niveau|graad|klasse|rang|kader)\s+[A-E1-5][\p{L}\d]{0,3}\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex LevelInParens();

    /// <summary>A count of posts before or after the title: "2 x ", "(2x) ", "twee × ", " x 3", " (3 plaatsen)", " – 2 vacatures".</summary>
    [GeneratedRegex(@"^\s*[(\[]?\s*(?:\d{1,2}|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s*(?:[x×]\s*[)\]]\s*|[x×]\s+|×\s*)(?=\p{L})|\s*[(\[]?\s*(?:[x×]\s*\d{1,2}|\d{1,2}\s*[x×])\s*[)\]]?\s*$|\s*(?:[(\[]|[–—-]\s)\s*(?:\d{1,2}|twee|drie|vier|vijf|zes)\s+(?:plaatsen|posities|vacatures|functies|betrekkingen|voltijdse equivalenten|VTE)\s*[)\]]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PostCount();

    /// <summary>"Jobstudenten gezocht voor de zomer van 2027", "Redders gezocht!": the job, and the season and year it names.</summary>
    [GeneratedRegex(@"^(?<job>\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}?)\s+(?:gezocht|gevraagd)\b\s*!?(?:\s*(?:voor|in|tijdens)\s+(?:de\s+|het\s+)?(?:(?<when>zomer|zomervakantie|paasvakantie|kerstvakantie|krokusvakantie|herfstvakantie|vakantie|schooljaar|seizoen)(?:\s+(?:van\s+)?(?<year>20\d\d))?)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex SoughtHeadline();

    /// <summary>A tail " – OCMW X", " - woonzorgcentrum Y", " | Stad Z" naming an employer or a place of work.</summary>
    [GeneratedRegex(@"\s[–—|-]\s+(?:(?:het|de)\s+)?(?:stad|gemeente|provincie|lokaal bestuur|ocmw|zorgbedrijf|zorggroep|scholengroep|politiezone|hulpverleningszone|brandweerzone|intercommunale|woonzorgcentrum|wzc|kinderdagverblijf|kinderopvang|ziekenhuis|basisschool|school|academie|campus|dienstencentrum|cultuurcentrum|gemeenschapscentrum|ontmoetingscentrum|cc|bibliotheek|museum|zwembad|sportcentrum|sporthal|recyclagepark|depot|\p{L}*domein|\p{L}*park|standplaats|site|kazerne|woonmaatschappij|\p{L}*maatschappij|\p{L}*district|\p{L}*verblijf|\p{L}*centrum|\p{L}*opvang|\p{L}*school)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex EmployerTail();
}
