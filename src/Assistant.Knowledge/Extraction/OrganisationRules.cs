using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Finds the employer: mentions like "Stad Zonnebeek", "Provincie Westland", "Lokaal bestuur Voorbeeld",
/// "OCMW Gent", "Politiezone X", "Brandweerzone X", "Intercommunale X", "Agentschap Wegen en Verkeer", "Gemeente De Panne", "De Kamer van volksvertegenwoordigers", "Gemeente X", scored by how often they occur and
/// whether they are the subject of "zoekt", "organiseert", "als werkgever".
/// </summary>
public static partial class OrganisationRules
{
    /// <summary>The organisation, the line it was read from and its place name.</summary>
    public static (string? Organisation, TextLine? Line, string? Place) Find(DocumentView view)
    {
        var scores = new Dictionary<string, (double Score, TextLine Line, string? Place)>(StringComparer.OrdinalIgnoreCase);
        // "District Noord" in a table of work areas is a unit of the employer: a district is the employer only when no other body is named.
        var districts = new Dictionary<string, (double Score, TextLine Line, string? Place)>(StringComparer.OrdinalIgnoreCase);
        var employerPlaces = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in view.Lines)
        {
            foreach (Match m in AsEmployer().Matches(line.Text))
            {
                employerPlaces.Add(m.Groups["place"].Value);
            }
        }

        foreach (var line in view.Lines)
        {
            foreach (Match m in Mention().Matches(line.Text))
            {
                var kind = m.Groups["kind"].Value;
                var place = m.Groups["place"].Success ? m.Groups["place"].Value : null;
                var end = m.Index + m.Length;
                // "Het OCMW van Ruysdonck werft …", "OCMW VAN RUYSDONCK", "de gemeente van Oudeveld": a local body named with "van"
                // before its place.
                if (LocalBody().IsMatch(kind) && (place is null || place.Equals("van", StringComparison.OrdinalIgnoreCase))
                    && PlaceAfterOf().Match(line.Text, m.Groups["kind"].Index + kind.Length) is { Success: true } vanPlace)
                {
                    place = vanPlace.Groups["place"].Value;
                    end = vanPlace.Index + vanPlace.Length;
                }
                var ofName = place is null && MultiWordBody().IsMatch(kind) && OfName().Match(line.Text, m.Index + m.Length) is { Success: true } of ? of.Value.Trim() : null;

                if (place is not null && MultiWordBody().IsMatch(kind) && NameRest().Match(line.Text, m.Index + m.Length) is { Success: true, Length: > 0 } rest)
                {
                    // Agencies, federal services and intercommunales are named by several words ("Agentschap Verre
                    // Duinpaden", "Intercommunale Kustbeheer Zilverkolk (IKZ)"); a municipality by its place alone.
                    place += rest.Value.TrimEnd();
                }

                // "Federaal Agentschap voor Bijenteelt (FABT)": the name starts with "voor"/"van".
                place ??= ofName;

                // "X Y · intergemeentelijke vereniging van A, B en C": a long form in lower case after a brand describes that brand,
                // whoever it names as its members.
                if (m.Index > 0 && char.IsLower(line.Text[m.Index]) && MultiWordBody().IsMatch(kind) && BrandOf(view, line, m.Index) is { } described)
                {
                    scores[described.Name] = scores.TryGetValue(described.Name, out var known) ? (known.Score + 3, known.Line, known.Place) : (3, described.Line, null);
                    continue;
                }

                // "geregistreerd bij de FOD X", "erkend door het Agentschap Y": a body named as regulator or issuer is not the employer.
                if (AsRegulator().IsMatch(line.Text[..m.Index]))
                {
                    continue;
                }

                // "stad of OCMW X", "gemeente en OCMW X": the OCMW named beside the municipality shares its staff, it is not the employer.
                if (kind.Equals("ocmw", StringComparison.OrdinalIgnoreCase) && SharedWithMunicipality().IsMatch(line.Text[..m.Index]))
                {
                    continue;
                }

                if (place is null && !NamedBody().IsMatch(kind))
                {
                    // "Zorgnet X – welzijnsvereniging van de gemeenten …", "BOUWPUNT X" above "Intergemeentelijke
                    // vereniging voor woonbeleid van …": a brand name with the long form of an unnamed body is the employer.
                    if (BrandOf(view, line, m.Index) is { } brand)
                    {
                        scores[brand.Name] = scores.TryGetValue(brand.Name, out var b) ? (b.Score + 3, b.Line, b.Place) : (3, brand.Line, null);
                    }

                    continue;
                }

                var name = Normalise(kind, place);
                // "IVOR – Intercommunale voor Afvalverwerking Zavelberg": the acronym before the dash is part of the name; a
                // government agency or institute is named in full with its acronym after it ("VAFT – Vlaams Agentschap X" →
                // "Vlaams Agentschap X (VAFT)").
                if (MultiWordBody().IsMatch(kind) && AcronymBefore().Match(line.Text[..m.Index]) is { Success: true } acronym)
                {
                    name = !GovernmentBody().IsMatch(kind) ? $"{acronym.Groups["a"].Value} – {name}"
                        : name.EndsWith(')') ? name : $"{name} ({acronym.Groups["a"].Value})";
                }

                var weight = 1.0 - Math.Min(0.5, line.Index / 400.0);
                if (Seeks().IsMatch(line.Text[end..]))
                {
                    weight += 3;
                }

                if (place is not null && employerPlaces.Contains(place))
                {
                    weight += 3;
                }

                // "Gemeenschapswacht (m/v/x) – District X", "Redder (D1-D3) | Sportbedrijf Y": the body the title line names after the
                // job is the one that hires, also when a parent body is named more often (a district of a city, an agency of a ministry).
                var ofTitleLine = line.Index < 15 && TitleLineTail().IsMatch(line.Text[..m.Index]);
                if (ofTitleLine)
                {
                    weight += 3;
                }

                var into = kind.Equals("district", StringComparison.OrdinalIgnoreCase) && !ofTitleLine ? districts : scores;
                if (into == districts && place is not null && CompassPoint().IsMatch(place))
                {
                    continue;
                }

                into[name] = into.TryGetValue(name, out var s) ? (s.Score + weight, s.Line, s.Place) : (weight, line, place);
            }
        }

        if (scores.Count == 0)
        {
            scores = districts;
        }

        if (scores.Count == 0)
        {
            var line = view.Lines.FirstOrDefault(l => AsEmployer().IsMatch(l.Text));
            if (line is not null)
            {
                var place = AsEmployer().Match(line.Text).Groups["place"].Value;
                return (place, line, place);
            }

            foreach (var candidate in view.Lines.Take(60))
            {
                var subject = SeekingSubject().Match(candidate.Text);
                if (subject.Success && !NotAnEmployer().IsMatch(subject.Groups["name"].Value))
                {
                    return (Expanded(view, subject.Groups["name"].Value.Trim()), candidate, null);
                }
            }

            if (AcronymLetterhead(view) is { } letterhead)
            {
                return letterhead;
            }

            if (LegalName(view) is { } legal)
            {
                return legal;
            }

            return BrandOfDomain(view) is { } domainBrand ? (Expanded(view, domainBrand.Name), domainBrand.Line, null) : (null, null, null);
        }

        MergeShortNames(scores);
        var best = scores.OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Value.Line.Index).First();
        // A letterhead that names the parent department above the institution's own name ("FOD X" over "Instituut voor Y
        // (IVY)"), where the document goes by that institution's acronym (its mail domain, "Het IVY is …"): the institution.
        if (OwnAcronymName(view) is { } own && !best.Key.Contains(own.Acronym, StringComparison.Ordinal))
        {
            return (own.Name, own.Line, null);
        }

        return (Expanded(view, best.Key), best.Value.Line, best.Value.Place);
    }

    /// <summary>
    /// The long form with acronym that heads the document ("Instituut voor Y (IVY)", also broken over two lines) when the document
    /// refers to itself by that acronym: a mail or web domain that starts with it, or the acronym as the subject of a sentence.
    /// </summary>
    private static (string Name, string Acronym, TextLine Line)? OwnAcronymName(DocumentView view)
    {
        var head = view.Lines.Take(15).ToList();
        for (var i = 0; i < head.Count; i++)
        {
            var joined = i + 1 < head.Count && head[i + 1].Document == head[i].Document ? $"{head[i].Text.Trim()} {head[i + 1].Text.Trim()}" : head[i].Text.Trim();
            foreach (Match m in AcronymDefinition().Matches(joined))
            {
                var acronym = m.Groups["a"].Value;
                if (!SelfReference(view, acronym))
                {
                    continue;
                }

                var words = m.Groups["long"].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var from = 0; from < words.Length; from++)
                {
                    var full = string.Join(' ', words[from..]);
                    if (words.Length - from >= 2 && char.IsUpper(full[0]) && SpellsAcronym(full, acronym) && !NotAnEmployer().IsMatch(full) && !JobWord().IsMatch(full))
                    {
                        return ($"{full} ({acronym})", acronym, head[i]);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A letterhead of an acronym and the long form it spells, in either order ("VWB – Vlaamse Waterwegen en
    /// Bruggen", "Dienst Voor Kustbeheer | DVK"), for a body of a kind no rule knows: "Long form (ACRONYM)".
    /// </summary>
    private static (string? Organisation, TextLine? Line, string? Place)? AcronymLetterhead(DocumentView view)
    {
        foreach (var line in view.Lines.Take(15))
        {
            if (AcronymAndLongForm().Match(line.Content.Trim()) is not { Success: true } m)
            {
                continue;
            }

            var acronym = m.Groups["a1"].Success ? m.Groups["a1"].Value : m.Groups["a2"].Value;
            var full = (m.Groups["l1"].Success ? m.Groups["l1"].Value : m.Groups["l2"].Value).Trim();
            if (InitialsOf(full) is var (caps, words) && (caps == acronym || words == acronym) && !NotAnEmployer().IsMatch(full) && !JobWord().IsMatch(full))
            {
                return ($"{full} ({acronym})", line, null);
            }
        }

        return null;
    }

    /// <summary>The initials of the capitalised words, and of every word but the short ones ("en", "voor", "de").</summary>
    private static (string Caps, string Words) InitialsOf(string full)
    {
        var words = full.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return (string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0])),
            string.Concat(words.Where(w => w.Length > 4 || char.IsUpper(w[0])).Select(w => char.ToUpperInvariant(w[0]))));
    }

    [GeneratedRegex(@"^(?:(?<a1>\p{Lu}{2,6})\s*[–—|-]\s*(?<l1>\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,8})|(?<l2>\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,8})\s*[–—|-]\s*(?<a2>\p{Lu}{2,6}))$")]
    private static partial Regex AcronymAndLongForm();

    private static bool SelfReference(DocumentView view, string acronym)
    {
        var lower = acronym.ToLowerInvariant();
        return view.Lines.Any(l => Domain().Matches(l.Text).Any(d => d.Groups["d"].Value.ToLowerInvariant() is var domain && (domain == lower || domain.StartsWith(lower + "-", StringComparison.Ordinal)))
            || Regex.IsMatch(l.Text, $@"\b(?:[Hh]et|[Dd]e|[Bb]ij het|[Bb]ij de)\s+{Regex.Escape(acronym)}\s+(?:is|zoekt|werft|biedt|heeft)\b"));
    }

    /// <summary>
    /// An employer found only as its acronym ("ZKN zoekt …", "XYZ vzw") is named as the document introduces itself:
    /// "Zorgnetwerk Kanaalland (ZKN)", "Zorgnetwerk Kanaalland (hierna: het ZKN)" → "Zorgnetwerk Kanaalland (ZKN)".
    /// The long form must start with the acronym's first letter and hold its letters in order.
    /// </summary>
    internal static string Expanded(DocumentView view, string name)
    {
        var bare = BareAcronym().Match(name);
        if (!bare.Success)
        {
            return name;
        }

        var acronym = bare.Groups["a"].Value;
        foreach (var line in view.Lines)
        {
            foreach (Match m in AcronymDefinition().Matches(line.Text))
            {
                if (m.Groups["a"].Value != acronym)
                {
                    continue;
                }

                // "Bij Zorgnetwerk Kanaalland (ZKN)": the long form starts at the word that spells the acronym's first letter.
                var words = m.Groups["long"].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var from = 0; from < words.Length; from++)
                {
                    var full = string.Join(' ', words[from..]);
                    if (char.IsUpper(full[0]) && SpellsAcronym(full, acronym) && !NotAnEmployer().IsMatch(full))
                    {
                        return $"{full} ({acronym})";
                    }
                }
            }
        }

        return name;
    }

    /// <summary>
    /// "Politiezone X-Y (hierna: PZ XY)", "Stad Z (SZ)" then "PZ XY zoekt …": a mention by the short place ("Politiezone XY")
    /// counts for the body of the same kind whose full place name it spells, so the document's own name wins.
    /// </summary>
    private static void MergeShortNames(Dictionary<string, (double Score, TextLine Line, string? Place)> scores)
    {
        foreach (var key in scores.Keys.ToList())
        {
            var (score, _, place) = scores[key];
            if (place is null || !ShortPlace().IsMatch(place) || key.Length <= place.Length)
            {
                continue;
            }

            var kind = key[..^place.Length];
            var full = scores.Keys.FirstOrDefault(k => k != key && k.StartsWith(kind, StringComparison.OrdinalIgnoreCase)
                && scores[k].Place is { } longPlace && !ShortPlace().IsMatch(longPlace) && SpellsAcronym(longPlace, place));
            if (full is not null)
            {
                var f = scores[full];
                scores[full] = (f.Score + score, f.Line, f.Place);
                scores.Remove(key);
            }
        }
    }

    [GeneratedRegex(@"^\p{Lu}{2,6}$")]
    private static partial Regex ShortPlace();

    /// <summary>A body named by its place alone: a municipality, city, province, public centre for welfare or police zone.</summary>
    [GeneratedRegex(@"^(?i:stad|gemeente|provincie|lokaal bestuur|ocmw|politiezone|hulpverleningszone|brandweerzone)$")]
    private static partial Regex LocalBody();

    /// <summary>" van Ruysdonck", " VAN SINT-X", " van De Panne": the place after "van".</summary>
    [GeneratedRegex(@"\G\s+(?i:van)\s+(?<place>(?:(?:De|Den|Ter|Ten|Sint|Het|'s|DE|DEN|TER|TEN|SINT|HET)[\s-]+)?\p{Lu}[\p{L}'-]+)")]
    private static partial Regex PlaceAfterOf();

    /// <summary>Whether the acronym's letters are, in order, letters of the long form, the first one its first letter.</summary>
    private static bool SpellsAcronym(string full, string acronym)
    {
        var letters = full.ToUpperInvariant();
        if (letters.Length == 0 || letters[0] != acronym[0])
        {
            return false;
        }

        var at = 0;
        foreach (var c in acronym)
        {
            at = letters.IndexOf(c, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    [GeneratedRegex(@"^(?<a>\p{Lu}{2,8})(?:\s+(?:vzw|VZW|nv|NV|cv|CV|bv|BV))?$")]
    private static partial Regex BareAcronym();

    /// <summary>"Long Name (ACR)", "Long Name (hierna: het ACR)", "Long Name, afgekort ACR".</summary>
    [GeneratedRegex(@"(?<long>\p{Lu}[\p{L}'-]+(?:\s+(?:(?:voor|van|en|de|der|het|&)\s+)?\p{Lu}[\p{L}'-]+){0,5})\s*(?:\(\s*(?:(?:hierna|verder|afgekort)\s*:?\s*)?(?:(?:het|de)\s+)?(?<a>\p{Lu}{2,8})\s*\)|,\s*(?:afgekort|kortweg)\s+(?:(?:het|de)\s+)?(?<a>\p{Lu}{2,8})\b)")]
    private static partial Regex AcronymDefinition();

    [GeneratedRegex(@"^(?:Noord|Zuid|Oost|West|Centrum|Midden|Noordoost|Noordwest|Zuidoost|Zuidwest|[A-Z]|\d+|I{1,3}|IV|V)$")]
    private static partial Regex CompassPoint();

    /// <summary>
    /// The brand name a body's unnamed long form describes: the name before a dash on the same line ("Bouwpunt X – intergemeentelijke
    /// vereniging …") or a short name line right above a line that starts with the long form.
    /// </summary>
    private static (string Name, TextLine Line)? BrandOf(DocumentView view, TextLine line, int kindAt)
    {
        if (line.Index > 12)
        {
            return null;
        }

        if (kindAt > 0)
        {
            // "Beherende gemeente: Gemeente X", "Centrumstad: …": a word before a kind that labels a field is no brand.
            if (FieldLabel().IsMatch(line.Text[kindAt..]) || Participle().IsMatch(line.Text[..kindAt].Trim()))
            {
                return null;
            }

            // Without a dash only a long form in lower case ("Groenpunt X intercommunale voor …") describes the brand before it.
            return BrandBeforeDash().Match(line.Text[..kindAt]) is { Success: true } same && IsBrand(same.Groups["b"].Value)
                && (same.Groups["dash"].Success || char.IsLower(line.Text[kindAt]))
                ? (BrandCase(same.Groups["b"].Value), line)
                : null;
        }

        var previous = line.Index > 0 ? view.Lines[line.Index - 1] : null;
        if (previous is null || previous.Document != line.Document)
        {
            return null;
        }

        var text = previous.Text.Trim().TrimStart('#', ' ');
        return BrandLine().IsMatch(text) && IsBrand(text) ? (BrandCase(text), previous) : null;
    }

    /// <summary>
    /// "Y haalt het afval op …" with "jobs@y.be": an employer that only goes by a brand is the capitalised name
    /// the document's own mail or web domain spells.
    /// </summary>
    private static (string Name, TextLine Line)? BrandOfDomain(DocumentView view)
    {
        // "info@polder-x.be", "jobs@stadx.be": the domain spells the name with or without its hyphens.
        var domains = view.Lines.SelectMany(l => Domain().Matches(l.Text)).Select(m => m.Groups["d"].Value.ToLowerInvariant())
            .Where(d => d.Length >= 4 && !MailProvider().IsMatch(d)).Select(d => d.Replace("-", "", StringComparison.Ordinal)).ToHashSet();
        if (domains.Count == 0)
        {
            return null;
        }

        foreach (var line in view.Lines.Take(60))
        {
            foreach (Match m in CapitalisedName().Matches(line.Text))
            {
                // Every run of the capitalised words: "Home Y" holds "Y".
                var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var from = 0; from < words.Length; from++)
                {
                    for (var to = words.Length; to > from; to--)
                    {
                        var name = string.Join(' ', words[from..to]);
                        var folded = new string([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
                        if (domains.Contains(folded) && !NotAnEmployer().IsMatch(name))
                        {
                            // "ILV X Y" with the domain "xy.be": an acronym of the legal form that the document mostly writes
                            // before the name belongs to it.
                            if (from > 0 && Acronym().IsMatch(words[from - 1]) && AlwaysAfter(view, words[from - 1], name))
                            {
                                name = $"{words[from - 1]} {name}";
                            }

                            return (BrandCase(name), line);
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether most mentions of a name (at least two of them) have the same word right before it.</summary>
    private static bool AlwaysAfter(DocumentView view, string word, string name)
    {
        var all = view.Lines.Sum(l => Regex.Count(l.Text, $@"(?<![\p{{L}}\d]){Regex.Escape(name)}(?![\p{{L}}\d])"));
        var after = view.Lines.Sum(l => Regex.Count(l.Text, $@"(?<![\p{{L}}\d]){Regex.Escape(word)}\s+{Regex.Escape(name)}(?![\p{{L}}\d])"));
        return after >= 2 && after * 2 > all;
    }

    [GeneratedRegex(@"^\p{Lu}{2,5}$")]
    private static partial Regex Acronym();

    /// <summary>
    /// "WOONMAATSCHAPPIJ X cv" in the letterhead, "Y vzw – ondernemingsnummer …" in the footer: a name written with its legal
    /// form (vzw, cv, nv, bv, ov, …) is the employer when no public body is named. The legal form is not part of the name.
    /// </summary>
    private static (string? Organisation, TextLine? Line, string? Place)? LegalName(DocumentView view)
    {
        foreach (var line in view.Lines.Take(8).Concat(view.Lines.TakeLast(8)))
        {
            if (LegalForm().Match(line.Text) is { Success: true } m && !NotAnEmployer().IsMatch(m.Groups["name"].Value) && !JobWord().IsMatch(m.Groups["name"].Value))
            {
                return (BrandCase(m.Groups["name"].Value), line, null);
            }
        }

        return null;
    }

    /// <summary>One to four capitalised words and a legal form at the start of a line: "Woonmaatschappij X cv", "DE Y VZW –".</summary>
    [GeneratedRegex(@"^\s*(?<name>\p{Lu}[\p{L}'&-]*(?:\s+(?:(?:van|voor|en|de)\s+)?\p{Lu}[\p{L}'&-]*){0,3})\s+(?i:vzw|cv|cvba|nv|bv|bvba|ov|dv|ev|vof)\b(?:\s*(?:[-–—|,]|$))")]
    private static partial Regex LegalForm();

    [GeneratedRegex(@"(?:[\w.+-]+@|\bwww\.)(?<d>[\p{L}\d-]+)\.(?:be|com|org|eu|net|vlaanderen|brussels|gent|nl)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    [GeneratedRegex(@"^(?:gmail|hotmail|outlook|telenet|skynet|proximus|yahoo|live|jobpunt|vdab|selor|bosa|jobs|werkenvoor|mijnstudentenjob|studentenjob)$")]
    private static partial Regex MailProvider();

    /// <summary>One to three capitalised words: "Y", "Y Net".</summary>
    [GeneratedRegex(@"(?<![\p{L}@./])\p{Lu}[\p{L}'&-]+(?:\s+\p{Lu}[\p{L}'&-]+){0,2}(?![\p{L}@.]\p{L})")]
    private static partial Regex CapitalisedName();

    private static bool IsBrand(string text) =>
        !Mention().IsMatch(text) && !JobWord().IsMatch(text) && !NotAnEmployer().IsMatch(text) && text.Any(char.IsLetter);

    /// <summary>"BOUWPUNT KAPELWIJK-ZAVELBERG" → "Bouwpunt Kapelwijk-Zavelberg"; a short acronym ("IVOR") stays as it is.</summary>
    internal static string BrandCase(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!text.Where(char.IsLetter).All(char.IsUpper) || (words.Length == 1 && words[0].Length <= 6))
        {
            return string.Join(' ', words);
        }

        return TitleWords(text);
    }

    /// <summary>Each word and each part of a hyphenated word with one capital: "KAPELWIJK-ZAVELBERG" → "Kapelwijk-Zavelberg".</summary>
    private static string TitleWords(string text) =>
        string.Join(' ', text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => string.Join('-', w.Split('-').Select(p => p.Length > 1 ? p[0] + p[1..].ToLowerInvariant() : p))));

    private static string Normalise(string kind, string? place)
    {
        var k = kind.Trim();
        if (k is "PZ" or "HVZ")
        {
            // "PZ X" in a letterhead or footer: the police zone or emergency zone written as its usual abbreviation.
            k = k == "PZ" ? "Politiezone" : "Hulpverleningszone";
        }

        k = k.StartsWith("de ", StringComparison.OrdinalIgnoreCase) ? k[3..] : k;
        // An autonomous municipal company is named by its usual abbreviation, as "OCMW X" is.
        k = k.Equals("autonoom gemeentebedrijf", StringComparison.OrdinalIgnoreCase) ? "AGB" : k;
        // A kind the document writes as a name ("Vlaams Agentschap", "Federaal Instituut") keeps its capitals.
        var asName = AdjectiveBody().IsMatch(k) && k.Split(' ').Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0])) && char.IsUpper(k[0]);
        if (place is not null && k.All(c => !char.IsLetter(c) || char.IsUpper(c)) && place.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            // "ZORGGROEP HOLLEBEEK" in a heading in capitals: the name as it is written in running text.
            place = TitleWords(place);
        }

        k = k.ToUpperInvariant() is "OCMW" or "FOD" or "POD" or "VDAB" or "AGB" or "AZ" or "UZ" ? k.ToUpperInvariant() : asName ? k : char.ToUpperInvariant(k[0]) + k[1..].ToLowerInvariant();
        if (k.StartsWith("Kamer van", StringComparison.Ordinal) || place is null)
        {
            return k;
        }

        return $"{k} {place}";
    }

    [GeneratedRegex(@"\b(?<kind>PZ|HVZ|AZ|UZ|(?:Universiteit|Hogeschool|Gemeenschapsinstelling|Regionaal\s+Landschap)(?=\s+(?:(?:De|Den|Het|Ter|Sint)\s+)?\p{Lu}\p{Ll})|(?i:stad|gemeente|provincie|lokaal bestuur|ocmw|politiezone|hulpverleningszone|brandweerzone|zorgbedrijf|zorggroep|zorgvereniging|(?:woon|huisvestings|sociale huisvestings|vervoer|water|haven)maatschappij|(?:woon|haven)bedrijf|scholengroep|welzijnsvereniging|federale dienst|intergemeentelijke \p{L}*(?:vereniging|maatschappij|samenwerking|dienst|organisatie|bedrijf)|agb|autonoom gemeentebedrijf|intercommunale|polder|watering|(?:programmatorische )?federale overheidsdienst|fod|pod|(?:(?:vlaams|federaal|nationaal|koninklijk|interfederaal)\s+)?(?:agentschap|instituut)|(?:(?:openbaar|algemeen|psychiatrisch|universitair)\s+)?ziekenhuis|departement|district|(?:de )?kamer van volksvertegenwoordigers|vlaams parlement|senaat|rekenhof))\b(?:\s+(?<place>(?:(?:De|Den|Ter|Ten|Sint|Le|La|Het|'s)\s+)?\p{Lu}[\p{L}'-]+(?:\s+(?:en|voor|van|&)\s+\p{Lu}\p{Ll}[\p{L}'-]*)?))?")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^(?i:(?:(?:vlaams|federaal|nationaal|koninklijk|interfederaal)\s+)?(?:agentschap|instituut)|(?:(?:openbaar|algemeen|psychiatrisch|universitair)\s+)?ziekenhuis|federale dienst|departement|fod|pod|(?:programmatorische )?federale overheidsdienst|intercommunale|intergemeentelijke \p{L}*(?:vereniging|maatschappij|samenwerking|dienst|organisatie|bedrijf)|zorgbedrijf|welzijnsvereniging|agb|autonoom gemeentebedrijf)$")]
    private static partial Regex MultiWordBody();

    /// <summary>An acronym and a dash right before a body's name at the start of a line: "IVOR – ".</summary>
    [GeneratedRegex(@"^\s*(?<a>\p{Lu}{2,8})\s*[–—-]\s*$")]
    private static partial Regex AcronymBefore();

    /// <summary>A government agency, institute, department or federal service (not an intermunicipal body, which goes by its acronym).</summary>
    [GeneratedRegex(@"^(?i:(?:(?:vlaams|federaal|nationaal|koninklijk|interfederaal)\s+)?(?:agentschap|instituut)|federale dienst|departement|fod|pod|(?:programmatorische )?federale overheidsdienst)$")]
    private static partial Regex GovernmentBody();

    [GeneratedRegex(@"^(?i:(?:vlaams|federaal|nationaal|koninklijk|interfederaal)\s+(?:agentschap|instituut)|(?:openbaar|algemeen|psychiatrisch|universitair)\s+ziekenhuis|federale dienst|intergemeentelijke \p{L}*(?:vereniging|maatschappij|samenwerking|dienst|organisatie|bedrijf))$")]
    private static partial Regex AdjectiveBody();

    [GeneratedRegex(@"\G\s+(?:voor|van)\s+\p{Lu}[\p{L}'-]+(?:\s+(?:(?:voor|van|en|de)\s+)?\p{Lu}[\p{L}'-]+){0,3}(?:\s+\([\p{Lu}&]{2,8}\))?")]
    private static partial Regex OfName();

    /// <summary>More capitalised words of a body's name (at most three) and an acronym in brackets, right after the first.</summary>
    [GeneratedRegex(@"\G(?:\s+(?:(?:voor|van|en|de|&)\s+)?\p{Lu}[\p{L}'-]+){0,3}(?:\s+\([\p{Lu}&]{2,8}\))?")]
    private static partial Regex NameRest();

    [GeneratedRegex(@"^[\s’']*(zoekt|zoeken|organiseert|werft|is op zoek|heeft .*vacature)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Seeks();

    [GeneratedRegex(@"kamer van|parlement|senaat|rekenhof", RegexOptions.IgnoreCase)]
    private static partial Regex NamedBody();

    /// <summary>"De Vlaamse Milieumaatschappij (VMM) zoekt …": a capitalised name as the subject of "zoekt", "werft", "is op zoek".</summary>
    [GeneratedRegex(@"^(?:(?:De|Het)\s+)?(?<name>\p{Lu}[\p{L}'&-]*(?:\s+(?:\p{Lu}[\p{L}'&-]*|en|voor|van|de|der))*(?:\s+\([\p{Lu}&]{2,8}\))?)\s+(?:zoekt|werft|is op zoek|is op zoek naar)\b")]
    private static partial Regex SeekingSubject();

    /// <summary>A pronoun, a unit of the employer or an article alone ("De" before "polder beheert …"): no employer's name.</summary>
    [GeneratedRegex(@"^(?:wij|we|jij|ons team|onze|het team|team|dienst|de dienst|afdeling)\b|^(?:de|het|een|deze|dit|die|dat)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnEmployer();

    [GeneratedRegex(@"\b(?:geregistreerd|registratie|ingeschreven|erkend|erkenning|erkenningsnummer|visum|uitgereikt|afgeleverd|gecertificeerd|toegekend|goedgekeurd|gereglementeerd)\b[^.;:]{0,40}\b(?:bij|door|van)(?:\s+(?:de|het))?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AsRegulator();

    [GeneratedRegex(@"\b(?:stad|gemeente)\s+(?:en|of|&)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SharedWithMunicipality();

    /// <summary>A brand of one to four capitalised words before a dash at the start of a line: "Bouwpunt Kapelwijk – ".</summary>
    [GeneratedRegex(@"^\s*(?<b>\p{Lu}[\p{L}'&-]*(?:\s+\p{Lu}[\p{L}'&-]*){0,3})\s*(?<dash>[–—·•|-])?\s*$")]
    private static partial Regex BrandBeforeDash();

    /// <summary>A kind word followed by a colon: the label of a field ("gemeente:", "vereniging :").</summary>
    [GeneratedRegex(@"^\p{L}+\s*:")]
    private static partial Regex FieldLabel();

    /// <summary>One word that describes rather than names: a present participle or an adjective in -e ("Beherende", "Betrokken").</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ende|erde|ijke|ische|ige|ken)$")]
    private static partial Regex Participle();

    /// <summary>A line that is only a name of one to four capitalised words.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'&-]*(?:\s+\p{Lu}[\p{L}'&-]*){0,3}$")]
    private static partial Regex BrandLine();

    [GeneratedRegex(@"(medewerker|deskundige|assistent|coördinator|consulent|adviseur|verantwoordelijke|vacature|functie|werker|begeleider|leider|attaché|selectie|profiel|contact)", RegexOptions.IgnoreCase)]
    private static partial Regex JobWord();

    /// <summary>A job title with its gender marker or scale in brackets, then a dash, bar or "bij": what follows names the employer.</summary>
    [GeneratedRegex(@"\p{L}.*(?:\(\s*[mvxfh]\s*/\s*[mvxfh](?:\s*/\s*[mvxfh])?\s*\)|\(\s*[A-E][A-Z]?\d{0,2}(?:\s*[-–]\s*[A-E]?[A-Z]?\d{1,2})?\s*\))\s*(?:[–—|-]|\bbij\b)\s*(?:(?:het|de)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLineTail();

    [GeneratedRegex(@"(?<place>\p{Lu}[\p{L}'-]+) als werkgever")]
    private static partial Regex AsEmployer();
}
