using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Knowledge.Extraction.Parsing;

namespace Assistant.Knowledge.Extraction;

/// <summary>General admission requirements: nationality, conduct (criminal-record extract), civil rights, medical fitness, licence, language, exam, foreign diplomas.</summary>
public static partial class GeneralRequirementRules
{
    /// <summary>Reads the general requirements from requirement lines (or, when those say nothing, from every line outside offer and selection).</summary>
    public static IReadOnlyList<GeneralRequirement> Find(ExtractionContext ctx, IReadOnlyList<TextLine> requirementLines)
    {
        var result = Scan(ctx, requirementLines);
        var others = ctx.View.Lines.Where(l => l.Topic is not (Topic.Offer or Topic.Selection or Topic.Application or Topic.Benefits or Topic.Salary)).ToList();
        if (result.Count == 0)
        {
            result = Scan(ctx, others);
        }

        // "Deze vacature staat enkel open voor personeelsleden" is often said in the introduction, not under the requirements.
        // A section headed as internal ("Interne vacature – bevorderingsprocedure") counts too, whatever topic its title gave it.
        var headedInternal = ctx.View.Lines.Where(l => !others.Contains(l) && l.Topic is not (Topic.Application or Topic.Benefits or Topic.Salary) && InternalOnly().IsMatch(l.SectionTitle)).ToList();
        if (result.All(r => r.Kind != "internal-only") && Scan(ctx, [.. others, .. headedInternal]).FirstOrDefault(r => r.Kind == "internal-only") is { } internalOnly)
        {
            result = [.. result, internalOnly];
        }

        // "Traject 2 – interne bevordering: …" beside "Traject 1 – externe aanwerving: …": the internal procedure is one of the ways
        // in, not a vacancy closed to outsiders (read as one, every line of the external route would become an internal condition).
        // So is "Bevorderingsvoorwaarden (enkel voor personeelsleden)" beside a heading "Aanwervingsvoorwaarden": the staff-only words
        // are said of the promotion section alone.
        if (result.Any(r => r.Kind == "internal-only") && (ctx.View.Lines.Any(l => ExternalRoute().IsMatch(l.Text) && !ExternalRefused().IsMatch(l.Text))
            || (result.Where(r => r.Kind == "internal-only").All(r => PromotionHeading().IsMatch(r.Citation.Quote))
                && ctx.View.Lines.Any(l => l.IsHeading && RecruitmentHeading().IsMatch(l.Text)))))
        {
            result = [.. result.Where(r => r.Kind != "internal-only")];
        }

        // Working nights, weekends or shifts asked as a condition ("wie niet bereid is om nachtdiensten te doen, komt niet in
        // aanmerking"), wherever the document says it.
        if (result.All(r => r.Kind != "availability"))
        {
            result = [.. result, .. AvailabilityRules.Find(ctx.View)];
        }

        // Any other willingness asked ("Je verklaart je bereid een dienstwapen te dragen"): judged only against a candidate's refusal.
        result = [.. result, .. AvailabilityRules.FindWillingness(ctx.View)];

        return AgeRequirementRules.Merge(ctx, result);
    }

    /// <summary>A heading of the promotion conditions: "Bevorderingsvoorwaarden", "Voorwaarden voor bevordering", "Interne bevordering".</summary>
    [GeneratedRegex(@"^\W*(?:\d+[.)]\s*)?(?:bevorderingsvoorwaarden|voorwaarden\s+(?:voor|bij)\s+(?:de\s+)?bevordering|interne\s+bevordering|via\s+bevordering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PromotionHeading();

    /// <summary>A heading of the recruitment conditions: "Aanwervingsvoorwaarden", "Voorwaarden voor aanwerving", "Via aanwerving".</summary>
    [GeneratedRegex(@"^\W*(?:\d+[.)]\s*)?(?:aanwervingsvoorwaarden|voorwaarden\s+(?:voor|bij)\s+(?:de\s+)?aanwerving|via\s+aanwerving|externe\s+aanwerving)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecruitmentHeading();

    /// <summary>A way in named for outsiders: "externe aanwerving", "externe werving", "voor externe kandidaten", "Externe kandidaten:".</summary>
    [GeneratedRegex(@"\bextern(?:e)?\s+(?:aanwerving|werving|rekrutering|instroom|selectie)\b|\bvoor\s+externe\s+kandidaten\b|^\W*externe\s+kandidaten\s*[:–-]", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalRoute();

    /// <summary>A line that names outsiders only to refuse them ("geen externe aanwerving", "niet open voor externe kandidaten").</summary>
    [GeneratedRegex(@"\b(?:geen|niet|enkel|alleen|uitsluitend)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalRefused();

    private static List<GeneralRequirement> Scan(ExtractionContext ctx, IReadOnlyList<TextLine> lines)
    {
        var view = ctx.View;
        var result = new List<GeneralRequirement>();
        var licenceGuessed = false;
        void Add(string kind, string? value, TextLine line, Match m, int? maxAge = null)
        {
            if (result.Any(r => r.Kind == kind))
            {
                return;
            }

            result.Add(new GeneralRequirement { Kind = kind, Value = value, MaxAgeMonths = maxAge, Citation = view.CiteSentence(line, m.Index, m.Index + m.Length) });
        }

        foreach (var line in lines)
        {
            var t = line.Text;
            // "Je hoeft niet de Belgische nationaliteit te hebben, wel die van een EU-lidstaat": not Belgian, but still a requirement.
            if (NoNationality().Match(t) is { Success: true } none && !(NotBelgianOnly().IsMatch(none.Value) && WiderNationality().IsMatch(t)))
            {
                Add("nationality", "none", line, none);
            }
            else if ((Nationality().Match(t) is { Success: true } fixedForm ? fixedForm : NationalityByParts(t)) is { Success: true } n)
            {
                // The widest nationality the sentence admits: "Belg zijn of onderdaan van de EU" admits EU citizens, "EU/EER/Zwitserland" the EEA and Switzerland.
                // A sentence the layout wrapped onto the next lines ("… lidstaat van de Europese" / "Economische Ruimte") is read whole.
                var (whole, _) = Continued(view, line);
                var (start, end) = DocumentView.SentenceBounds(whole, n.Index, n.Index + n.Length);
                var sentence = whole[start..end];
                var eea = EeaWord().Matches(sentence).Any(e => !ExcludedBefore().IsMatch(sentence[Math.Max(0, e.Index - 20)..e.Index]));
                // "Ben je geen onderdaan van de EER, dan heb je een arbeidsvergunning nodig": the nationality is named only to say
                // who needs a work permit (read below); it admits everyone else and requires no nationality.
                var onlyForPermit = ExcludedBefore().IsMatch(t[Math.Max(start, n.Index - 20)..n.Index]) && WorkPermit().IsMatch(sentence);
                if (!onlyForPermit && result.All(r => r.Kind != "nationality"))
                {
                    var value = eea ? (Swiss().IsMatch(sentence) || Swiss().IsMatch(t) ? "EEA+CH" : "EEA") : EuWord().IsMatch(sentence) ? "EU" : "BE";
                    // "Voor contractuele aanwervingen geldt deze voorwaarde niet": the sentence that limits whom it binds is quoted with it.
                    (int Start, int End) next = end < whole.Length ? DocumentView.SentenceBounds(whole, Math.Min(whole.Length, end + 1), Math.Min(whole.Length, end + 1)) : (end, end);
                    var quoteEnd = next.End > end && ScopeLimits.Limits(whole[next.Start..next.End]) ? next.End : end;
                    result.Add(new GeneralRequirement { Kind = "nationality", Value = value, Citation = quoteEnd > t.Length || end > t.Length ? CiteAcross(view, line, start, quoteEnd, whole) : view.Cite(line, start, quoteEnd) });
                }
            }

            // "Ben je geen onderdaan van de EER, dan heb je een geldige verblijfs- en arbeidstoelating nodig": a condition for
            // candidates from outside the EEA only.
            if (WorkPermit().Match(t) is { Success: true } wp)
            {
                Add("work-permit", "non-EEA", line, wp);
            }

            if (Students().Match(t) is { Success: true } st)
            {
                // "Laatstejaarsstudenten mogen deelnemen als ze het diploma behalen vóór 1 juli 2027": the date is kept and quoted.
                var (date, end) = StudentsDate(ctx, line, st);
                if (!result.Any(r => r.Kind == "students"))
                {
                    result.Add(new GeneralRequirement { Kind = "students", Value = date, Citation = view.CiteSentence(line, st.Index, Math.Max(end, st.Index + st.Length)) });
                }
            }

            if (Conduct().Match(t) is { Success: true } c)
            {
                var article = Art5962().IsMatch(t) ? "596.2" : Art5961().IsMatch(t) ? "596.1" : Art595().IsMatch(t) ? "595" : null;
                int? months = MaxAge().Match(t) is { Success: true } a && DutchNumbers.TryParse(a.Groups["n"].Value, out var mm) ? (int)mm : null;
                Add("conduct", article, line, c, months);
            }

            // "Je bent minstens 17 jaar", "minimumleeftijd: 16 jaar", "18 jaar of ouder": the youngest age admitted, in years.
            if (MinimumAge(t) is { } age && !result.Any(r => r.Kind == "min-age"))
            {
                Add("min-age", age.Groups["n"].Value, line, age);
            }

            StudentJobRules.Read(view, line, t, result);
            if (CivilRights().Match(t) is { Success: true } r) Add("civil-rights", null, line, r);
            if (Medical().Match(t) is { Success: true } md) Add("medical", null, line, md);
            if (LicenceWithCategory(t) is { Success: true } l)
            {
                // "een vrachtwagenrijbewijs" is a C licence, "een busrijbewijs" a D licence.
                var vehicle = t[..l.Index].EndsWith("vrachtwagen", StringComparison.OrdinalIgnoreCase) ? "C" : t[..l.Index].EndsWith("bus", StringComparison.OrdinalIgnoreCase) ? "D" : "B";
                var named = l.Groups["cat"].Success || l.Groups["pre"].Success;
                var category = l.Groups["cat"].Success ? l.Groups["cat"].Value : l.Groups["pre"].Success ? l.Groups["pre"].Value : vehicle;
                // A licence taken as B only because no category was named ("2. Rijbewijs" as a heading) gives way to the category
                // a later line names ("Je hebt een rijbewijs categorie BE").
                if (named && licenceGuessed)
                {
                    result.RemoveAll(r => r.Kind == "licence");
                }

                if (result.All(r => r.Kind != "licence"))
                {
                    licenceGuessed = !named && vehicle == "B";
                }

                Add("licence", category.ToUpperInvariant(), line, l);
            }

            // "een getuigschrift van vakbekwaamheid (code 95)", "ADR-certificaat": a code on the licence the candidate must hold.
            if (LicenceCodeRequired(t) is { } code)
            {
                Add("licence-code", code.Groups["adr"].Success ? "ADR" : "95", line, code);
            }

            // "Deze vacature staat enkel open voor personeelsleden", "interne bevorderingsprocedure": external candidates are not admitted.
            if (InternalOnly().Match(t) is { Success: true } io && !ExternalToo().IsMatch(t))
            {
                Add("internal-only", null, line, io);
            }

            // "Je diploma moet in het Nederlands behaald zijn, anders bewijs je je kennis met een taalattest": the language the
            // diploma was issued in decides, and the proof that replaces it is quoted with it (the next sentence when it follows).
            if (DiplomaLanguageRequired(t) is { } dl && result.All(r => r.Kind != "language"))
            {
                result.Add(new GeneralRequirement { Kind = "language", Value = DutchLevel(t), Citation = view.CiteSentence(line, dl.Start, dl.End) });
            }
            else if (LanguageRequired(t) is { } lg)
            {
                Add("language", DutchLevel(t), line, lg);
            }

            if (Exam().Match(t) is { Success: true } e) Add("exam", null, line, e);
            if (CertificateRequired(t) is { } cert)
            {
                Add("certificate", cert.Groups["word"].Value + " " + cert.Groups["name"].Value.Trim(), line, cert);
            }

            if (Trainees().Match(t) is { Success: true } tr && result.All(r => r.Kind != "certificate-trainees"))
            {
                // "Volg je de opleiding? Dan mag je deelnemen, op voorwaarde dat je je brevet behaalt vóór 1 april 2027."
                var (date, end) = StudentsDate(ctx, line, tr);
                result.Add(new GeneralRequirement { Kind = "certificate-trainees", Value = date, Citation = view.CiteSentence(line, tr.Index, Math.Max(end, tr.Index + tr.Length)) });
            }
            if (ForeignDiploma().Match(t) is { Success: true } f) Add("foreign-diploma", "equivalence", line, f);
        }

        return result;
    }

    /// <summary>
    /// A nationality requirement read by its parts where no fixed form matches ("je bent Belg of onderdaan van een andere
    /// lidstaat van de EER", "burger zijn van een lidstaat van de Europese Unie", "Nationaliteit: Belg of EU-burger"): a
    /// sentence that names the candidate as a national (Belg, onderdaan/burger van, nationaliteit van) and is not a
    /// preference or a "not required". The area it admits is read from the sentence by the caller.
    /// </summary>
    internal static Match NationalityByParts(string text)
    {
        foreach (Match m in NationalAnchor().Matches(text))
        {
            var (start, end) = DocumentView.SentenceBounds(text, m.Index, m.Index + m.Length);
            var sentence = text[start..end];
            if (Preferred().IsMatch(sentence) || NotRequired().IsMatch(sentence) || NationalityAsked().IsMatch(sentence))
            {
                continue;
            }

            // Only with the area it admits (EU, EER, Zwitserland): a bare "Belg" is left to the fixed forms.
            if (EeaWord().IsMatch(sentence) || EuWord().IsMatch(sentence))
            {
                return m;
            }
        }

        return Match.Empty;
    }

    [GeneratedRegex(@"\bbelg(en)?\b|\bbelgische\s+nationaliteit|\b(onderdaan|onderdanen|burger|burgers|staatsburger|ingezetene)\s+(zijn\s+)?(van|uit)\s+(een\s+(andere\s+)?|de\s+)?(lidstaat|land|staat|EU\b|EER\b|europese|zwitserland)|\bnationaliteit\s+(hebben\s+|bezitten\s+)?van\s+(een|de)\b|\bnationaliteit\s*:|\b(EU|EER)-?(onderdaan|onderdanen|burger|burgers)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NationalAnchor();

    /// <summary>A sentence that asks for a document about nationality (an identity card), not for the nationality.</summary>
    [GeneratedRegex(@"identiteitskaart|kopie|uittreksel", RegexOptions.IgnoreCase)]
    private static partial Regex NationalityAsked();

    /// <summary>
    /// A requirement on the language of the diploma ("je diploma moet in het Nederlands behaald zijn", "een Nederlandstalig
    /// diploma", "heb je een diploma in een andere taal, dan …"): the span from it to the end of the next sentence when that
    /// one names the proof that replaces it (a language certificate, art. 7), else to the end of its own sentence.
    /// </summary>
    internal static (int Start, int End)? DiplomaLanguageRequired(string text)
    {
        foreach (Match m in DiplomaLanguage().Matches(text))
        {
            var (start, end) = DocumentView.SentenceBounds(text, m.Index, m.Index + m.Length);
            if (Preferred().IsMatch(text[start..end]))
            {
                continue;
            }

            if (!LanguageProof().IsMatch(text[start..end]) && end < text.Length)
            {
                var next = text[end..].TrimStart();
                var at = text.Length - next.Length;
                if (next.Length > 0)
                {
                    var (_, nextEnd) = DocumentView.SentenceBounds(text, at, at + 1);
                    if (LanguageProof().IsMatch(text[at..nextEnd]))
                    {
                        return (m.Index, nextEnd);
                    }
                }
            }

            return (m.Index, m.Index + m.Length);
        }

        return null;
    }

    /// <summary>Whether a requirement's text is about the language the diploma was issued in.</summary>
    public static bool AboutDiplomaLanguage(string text) => DiplomaLanguage().IsMatch(text);

    /// <summary>Whether a language requirement names a proof that replaces a diploma in Dutch (a certificate, an exam, art. 7).</summary>
    public static bool NamesLanguageProof(string text) => LanguageProof().IsMatch(text);

    [GeneratedRegex(@"\bdiploma('s)?\b[^.;]{0,60}?\b(in\s+het\s+)?nederlands\w*\s+(behaald|uitgereikt|afgeleverd|gevolgd)|\bdiploma('s)?\b[^.;]{0,40}?\b(behaald|uitgereikt|afgeleverd)\s+(zijn\s+|werd\s+|is\s+)?in\s+het\s+nederlands|\bnederlandstalig\w*\s+(\w+\s+)?diploma|\bdiploma('s)?\b[^.;]{0,30}\b(in\s+een\s+andere\s+taal|anderstalig)|\b(geen|niet\s+(een|het)?)\s*(\w+\s+){0,2}diploma\b[^.;]{0,60}\bnederlands", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DiplomaLanguage();

    [GeneratedRegex(@"\btaal(attest|certificaat|examen|test|proef)|\battest\b|\bcertificaat\b|\bart(ikel|\.)?\s*7\b|\bselor\b|\bbosa\b|\b(bewijs|bewijzen|aantonen|toon)\w*\b[^.;]{0,30}\bkennis", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex LanguageProof();

    /// <summary>A language requirement in a sentence that requires it (not in one that calls it an asset or not required).</summary>
    private static Match? LanguageRequired(string text)
    {
        var clean = WithoutPreferredAsides(text);
        foreach (Match m in Language().Matches(text))
        {
            var (start, end) = DocumentView.SentenceBounds(text, m.Index, m.Index + m.Length);
            var sentence = clean[start..end];
            if (clean[m.Index] == text[m.Index] && !Preferred().IsMatch(sentence))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// The licence a line requires, preferring a match that names the category ("Rijbewijs: je hebt een rijbewijs C" is C,
    /// not the B a bare "Rijbewijs:" label would give).
    /// </summary>
    /// <summary>The text with bracketed asides that state an asset ("(CE is een pluspunt)") blanked out, same length.</summary>
    internal static string WithoutPreferredAsides(string text) =>
        Aside().Replace(text, m => Preferred().IsMatch(m.Value) ? new string(' ', m.Length) : m.Value);

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Aside();

    private static Match LicenceWithCategory(string text)
    {
        // Only in a sentence that requires it: "Je hebt een rijbewijs BE. Een rijbewijs C is een troef." requires BE.
        // "een rijbewijs C (CE is een pluspunt)": the asset in brackets is the bracket's own, not the sentence's.
        var clean = WithoutPreferredAsides(text);
        // "Rijbewijs. Een rijbewijs B is niet nodig om deel te nemen.": a bare label is the heading of the sentences after it,
        // so when one of those says the licence is not asked, the label asks nothing either.
        var waived = Licence().Matches(text).Any(m => clean[m.Index] == text[m.Index] && LicenceWaived(clean, m));
        var matches = Licence().Matches(text).Where(m =>
        {
            if (clean[m.Index] != text[m.Index])
            {
                return false;
            }

            var (start, end) = DocumentView.SentenceBounds(text, m.Index, m.Index + m.Length);
            // "rijbewijs C. Een rijbewijs CE is een troef.": a category letter before a full stop ends the sentence.
            var stop = text.IndexOf(". ", m.Index, StringComparison.Ordinal);
            end = stop >= 0 && stop < end ? stop + 1 : end;
            // "Je hebt een rijbewijs C; een rijbewijs CE is een troef, maar geen vereiste.": the clause after a semicolon is its own.
            var semicolonBefore = text.LastIndexOf(';', Math.Max(0, m.Index - 1), m.Index - start);
            var semicolonAfter = text.IndexOf(';', m.Index, end - m.Index);
            start = semicolonBefore >= start ? semicolonBefore + 1 : start;
            end = semicolonAfter >= 0 ? semicolonAfter : end;
            var sentence = clean[start..end];
            // "Heb ik een rijbewijs nodig?": a question (a FAQ heading) asks, it does not require.
            if (sentence.TrimEnd(' ', '*', '_', '"', '»').EndsWith('?'))
            {
                return false;
            }

            var label = !m.Groups["cat"].Success && !m.Groups["pre"].Success && !sentence.Remove(m.Index - start, m.Length).Any(char.IsLetter);
            return !Preferred().IsMatch(sentence) && !NotRequired().IsMatch(sentence) && !LicenceNotAsked().IsMatch(sentence) && !(label && waived);
        }).ToList();
        return matches.FirstOrDefault(m => m.Groups["cat"].Success || m.Groups["pre"].Success) ?? (matches.Count > 0 ? matches[0] : Match.Empty);
    }

    /// <summary>True when the sentence of this licence mention says it is not asked or only useful (not required).</summary>
    private static bool LicenceWaived(string text, Match m)
    {
        var (start, end) = DocumentView.SentenceBounds(text, m.Index, m.Index + m.Length);
        var sentence = text[start..end];
        return NotRequired().IsMatch(sentence) || LicenceNotAsked().IsMatch(sentence) || Preferred().IsMatch(sentence);
    }

    /// <summary>
    /// "maar we vragen het niet", "wordt niet gevraagd", "is handig", "komt van pas", "is geen must": a thing named as useful,
    /// not asked (said of a licence).
    /// </summary>
    [GeneratedRegex(@"\b(vragen|eisen|verwachten|verplichten)\s+(we|wij)\s+(het|dat|dit|die|hem|je)?\s*niet\b|\b(we|wij)\s+(vragen|eisen|verwachten)\s+(het|dat|dit|die|hem)?\s*niet\b|\b(wordt|worden)\s+niet\s+(gevraagd|geeist|geëist|verwacht)\b|\bniet\s+(gevraagd|geeist|geëist)\b|\b(is|zijn)\s+(handig|nuttig|welkom)\b|\bkomt\s+(goed\s+)?van\s+pas\b|\bgeen\s+must\b", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceNotAsked();

    /// <summary>
    /// A certificate the candidate must hold, named ("Je hebt een geldig brevet Hoger Redder"): in a sentence that requires
    /// it (no preference, no diploma level, no proof to obtain later), else null.
    /// </summary>
    private static Match? CertificateRequired(string text)
    {
        foreach (Match m in Certificate().Matches(text))
        {
            var (start, end) = DocumentView.SentenceBounds(text, m.Index, m.Index + m.Length);
            var sentence = text[start..end];
            if (Possessed().IsMatch(sentence) && !Preferred().IsMatch(sentence) && !NotRequired().IsMatch(sentence) && !DiplomaLevelWord().IsMatch(sentence)
                && !Trainees().IsMatch(sentence))
            {
                return m;
            }
        }

        // "Je hebt een masterdiploma én een getuigschrift preventieadviseur niveau 1": a certificate asked beside the diploma, joined
        // by "én", "en ook", "alsook": the clause after the joint is a requirement of its own, its name in lower case too.
        foreach (Match joint in CertificateJoint().Matches(text))
        {
            var (start, end) = DocumentView.SentenceBounds(text, joint.Index, joint.Index + joint.Length);
            var sentence = text[start..end];
            if (Possessed().IsMatch(sentence) && !Preferred().IsMatch(sentence) && !NotRequired().IsMatch(sentence) && !Trainees().IsMatch(sentence)
                && LowerCaseCertificate().Match(text, joint.Index + joint.Length) is { Success: true } named && named.Index < end
                && !DiplomaLevelWord().IsMatch(text[(joint.Index + joint.Length)..end]))
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// The CEFR level a language line requires of the candidate's Dutch: the level next to "Nederlands", or the line's only
    /// level when it names no other language; null when the level is that of another language ("Frans op niveau B1").
    /// </summary>
    internal static string? DutchLevel(string text)
    {
        var levels = LanguageLevel().Matches(text).ToList();
        if (levels.Count == 0)
        {
            return null;
        }

        var dutch = DutchWord().Matches(text).ToList();
        if (dutch.Count == 0)
        {
            return OtherLanguageWord().IsMatch(text) ? null : levels[0].Value;
        }

        // The level nearest to a mention of Dutch, not separated from it by another language.
        return levels.Select(l => (Level: l, Dutch: dutch.MinBy(d => Gap(d, l))!))
            .Where(x => !OtherLanguageWord().IsMatch(Between(text, x.Level, x.Dutch)))
            .OrderBy(x => Gap(x.Dutch, x.Level)).Select(x => x.Level.Value).FirstOrDefault();
    }

    /// <summary>The characters between two matches.</summary>
    private static int Gap(Match a, Match b) => a.Index < b.Index ? b.Index - (a.Index + a.Length) : a.Index - (b.Index + b.Length);

    private static string Between(string text, Match a, Match b) =>
        a.Index < b.Index ? text[(a.Index + a.Length)..Math.Max(a.Index + a.Length, b.Index)] : text[(b.Index + b.Length)..Math.Max(b.Index + b.Length, a.Index)];

    [GeneratedRegex(@"\bnederlands", RegexOptions.IgnoreCase)]
    private static partial Regex DutchWord();

    [GeneratedRegex(@"\b(frans|engels|duits|tweede landstaal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherLanguageWord();

    /// <summary>A licence code (code 95 / vakbekwaamheid, ADR) in a sentence that requires it (not an asset, not "not required").</summary>
    private static Match? LicenceCodeRequired(string text)
    {
        var clean = WithoutPreferredAsides(text);
        foreach (Match m in LicenceCode().Matches(text))
        {
            var (start, end) = DocumentView.SentenceBounds(text, m.Index, m.Index + m.Length);
            var sentence = clean[start..end];
            if (clean[m.Index] == text[m.Index] && !Preferred().IsMatch(sentence) && !NotRequired().IsMatch(sentence) && !Pluses().IsMatch(sentence))
            {
                return m;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bcode\s?95\b|\b(getuigschrift|certificaat|bewijs)\s+van\s+(beroeps)?vakbekwaamheid|\bvakbekwaamheid\s+(als\s+)?(chauffeur|bestuurder)|(?<adr>\bADR(-|\s)?(certificaat|attest|getuigschrift|opleiding|vergunning)\b|\b(certificaat|attest|getuigschrift)\s+ADR\b)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex LicenceCode();

    [GeneratedRegex(@"pluspunt|troef|meerwaarde|\bvoordeel\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pluses();

    [GeneratedRegex(@"\b(enkel|alleen|uitsluitend)\s+(open\s+)?(voor|toegankelijk\s+voor)\s+(de\s+)?(\w+\s+){0,2}(personeelsleden|medewerkers|werknemers|ambtenaren)\b|\binterne?\s+(bevorderings|selectie|aanwervings|mobiliteits)?procedure\b|\binterne?\s+(bevordering|selectie|vacature|oproep)\b(?!\s+(en|of)\s+extern)|\bbevorderingsprocedure\b|\bniet\s+open\s+voor\s+externe|\bvoorbehouden\s+(aan|voor)\s+(de\s+|onze\s+)?(\w+\s+){0,2}(personeelsleden|medewerkers|werknemers|ambtenaren)\b|\bgeen\s+externe\s+kandidat", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex InternalOnly();

    /// <summary>A line that opens the vacancy to outsiders as well ("intern en extern", "ook externe kandidaten").</summary>
    [GeneratedRegex(@"\b(intern\w*\s+(en|of|als)\s+extern|extern\w*\s+(en|of)\s+intern|ook\s+extern\w*|externe\s+kandidaten\s+(kunnen|mogen|zijn)(?!\s+(niet|geen)\b)|\b(ook|eveneens)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalToo();

    /// <summary>"buiten de EER", "niet-EER-onderdanen": the EEA named to exclude it.</summary>
    [GeneratedRegex(@"\b(buiten|niet|geen|non)\b[\s-]*(de\s+|het\s+|een\s+)?(\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExcludedBefore();

    /// <summary>
    /// The line's text, with the lines the layout wrapped it onto (a line ending without sentence punctuation, continued right
    /// below by a line that starts no item, label or heading) joined by spaces, so that offsets into it are offsets into the line
    /// and on; and the last line it takes in.
    /// </summary>
    internal static (string Text, TextLine Last) Continued(DocumentView view, TextLine line, int maxLines = 3)
    {
        var last = line;
        var text = line.Text;
        for (var k = 1; k < maxLines && line.Index + k < view.Lines.Count; k++)
        {
            var next = view.Lines[line.Index + k];
            if (next.Document != line.Document || next.Start != last.End + 1 || next.IsHeading || next.Section != line.Section
                || !OpenEnd().IsMatch(last.Text.TrimEnd()) || ContinuationRefused().IsMatch(next.Text))
            {
                break;
            }

            text += " " + next.Text;
            last = next;
        }

        return (text, last);
    }

    /// <summary>A citation of [from, to) of a line's <see cref="Continued"/> text, which may run over several lines of the document.</summary>
    internal static Citation CiteAcross(DocumentView view, TextLine line, int from, int to, string whole)
    {
        var raw = whole[from..to];
        var lead = raw.Length - raw.TrimStart().Length;
        var quote = raw.Trim();
        if (quote.StartsWith("- ", StringComparison.Ordinal))
        {
            quote = quote[2..];
            lead += 2;
        }

        return new Citation(view.VacancyId, line.Document.FileName, line.SectionTitle, quote, line.Start + from + lead, line.Start + from + lead + quote.Length);
    }

    /// <summary>A line end where the sentence goes on: a word, a comma, a hyphen.</summary>
    [GeneratedRegex(@"[\p{L}\d,\-–]$")]
    private static partial Regex OpenEnd();

    /// <summary>A line that starts something of its own: a bullet, a numbered item, a label.</summary>
    [GeneratedRegex(@"^\s*(?:[-*•–·▪|]|\d{1,2}\s*[°.)]|[a-z]\)|[\p{L}][\p{L}\d .'/&()-]{0,40}:(?:\s|$))")]
    private static partial Regex ContinuationRefused();

    [GeneratedRegex(@"\bEER\b|economische ruimte|zwitser", RegexOptions.IgnoreCase)]
    private static partial Regex EeaWord();

    [GeneratedRegex(@"\bEU\b|europese unie|lidstaat|\bEU-", RegexOptions.IgnoreCase)]
    private static partial Regex EuWord();

    // "brevet Hoger Redder", "een geldig reddersbrevet: Redder Zwembaden of Hoger Redder, of …": one name, or a list of
    // accepted names after a colon (each one is accepted).
    [GeneratedRegex(@"\b(?<word>(?:\p{Ll}+)?(?:brevet|certificaat|getuigschrift|attest))(?:\s*:\s*|\s+(?:van\s+|als\s+)?)(?<name>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:,?\s+of\s+[^.;]+)?)")]
    private static partial Regex Certificate();

    /// <summary>A joint that adds a certificate to what the sentence asked before it: "én een", "en ook een", "alsook een", "as well as a", "ainsi qu'un".</summary>
    [GeneratedRegex(@"\s(?:én|en\s+ook|en\s+daarnaast|en\s+bovendien|alsook|as\s+well\s+as|and\s+also|ainsi\s+qu(?:e|')|et\s+aussi)\s*(?:een|het|a|an|un|une)?\s+(?=(?:\p{Ll}+)?(?:brevet|certificaat|getuigschrift|attest|certificate|certificat)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CertificateJoint();

    /// <summary>A certificate with its name in any case: "getuigschrift preventieadviseur niveau 1", "attest van kinderbegeleider".</summary>
    [GeneratedRegex(@"\b(?<word>(?:\p{Ll}+)?(?:brevet|certificaat|getuigschrift|attest|certificate|certificat))\s+(?:van\s+|als\s+|de\s+|d'|of\s+)?(?<name>(?!(?:van|als|dat|die|of|en|met|voor)\b)[\p{L}-]{4,}(?:\s+(?:niveau|level|niv\.?)\s+\d|\s+[\p{Lu}\d][\p{L}\d-]*){0,2})", RegexOptions.IgnoreCase)]
    private static partial Regex LowerCaseCertificate();

    [GeneratedRegex(@"\bje hebt\b|\bheb je\b|in het bezit|beschik|houder van|\bvereist\b|\bmoet\b|\bdien\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Possessed();

    [GeneratedRegex(@"bachelor|master|secundair|graduaat|hoger onderwijs|\bEVC|taal", RegexOptions.IgnoreCase)]
    private static partial Regex DiplomaLevelWord();

    /// <summary>Candidates still in training for a certificate admitted on condition of obtaining it (by a date).</summary>
    [GeneratedRegex(@"\b(volg|volgt|ingeschreven)\b[^.?!]{0,60}\b(opleiding|cursus)\b[^.]{0,80}?\b(op voorwaarde dat|mits)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trainees();

    /// <summary>The date by which final-year students must hold the diploma (ISO), when the line gives one after the students cue.</summary>
    private static (string? Date, int End) StudentsDate(ExtractionContext ctx, TextLine line, Match cue)
    {
        var m = DiplomaBy().Match(line.Text, cue.Index);
        if (!m.Success)
        {
            return (null, -1);
        }

        var (_, end) = DocumentView.SentenceBounds(line.Text, m.Index, m.Index + m.Length);
        var date = ctx.DatesOn(line).FirstOrDefault(d => d.Start >= m.Index && d.Start < end && d.Date is not null);
        if (date?.Date is not { } day)
        {
            return (null, -1);
        }

        // "vóór 1 juli" means the last day is 30 June; "ten laatste op 30 juni" is that day itself.
        var lastDay = m.Groups["before"].Success ? day.AddDays(-1) : day;
        return (lastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    [GeneratedRegex(@"(beha+l\w*|afronden|afgerond|hebben|in het bezit)[^.?!]{0,40}?((?<before>vóór|voor)|tegen|ten laatste|uiterlijk|op)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex DiplomaBy();

    [GeneratedRegex(@"burger (van|uit) (de|een lidstaat van de) (europese unie|EER\b|europese economische ruimte)|nationaliteit (hebben |bezitten )?van een land van de (EU|EER|europese)|eu-burger|\b(EU|EER)-?(onderdaan|burger)|\bBelg\s+(of|en)\s+(EU|EER)|onderdaan van (een|de) (EU|EER)-?lidstaat|nationaliteit van een (EU|EER)-?(lid)?staat|onderdaan (zijn )?van (de |een lidstaat van de )?(eer|europese economische ruimte|europese unie|eu)\b|belg zijn|belgische nationaliteit|nationaliteit van een (lid)?staat|\b(je bent|u bent|ben je|bent u|jij bent) (een )?belg\b|\bbelgisch(e)? (staatsburger|onderdaan)|\bbelgian (nationality|citizen(ship)?)\b|\bnationalit[eé] belge|\b[eê]tre belge\b|\bvous [eê]tes belge\b", RegexOptions.IgnoreCase)]
    private static partial Regex Nationality();

    [GeneratedRegex(@"geen nationaliteitsvereiste|geen (voorwaarde|vereiste)n? (inzake|qua|over|van) nationaliteit|nationaliteit (speelt )?geen rol|ongeacht (je|uw|de|hun) nationaliteit|alle nationaliteiten (zijn )?welkom|\b(staat|staan|is|zijn)\s+(\w+\s+)?open\s+(voor|aan)\s+(kandidaten\s+(van|met)\s+)?(alle|elke|iedere)\s+nationaliteit(en)?\b|er (geldt|is) geen nationaliteitsvoorwaarde|\bgeen\s+(bijzondere\s+|specifieke\s+)?nationaliteits(voorwaarde|vereiste|eis)n?\b(?!\s+(voor|behalve|tenzij)\b)|\b(hoef|hoeft|hoeven|moet|moeten|dient|dienen)\s+(je|u|jij|ze|zij|kandidaten)?\s*niet\s+(over\s+)?(de|een)\s+(belgische|europese)\s+nationaliteit|\bniet\s+(noodzakelijk|vereist|nodig)\s+(om\s+)?(de|een)\s+(belgische|europese)\s+nationaliteit|(belgische|europese)\s+nationaliteit\s+(is\s+)?(niet|geen)\s+(vereist|nodig|noodzakelijk|voorwaarde)", RegexOptions.IgnoreCase)]
    private static partial Regex NoNationality();

    [GeneratedRegex(@"belgische|europese", RegexOptions.IgnoreCase)]
    private static partial Regex NotBelgianOnly();

    [GeneratedRegex(@"\bEU\b|europese (unie|economische ruimte)|\bEER\b|lidstaat|zwitser|onderdaan", RegexOptions.IgnoreCase)]
    private static partial Regex WiderNationality();

    [GeneratedRegex(@"zwitser", RegexOptions.IgnoreCase)]
    private static partial Regex Swiss();

    /// <summary>Final-year students admitted (on condition of having the diploma by a date).</summary>
    [GeneratedRegex(@"laatstejaars|student(en)? (die )?in (het|hun|je) laatste jaar|laatste (opleidings)?jaar van (je|hun|de|uw) (opleiding|studies)|\b(zit|zitten|ben|bent|zijn) (je|u|jij|ze|zij)? ?in (je|jouw|uw|hun|het) laatste (studie|opleidings)?jaar( van (het |de |je )?)?( \p{L}+){0,2} (onderwijs|opleiding|studies|secundair|bachelor|master)|(diploma|studies) (behalen|afronden|hebben behaald) (ten laatste |uiterlijk )?(tegen|op|voor|vóór)", RegexOptions.IgnoreCase)]
    private static partial Regex Students();

    /// <summary>
    /// "Een rijbewijs is niet vereist", "je hebt geen rijbewijs nodig", "Ervaring: niet vereist": the opposite of a requirement
    /// (no general requirement is read from it, and it is no requirement sentence left unread either).
    /// </summary>
    [GeneratedRegex(@"(is|zijn) niet (vereist|nodig|verplicht)|^\W*\p{L}[\p{L} /-]{1,30}?\s*(:|\s[–-])\s*(niet|geen)\s+(vereist|nodig|verplicht|noodzakelijk)\b|\b(is|zijn) (ervaring|werkervaring|een diploma) niet (vereist|nodig|verplicht)\b|\bmaar niet (vereist|nodig|verplicht|noodzakelijk)\b|\bgeen (vereiste|voorwaarde)\b|\bhoef je niet\b|\bgeen [\p{L} ]{0,20}nodig\b", RegexOptions.IgnoreCase)]
    internal static partial Regex NotRequired();

    [GeneratedRegex(@"bij voorkeur|mooi meegenomen|is een (pluspunt|troef|meerwaarde)|strekt tot aanbeveling|een pluspunt", RegexOptions.IgnoreCase)]
    private static partial Regex Preferred();

    [GeneratedRegex(@"onberispelijk gedrag|gedrag (vertonen )?dat in overeenstemming is|uittreksel uit het strafregister|bewijs van goed gedrag|blanco strafregister|strafregister zonder (veroordeling|vermelding)|\bblanco uittreksel|casier judiciaire vierge|clean criminal record", RegexOptions.IgnoreCase)]
    private static partial Regex Conduct();

    [GeneratedRegex(@"596[.,]?\s*(lid|al\.?)?\s*2|596\.2|minderjarigen", RegexOptions.IgnoreCase)]
    private static partial Regex Art5962();

    [GeneratedRegex(@"596[.,]?\s*(lid|al\.?)?\s*1\b|596\.1", RegexOptions.IgnoreCase)]
    private static partial Regex Art5961();

    [GeneratedRegex(@"algemeen model|\b595\b", RegexOptions.IgnoreCase)]
    private static partial Regex Art595();

    [GeneratedRegex(@"niet ouder (?:is |zijn )?dan (?<n>\d+|" + DutchNumbers.WordPattern + @")\s*maand", RegexOptions.IgnoreCase)]
    private static partial Regex MaxAge();

    [GeneratedRegex(@"burgerlijke en politieke rechten", RegexOptions.IgnoreCase)]
    private static partial Regex CivilRights();

    /// <summary>
    /// A minimum age: an age of 14 to 25 years with an age word ("oud", "ouder", "leeftijd") or after "minstens/minimum"
    /// in a sentence about being ("je bent", "zijn"); never years of experience or service ("minstens 18 jaar ervaring").
    /// </summary>
    internal static Match? MinimumAge(string text)
    {
        foreach (var m in new[] { AgeWithAgeWord().Match(text), AgeAtLeast().Match(text) })
        {
            if (m.Success && !NotAnAge().IsMatch(text[(m.Index + m.Length)..]))
            {
                return m;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:minimum|minimale\s+)?leeftijd\s*(?:van|:|is|bedraagt)?\s*(?:minstens|minimum|minimaal|ten\s*minste)?\s*(?<n>1[4-9]|2[0-5])\s*jaar|\b(?<n>1[4-9]|2[0-5])\s*jaar\s+(?:oud|of\s+ouder)\b|\bouder\s+dan\s+(?<n>1[4-9]|2[0-5])\s*jaar", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AgeWithAgeWord();

    [GeneratedRegex(@"\b(?:je\s+bent|ben\s+je|u\s+bent|bent\s+u|moet\s+je|zijn)\s+(?:al\s+)?(?:minstens|minimum|minimaal|ten\s*minste)\s+(?<n>1[4-9]|2[0-5])\s*jaar\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AgeAtLeast();

    [GeneratedRegex(@"^\s*(?:\(\w+\)\s*)?(?:relevante\s+|nuttige\s+|beroeps|werk|leidinggevende\s+)?(?:ervaring|anci|dienst|in\s+dienst|werkzaam|actief|tewerkgesteld|graad|niveau|loopbaan)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnAge();

    [GeneratedRegex(@"medisch geschikt|lichamelijk geschikt|medische geschiktheid", RegexOptions.IgnoreCase)]
    private static partial Regex Medical();

    [GeneratedRegex(@"(?:\b(?<pre>C1E|CE|BE|C1|D1|DE|B|C|D)[- ]?rijbewijs|rijbewijs(?:\s*:)?(?:\s+(?:van\s+)?(?:de\s+)?(?:categorie|type|cat\.))?\s*(?<cat>C1E|CE|BE|C1|D1|DE|B|C|D)?)\b(?!\s*(volstaat\s+niet|is\s+onvoldoende|is\s+niet\s+voldoende|alleen\s+volstaat\s+niet))", RegexOptions.IgnoreCase)]
    private static partial Regex Licence();

    [GeneratedRegex(@"taalkennis|taalvereiste|kennis van het nederlands|taalrol|tweede landstaal|taalattest|taalbekwaamheid|taalcertificaat|nederlands (moet|dient|kan) (je )?(blijken|aantonen|bewijzen)|\bERK\b|europees referentiekader|taalniveau|\bnederlands\b[^.;]{0,40}\bniveau\s+[ABC][12]\b|\bniveau\s+[ABC][12]\b[^.;]{0,40}\bnederlands", RegexOptions.IgnoreCase)]
    private static partial Regex Language();

    [GeneratedRegex(@"\b(A1|A2|B1|B2|C1|C2)\b")]
    private static partial Regex LanguageLevel();

    [GeneratedRegex(@"slag(en|en) voor (het|de) (aanwervingsexamen|selectieprocedure|selectie|examen|selectieproeven)", RegexOptions.IgnoreCase)]
    private static partial Regex Exam();

    [GeneratedRegex(@"buitenland behaalde diploma|buitenlands diploma|gelijkwaardigheid|naric", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDiploma();

    [GeneratedRegex(@"\b(verblijfs?|arbeids|werk)(vergunning|toelating|kaart)|\bverblijfs?-?\s*(en|of)\s+arbeids\w+|gecombineerde vergunning|single permit", RegexOptions.IgnoreCase)]
    private static partial Regex WorkPermit();
}
