using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Contacts: every e-mail address and phone number with the name and role around it ("kan je terecht bij
/// Els Peeters, HR medewerker (03 000 12 34 of …)") and the topics of its sentence (content, procedure, salary, …).
/// </summary>
public static partial class ContactRules
{
    /// <summary>One contact per e-mail address or phone number group, in document order.</summary>
    public static IReadOnlyList<Contact> Find(ExtractionContext ctx)
    {
        var result = new List<Contact>();
        TextLine? previous = null;
        var lastLine = -10;
        foreach (var line in ctx.View.Lines)
        {
            // A cue at the end of the line above ("… terecht bij"), or that line broken off after a comma ("Over de inhoud van de
            // job: Koen Maes, teamleider," / "0493 …"): its words are part of this contact's sentence.
            var lead = previous is not null && previous.Document == line.Document && (CueAtEnd().IsMatch(previous.Text) || previous.Text.TrimEnd().EndsWith(','))
                ? previous.Text + " " : "";
            previous = line;
            var emails = Email().Matches(line.Text).Cast<Match>().ToList();
            var phones = Phone().Matches(line.Text).Cast<Match>()
                .Where(p => !emails.Any(e => e.Index <= p.Index && p.Index < e.Index + e.Length) && p.Value.Count(char.IsDigit) is >= 9 and <= 11
                    && !RegistryNumber().IsMatch(line.Text[Math.Max(0, p.Index - 40)..p.Index]))
                .ToList();
            if (emails.Count == 0 && phones.Count == 0)
            {
                continue;
            }

            var anchors = emails.Concat(phones).OrderBy(m => m.Index).ToList();
            var used = new HashSet<Match>();
            foreach (var anchor in anchors)
            {
                if (used.Contains(anchor))
                {
                    continue;
                }

                var (sentenceStart, sentenceEnd) = ContactSpan(line.Text, anchor.Index);
                used.UnionWith(anchors.Where(a => a.Index >= sentenceStart && a.Index < sentenceEnd));
                foreach (var (s, e) in Parts(line.Text, sentenceStart, sentenceEnd, anchors))
                {
                var group = anchors.Where(a => a.Index >= s && a.Index < e).ToList();
                var span = line.Text[s..e];
                var name = Name().Match(span);
                if (!name.Success && (lead.Length > 0 || s > sentenceStart) && LeadingName().Match(span) is { Success: true } leading)
                {
                    name = leading;
                }

                var topicSpan = lead + QuestionBefore(line.Text, s) + span;
                var email = group.FirstOrDefault(g => g.Value.Contains('@', StringComparison.Ordinal))?.Value.TrimEnd('.');
                var phone = group.FirstOrDefault(g => !g.Value.Contains('@', StringComparison.Ordinal))?.Value.Trim();
                string? nameText = name.Success ? name.Groups["n"].Value.Trim() : null;
                string? roleText = name.Success && Role().Match(span[(name.Index + name.Length)..]) is { Success: true } role ? role.Groups["r"].Value.Trim() : null;
                if (nameText is null && BlockName(ctx.View, line) is { } block)
                {
                    (nameText, roleText) = block;
                }

                if (nameText is null && (s == 0 || OpensAfterLead(line.Text, s)) && LeadingPerson().Match(span) is { Success: true } person && !NotAPerson().IsMatch(person.Groups["n"].Value))
                {
                    // "An Peeters, HR-team — an@… — 050 …", "Jan De Smet, diensthoofd: 03 …", "Personeelsdienst - An Peeters tel. 050 …":
                    // the line opens with the person (after their unit) and their role.
                    var unit = person.Groups["u"].Value.Trim();
                    var stated = person.Groups["r"].Success ? person.Groups["r"].Value.Trim()
                        : unit.Length > 1 && char.IsLower(unit[1]) ? char.ToLowerInvariant(unit[0]) + unit[1..] : unit.Length > 0 ? unit : null;
                    (nameText, roleText) = (person.Groups["n"].Value.Trim(), stated);
                }

                var contact = new Contact
                {
                    Name = nameText,
                    Role = roleText,
                    Email = email,
                    Phone = phone,
                    Topics = Topics(topicSpan),
                    Citation = ctx.View.Cite(line, s, e),
                };
                Merge(result, contact, line.Index == lastLine + 1);
                lastLine = line.Index;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Adds a contact, or completes an earlier one: the same e-mail address or phone number, or the next line of a
    /// contact block ("Sofie Vandamme, personeelsdienst" / "Tel. …" / "E-mail: …").
    /// </summary>
    private static void Merge(List<Contact> result, Contact contact, bool continuesBlock)
    {
        var index = result.FindIndex(r => (contact.Email is not null && r.Email == contact.Email) || (contact.Phone is not null && r.Phone == contact.Phone));
        if (index < 0 && continuesBlock && result.Count > 0 && (result[^1].Name == contact.Name || contact.Name is null)
            && (result[^1].Email is null || contact.Email is null) && (result[^1].Phone is null || contact.Phone is null))
        {
            index = result.Count - 1;
        }

        if (index < 0)
        {
            result.Add(contact);
            return;
        }

        var old = result[index];
        result[index] = old with
        {
            Name = old.Name ?? contact.Name,
            Role = old.Role ?? contact.Role,
            Email = old.Email ?? contact.Email,
            Phone = old.Phone ?? contact.Phone,
            Topics = old.Topics.Concat(contact.Topics).Where(t => t != "general").Distinct().DefaultIfEmpty("general").ToList(),
        };
    }

    /// <summary>
    /// The parts of a contact sentence that hold several people ("Contact: An Peeters, dienst X, 050 11 22 33 (inhoud) –
    /// Bert Maes, personeelsdienst, 050 11 22 44 (procedure)"): split at a dash, semicolon or bar between them when each
    /// part has its own address or number; else the sentence whole.
    /// </summary>
    private static List<(int Start, int End)> Parts(string text, int start, int end, List<Match> anchors)
    {
        var whole = new List<(int, int)> { (start, end) };
        var inside = anchors.Where(a => a.Index >= start && a.Index < end).ToList();
        if (inside.Count < 2)
        {
            return whole;
        }

        var cuts = PartSeparator().Matches(text[start..end]).Select(m => (At: start + m.Index, Length: m.Length))
            .Where(c => !inside.Any(a => a.Index <= c.At && c.At < a.Index + a.Length)).ToList();
        if (cuts.Count == 0)
        {
            return whole;
        }

        var parts = new List<(int, int)>();
        var from = start;
        foreach (var (at, length) in cuts)
        {
            parts.Add((from, at));
            from = at + length;
        }

        parts.Add((from, end));
        // Every part names someone reachable; a part without an address (an introduction) joins the next one.
        if (parts.Count(p => inside.Any(a => a.Index >= p.Item1 && a.Index < p.Item2)) < 2 || !inside.Any(a => a.Index >= parts[^1].Item1))
        {
            return whole;
        }

        // Each later part starts with a person's name ("Lies Martens, …"); "050 … - jan@…" is one person's number and address.
        if (parts.Skip(1).Any(p => !PersonStart().IsMatch(text[p.Item1..p.Item2])))
        {
            return whole;
        }

        var merged = new List<(int, int)>();
        var pendingStart = -1;
        foreach (var (ps, pe) in parts)
        {
            var begin = pendingStart >= 0 ? pendingStart : ps;
            if (inside.Any(a => a.Index >= ps && a.Index < pe))
            {
                merged.Add((begin, pe));
                pendingStart = -1;
            }
            else if (pendingStart < 0)
            {
                pendingStart = ps;
            }
        }

        return merged;
    }

    [GeneratedRegex(@"^\s*(?:(?:mevrouw|meneer|mevr\.|dhr\.)\s+)?\p{Lu}[\p{L}'-]+\s+(?:(?:[Dd]e|[Vv]an|[Dd]er|[Dd]en)\s+)*\p{Lu}[\p{L}'-]+")]
    private static partial Regex PersonStart();

    [GeneratedRegex(@"^\s*(?:(?<u>\p{L}[\p{L}'-]{2,30}(?:\s[\p{L}'-]+){0,2})\s+[-–—:]\s+)?(?:(?i:adjudant|sergeant|kapitein|luitenant|majoor|commandant|kolonel|korporaal|brigadier|commissaris|hoofdcommissaris|inspecteur|hoofdinspecteur|dokter|dr\.|ir\.|prof\.|mevrouw|meneer|mevr\.|dhr\.|mr\.|mw\.|madame|monsieur|mme|m\.)\s+)?(?<n>\p{Lu}\p{Ll}[\p{L}'-]*\s+(?:(?:[Dd]e|[Vv]an|[Dd]er|[Dd]en|[Vv]ande|[Ll]e|[Ll]a)\s+)*\p{Lu}[\p{L}'-]+)(?:\s*,\s*(?<r>[^,@\d–—|():]{3,60}?)\s*(?:[–—|,(:]|\s-\s|$)|(?=\s*(?:[-–—|(]|tel\b|tel\.|t\.|gsm\b|telefoon\b|e-?mail\b|\+?\d)))")]
    private static partial Regex LeadingPerson();

    /// <summary>The first word of a unit, team or employer, not of a person ("Dienst Personeel, …", "Provincie X, …").</summary>
    [GeneratedRegex(@"^\s*(?:dienst|team|afdeling|cel|directie|provincie|gemeente|stad|ocmw|politiezone|hulpverleningszone|brandweer|zone|hogeschool|universiteit|school|ziekenhuis|personeelsdienst|selectieteam|vragen|meer|contact|info|adres|telefoon|mail|e-mail|tel|onthaal|secretariaat|agentschap|federale|vlaamse|intergemeentelijke)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPerson();

    [GeneratedRegex(@"\s[–—-]\s|;\s|\s\|\s")]
    private static partial Regex PartSeparator();

    /// <summary>A "Name, role" line right above a contact block line.</summary>
    private static (string Name, string? Role)? BlockName(DocumentView view, TextLine line)
    {
        // A block of one field a line ("Sofie Peeters" / "Teamleider" / "050 …", or "Naam: …" / "Functie: …" / "Telefoon: …"):
        // the name up to three lines above, the line between them its role; a labelled field is no heading.
        for (var i = line.Index - 1; i >= Math.Max(0, line.Index - 3); i--)
        {
            var prev = view.Lines[i];
            if (prev.Document != line.Document || (prev.IsHeading && !FieldLabel().IsMatch(prev.Text)))
            {
                return null;
            }

            // "Over de inhoud van de job: adjudant Koen Maes, verantwoordelijke werkplaats,": the name line after a topic and a rank.
            var candidate = prev.Text.Contains(':', StringComparison.Ordinal) ? prev.Text[(prev.Text.LastIndexOf(':') + 1)..] : prev.Text;
            candidate = Title().Replace(candidate.Trim(), "").TrimEnd(',', ' ');
            var m = NameLine().Match(candidate);
            if (m.Success)
            {
                var role = m.Groups["r"].Success ? m.Groups["r"].Value.Trim() : null;
                var next = view.Lines[Math.Min(i + 1, line.Index)].Text;
                var between = FieldLabel().Replace(next, "").Trim();
                if (role is null && i + 1 < line.Index && between.Length is >= 3 and <= 60 && !between.Any(char.IsDigit) && !between.Contains('@', StringComparison.Ordinal)
                    && (FunctionLabel().IsMatch(next) || !FieldLabel().IsMatch(next)))
                {
                    role = between;
                }

                // "Ann Peeters" / "HR-adviseur tel. 09 …": the role runs into the line of the number when that line was joined to it.
                if (role is null && i + 1 == line.Index && LeadingRole().Match(line.Text) is { Success: true } lead && !FieldLabel().IsMatch(lead.Groups["r"].Value.Trim() + ":"))
                {
                    role = lead.Groups["r"].Value.Trim();
                }

                return (m.Groups["n"].Value.Trim(), role);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:functie|fonction|function|rol|role|titel|telefoon|tel\.?|t\.?|gsm|mobiel|e-?mail|mail|naam|nom|name|contactpersoon|contact)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"^(?<r>\p{L}[\p{L}\s'’/&-]{2,58}?)\s*(?:[,–—-]\s*)?(?:(?:tel(?:efoon)?|t|gsm|e-?mail|mail)\.?\s*:?\s*)?(?=\+?\d|[\w.-]+@)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingRole();

    [GeneratedRegex(@"^\s*(?:functie|fonction|function|rol|role|titel)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FunctionLabel();

    /// <summary>A rank or form of address before a name ("adjudant", "commissaris", "mevrouw", "dr.").</summary>
    [GeneratedRegex(@"^(?:(?:adjudant|sergeant|kapitein|luitenant|majoor|commandant|kolonel|korporaal|brigadier|commissaris|hoofdcommissaris|inspecteur|hoofdinspecteur|dokter|dr\.|ir\.|prof\.|mevrouw|meneer|mevr\.|dhr\.|mr\.|madame|monsieur|mme|m\.)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    /// <summary>The sentence around an address, widened to the previous sentence when the address stands alone in brackets.</summary>
    private static (int Start, int End) ContactSpan(string text, int at)
    {
        var (s, e) = DocumentView.SentenceBounds(text, at, at + 1);
        if (s > 0 && text[s..at].TrimStart().StartsWith('('))
        {
            (s, _) = DocumentView.SentenceBounds(text, s - 2, s - 1);
        }

        return (s, e);
    }

    /// <summary>
    /// Whether a contact sentence follows a lead in its line that ends in a question or a colon ("Vragen over de job? Jan
    /// Peeters, teamleider, tel. …", "Meer weten over de selectie? An Maes (HR) …"), so it opens with the person.
    /// </summary>
    private static bool OpensAfterLead(string text, int start) =>
        text[..start].TrimEnd() is { Length: > 0 } head && (head.EndsWith('?') || head.EndsWith(':'));

    /// <summary>
    /// An enterprise, VAT or bank number written just before a number ("ondernemingsnummer 0412.…", "BTW BE 0…", "KBO-nr.",
    /// "numéro d'entreprise", "IBAN"): it is not a phone number.
    /// </summary>
    [GeneratedRegex(@"\b(?:ondernemings\w*|kbo\w*|btw\w*|rpr|rechtspersonenregister|rekening\w*|iban|bic|tva|vat|entreprise|enterprise|company|registr\w*)\b[^\d\n]{0,25}$", RegexOptions.IgnoreCase)]
    private static partial Regex RegistryNumber();

    /// <summary>A question sentence just before the address ("Vragen over de functie? Mail naar …") gives its topic.</summary>
    private static string QuestionBefore(string text, int start)
    {
        if (start < 2 || text[..start].TrimEnd() is not { Length: > 0 } head || !head.EndsWith('?'))
        {
            return "";
        }

        var (s, e) = DocumentView.SentenceBounds(text, head.Length - 1, head.Length);
        return text[s..e] + " ";
    }

    private static IReadOnlyList<string> Topics(string span)
    {
        var topics = new List<string>();
        if (ContentTopic().IsMatch(span)) topics.Add("content");
        if (ProcedureTopic().IsMatch(span)) topics.Add("procedure");
        if (SalaryTopic().IsMatch(span)) topics.Add("salary");
        if (BenefitsTopic().IsMatch(span)) topics.Add("benefits");
        if (ApplicationTopic().IsMatch(span)) topics.Add("application");
        if (topics.Count == 0) topics.Add("general");
        return topics;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\d/.,])(?:\+32\s?\(?0?\)?\s?\d{1,2}|0\d{1,3})(?:[ ./-]?\d{2,3}){2,4}(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?:bij|met|contacteer|contact op met|contact opnemen met|terecht bij|mailen naar|(?:^\s*|[.?!]\s+)(?:[Bb]el|[Mm]ail|[Bb]el of mail|[Mm]ail of bel)|:)\s+(?:(?:adjudant|sergeant|kapitein|luitenant|majoor|commandant|kolonel|korporaal|brigadier|commissaris|hoofdcommissaris|inspecteur|hoofdinspecteur|dokter|dr\.|ir\.|prof\.|mevrouw|meneer|mevr\.|dhr\.)\s+)?(?<n>\p{Lu}[\p{L}'-]+(?:\s+(?:&\s+)?(?:(?:[Dd]e|[Vv]an|[Dd]er|[Dd]en|[Vv]ande|[Ll]e|[Ll]a|[Dd]')\s+)*\p{Lu}[\p{L}'-]+){1,3})")]
    private static partial Regex Name();

    [GeneratedRegex(@"^(?<n>\p{Lu}[\p{L}'-]+(?:\s+(?:(?:[Dd]e|[Vv]an|[Dd]er|[Dd]en)\s+)*\p{Lu}[\p{L}'-]+){1,3})\s*(?:,\s*(?<r>[^\d@]{3,60}))?$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"\b(bij|met|contacteer|contact op met|contact opnemen met|terecht bij|:)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CueAtEnd();

    [GeneratedRegex(@"^\s*(?<n>\p{Lu}[\p{L}'-]+(?:\s+(?:&\s+)?(?:(?:[Dd]e|[Vv]an|[Dd]er|[Dd]en)\s+)*\p{Lu}[\p{L}'-]+){0,3})")]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"^\s*,\s*(?<r>[^,(]{3,80}?)\s*(?:[,(]|\bvia\b|$)")]
    private static partial Regex Role();

    [GeneratedRegex(@"inhoud van de (functie|job|jobinhoud)|over de (functie|job)|inhoudelijk|jobinhoud", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTopic();

    [GeneratedRegex(@"selectieprocedure|procedure|selectie", RegexOptions.IgnoreCase)]
    private static partial Regex ProcedureTopic();

    [GeneratedRegex(@"verloning|loon|salaris|wedde|simulatie", RegexOptions.IgnoreCase)]
    private static partial Regex SalaryTopic();

    [GeneratedRegex(@"voordelen", RegexOptions.IgnoreCase)]
    private static partial Regex BenefitsTopic();

    [GeneratedRegex(@"sollicit|kandidatuur|problemen met", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationTopic();
}
