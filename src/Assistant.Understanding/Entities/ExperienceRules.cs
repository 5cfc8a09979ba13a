using System.Text.RegularExpressions;
using Assistant.Core.Text;
using Assistant.Tools.Profile;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// Years of experience with their kind: "3 jaar relevante ervaring" → (3, relevant); "15 jaar in de privésector" →
/// (15, private); "2 jaar ervaring als managementassistent" → (2, "domain:managementassistent"); "18 maanden" → 1.5;
/// "nog geen werkervaring" → (0, any); "bijna 2 jaar" is a month less than 2 years. Seniority ("12 jaar anciënniteit"), ages and durations of other things are skipped.
/// </summary>
internal static partial class ExperienceRules
{
    /// <summary>"I've been driving trucks for", "ik werk al", "je travaille depuis": a period of work, whatever the work.</summary>
    [GeneratedRegex(@"\b(i ' ?ve been|i have been|i ' ?m|i am) \w+ing\b.*\bfor $|\b(worked|working|work|werk|werkte|gewerkt|travaille|travaillé)\b.*\b(for|al|sinds|depuis|pendant) $", RegexOptions.CultureInvariant)]
    private static partial Regex WorkedFor();

    [GeneratedRegex(@"\b(sta|staat|stond|stonden|gestaan)\b(?:\s+\w+)?\s+(al|sinds|reeds)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StoodIn();

    [GeneratedRegex(@"\b(werkloos\w*|wachtlijst|reserve|school|opleiding|les|ziekenhuis als patient|file|ingeschreven|vdab)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotAWorkplace();

    private static readonly HashSet<string> NotExperienceBefore = new(StringComparer.Ordinal)
    {
        "na", "after", "apres", "binnen", "within", "over", "dans", "geldig", "valid", "valable", "reserve", "age", "leeftijd",
    };

    private static readonly HashSet<string> NotExperienceAfter = new(StringComparer.Ordinal)
    {
        "ancienniteit", "anciennete", "seniority", "geleden", "ago", "oud", "old", "geldig", "valid", "lang", "dienstanciënniteit",
        "niveauanciënniteit", "niveauancienniteit", "dienstancienniteit", "graadancienniteit", "schaalancienniteit",
    };

    private static readonly HashSet<string> AlmostWords = new(StringComparer.Ordinal)
    {
        "bijna", "nagenoeg", "almost", "nearly", "presque", "quasi", "pratiquement",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "met", "in", "als", "bij", "binnen", "rond", "op", "with", "as", "at", "within", "dans", "comme", "avec", "chez", "en", "au", "aux", "sur",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "the", "a", "an", "la", "le", "les", "l'", "du", "des", "d'", "un", "une", "mijn", "my", "mon", "ma",
    };

    public static List<ExperienceEntry> Find(RuleText t, bool[] maskedWords, Func<string, bool> isPlace)
    {
        var entries = new List<ExperienceEntry>();
        foreach (Match m in ExperienceKinds.NoExperience().Matches(t.Text))
        {
            var from = t.WordAt(m.Index);
            var to = t.WordBefore(m.Index + m.Length);
            var kind = m.Groups["lead"].Success ? "leadership"
                : ExperienceKinds.Find(" " + m.Groups["q"].Value + WordWindow.Window(t, to + 1, Math.Min(t.Words.Length, to + 6))) ?? "any";
            entries.Add(new ExperienceEntry(0, kind, t.Quote(from, to)));
            WordWindow.Mask(maskedWords, from, to);
        }

        var w = t.Words;
        var previousExperienceSentence = -1;
        for (var i = 0; i + 1 < w.Length; i++)
        {
            if (!t.Tokens[t.Sources[i]].IsNumber && NumberWords.Digits(w[i]) is null)
            {
                continue;
            }

            var isYears = ExperienceWindows.YearUnits.Contains(w[i + 1]);
            if (!isYears && !ExperienceWindows.MonthUnits.Contains(w[i + 1]) || NumberWords.Digits(w[i]) is not { } value || (i > 0 && w[i - 1] == "/"))
            {
                continue;
            }

            var sentence = WordWindow.SentenceStart(t, i);
            // "Ervaring in grondwerken: 4 jaar", "Werkervaring: 6 jaar": the label before a colon says what the years are.
            var label = i - sentence <= 1 && sentence > 1 && w[sentence - 1] == ":" ? WordWindow.SentenceStart(t, sentence - 1) : -1;
            var leftFrom = label >= 0
                ? Math.Max(Math.Max(label, ExperienceWindows.PreviousNumberEnd(t, i, label)), i - 8)
                : Math.Max(Math.Max(sentence, ExperienceWindows.PreviousNumberEnd(t, i, sentence)), i - 7);
            var rightTo = ExperienceWindows.RightEnd(t, i + 2);
            if ((i > 0 && NotExperienceBefore.Contains(w[i - 1])) || (i + 2 < w.Length && NotExperienceAfter.Contains(w[i + 2]))
                || (i + 3 < w.Length && NotExperienceAfter.Contains(w[i + 3]) && w[i + 2] != "ervaring"))
            {
                continue;
            }

            var left = WordWindow.Window(t, leftFrom, i);
            var right = WordWindow.Window(t, i + 2, rightTo);
            // "ik leidde 3 jaar een ploeg": the leading verb and its team may stand on either side of the years.
            var kind = ExperienceKinds.Find(right) ?? ExperienceKinds.Find(left) ?? (ExperienceKinds.Find(left + " " + right) is "leadership" ? "leadership" : null);
            // Years of leading a team are experience even without the word "ervaring".
            var hasWord = kind == "leadership" || ExperienceWindows.HasExperienceWord(t, leftFrom, i) || ExperienceWindows.HasExperienceWord(t, i + 2, rightTo)
                || WorkedFor().IsMatch(left);
            var sameSentenceAsPrevious = previousExperienceSentence == sentence;
            // "3 jaar vrijwilligerswerk bij …", "4 years of volunteering", "2 ans de bénévolat": years of volunteering, kept in
            // the words (paid experience is checked against them).
            var volunteering = i + 2 < w.Length && VolunteerWork().IsMatch(WordWindow.Window(t, i + 2, Math.Min(w.Length, i + 5)));
            hasWord |= volunteering;
            // "4 years in road construction", "3 jaar in de thuiszorg": years in a named work sector are experience.
            hasWord |= i + 2 < w.Length && w[i + 2] is "in" or "als" or "as" or "comme" or "dans" && Assistant.Tools.Eligibility.Sectors.Of(right).Count > 0;
            // "ik sta al 4 jaar in een boekhandel", "ze stond 6 jaar achter de toog": years standing in a named workplace are work there.
            hasWord |= i + 3 < w.Length && w[i + 2] is "in" or "achter" && StoodIn().IsMatch(left) && !NotAWorkplace().IsMatch(right);
            // "7 ans comme fonctionnaire", "5 jaar als verpleegkundige", "6 years as a nurse": years in a role held.
            hasWord |= i + 3 < w.Length && w[i + 2] is "als" or "as" or "comme" && RoleWord(Articles.Contains(w[i + 3]) && i + 4 < w.Length ? w[i + 4] : w[i + 3]) && w[i + 3] is not ("student" or "etudiant" or "etudiante" or "jobstudent");
            // "Ik ben 15 jaar zelfstandig advocaat geweest", "Ik was 5 jaar zelfstandig onthaalouder", "I have been self-employed for
            // 15 years": a past role of a named sector. "12 jaar gereden voor een transportbedrijf": years spent for an employer of a named sector.
            var pastRole = ExperienceKinds.IsStrong(kind) && WordWindow.Window(t, sentence, WordWindow.SentenceEnd(t, i)) is var whole
                && (whole.Contains(" geweest ", StringComparison.Ordinal) || whole.Contains(" been ", StringComparison.Ordinal) || whole.Contains(" ete ", StringComparison.Ordinal)
                    || whole.Contains(" ik was ", StringComparison.Ordinal) || whole.Contains(" i was ", StringComparison.Ordinal)
                    || ForAnEmployer().IsMatch(right));
            // "4 jaar vrachtwagenchauffeur bij een transportfirma", "6 years nurse at a hospital": a job title held for years at an
            // employer is experience in that job, read as its domain.
            // "3 jaar voltijds chauffeur bij een transportfirma": the working time before the title is no title of its own.
            string? roleAtEmployer = null;
            var titleAt = i + 3 < w.Length && WorkingTime.Contains(w[i + 2]) && RoleWord(w[i + 3]) ? i + 3 : i + 2;
            if (kind is null && !hasWord && titleAt + 1 < w.Length && RoleWord(w[titleAt]) && ForAnEmployer().IsMatch(" " + WordWindow.Window(t, titleAt, rightTo).TrimStart()))
            {
                roleAtEmployer = w[titleAt];
                kind = "domain:" + roleAtEmployer;
                hasWord = true;
            }

            // "3 jaar freelance vertaler", "6 jaar voltijds laborant in een labo", "1 jaar leerkracht geweest", "5 years nurse at a
            // clinic": a job title (a noun of a person's trade) held for years, after at most one word of working time or status.
            // A kind read around it ("freelance" is self-employed, "private clinic" the private sector) stays the kind.
            var roleAt = i + 2;
            if (!hasWord && kind is not "leadership" && TitleAfterYears(w, i + 2) is { } title)
            {
                roleAt = title;
                roleAtEmployer = w[title];
                kind ??= "domain:" + roleAtEmployer;
                hasWord = true;
            }

            // "4 jaar projectmanagement", "6 years of project management", "5 ans de gestion de projets", "3 jaar klantenonthaal":
            // years of a named work activity are experience in it, even without the word "ervaring" (not years of study or training).
            if (kind is null && !hasWord && ActivityAfterYears(w, i + 2) is { } activity && WordWindow.Window(t, sentence, WordWindow.SentenceEnd(t, i)) is var said && !Study().IsMatch(" " + said + " ") && !NotAWorkplace().IsMatch(said) && !Course().IsMatch(said))
            {
                kind = "domain:" + activity;
                hasWord = true;
            }

            // "4 jaar bij een studiebureau", "3 years at a bank", "2 ans chez un garagiste": years at a workplace.
            if (kind is null && !hasWord && i + 4 < w.Length && w[i + 2] is "bij" or "at" or "chez" && Articles.Contains(w[i + 3]) && char.IsLetter(w[i + 4][0])
                && !NotAWorkplace().IsMatch(right) && !Lived().IsMatch(WordWindow.Window(t, sentence, WordWindow.SentenceEnd(t, i))))
            {
                hasWord = true;
            }

            if (!hasWord && !pastRole && !(ExperienceKinds.IsStrong(kind) && (sameSentenceAsPrevious || ExperienceWindows.HasExperienceWord(t, sentence, WordWindow.SentenceEnd(t, i)) || left.Contains(" al ", StringComparison.Ordinal)
                || left.Contains(" sinds ", StringComparison.Ordinal) || left.Contains(" depuis ", StringComparison.Ordinal)
                || left.Contains(" for ", StringComparison.Ordinal))) && !(sameSentenceAsPrevious && i + 2 < w.Length && Prepositions.Contains(w[i + 2])))
            {
                continue;
            }

            var (phraseFrom, phraseTo) = DomainPhrase(t, i + 2, rightTo, isPlace);
            if (phraseFrom < 0 && label >= 0)
            {
                (phraseFrom, phraseTo) = DomainPhrase(t, label, sentence - 1, isPlace);
            }

            var years = isYears ? value : Math.Round(value / 12m, 2);
            if (i > 0 && AlmostWords.Contains(w[i - 1]))
            {
                // "bijna 2 jaar" is less than 2 years: one month less, never rounded up to the requirement.
                years = Math.Max(0, Math.Round(years - (1m / 12m), 2));
            }

            string? description = null;
            if (phraseFrom >= 0)
            {
                // Keep "relevante" with a sector: "relevante ervaring in de privésector" (caps may count relevant years only).
                description = ExperienceKinds.Find(WordWindow.Window(t, i + 2, phraseFrom)) == "relevant"
                    ? t.Quote(i + 2, phraseTo)
                    : t.Quote(phraseFrom, phraseTo);
                if (kind is null)
                {
                    var first = phraseFrom + 1;
                    while (first <= phraseTo && Articles.Contains(w[first]))
                    {
                        first++;
                    }

                    kind = first <= phraseTo ? "domain:" + t.Quote(first, phraseTo) : null;
                }
            }
            else if (roleAtEmployer is not null)
            {
                description = t.Quote(roleAt, roleAt);
            }
            else if (ExperienceWindows.LastExperienceWord(t, i + 2, rightTo) is var last and >= 0 && last > i + 2)
            {
                description = t.Quote(i + 2, last);
            }

            if (volunteering)
            {
                // The volunteering word itself stays in the words, with the place after it: "vrijwilligerswerk bij de heemkundige kring".
                description = t.Quote(i + 2, Math.Max(phraseTo, Math.Min(WordWindow.SentenceEnd(t, i) - 1, i + 3)));
            }

            // "10 jaar ervaring, waarvan 2 jaar als ploegbaas", "of which 3 as a supervisor", "dont 2 ans comme chef": the part is
            // inside the years said before it, so the whole keeps its total and the part its own kind.
            if (sameSentenceAsPrevious && PartOfWhole(w, i) && entries.Count > 0 && entries[^1].Years > years && years > 0)
            {
                entries[^1] = entries[^1] with { Years = entries[^1].Years - years, Besides = kind ?? "any" };
            }

            // "6 jaar als laborant, tot 2015", "until 2019", "jusqu'en 2014": the year the work ended, said in the same sentence.
            var ended = EndedIn().Match(WordWindow.Window(t, sentence, WordWindow.SentenceEnd(t, i)));
            entries.Add(new ExperienceEntry(years, kind ?? "any", description)
            {
                Until = ended.Success ? int.Parse(ended.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                // "8 jaar halftijds als laborant", "6 years at 50%", "5 ans à mi-temps": the share of full time, near the years.
                Share = WorkingShare.Read(WordWindow.Window(t, Math.Max(sentence, i - 4), Math.Min(WordWindow.SentenceEnd(t, i), i + 12))),
                Employer = EmployerAfter(t, i + 2, WordWindow.SentenceEnd(t, i)),
            });
            WordWindow.Mask(maskedWords, i, Math.Max(phraseTo, i + 1));
            previousExperienceSentence = sentence;
        }

        ElidedParts(t, maskedWords, entries);
        JobTitleYears(t, maskedWords, entries);
        YearSpans(t, maskedWords, entries);
        return entries;
    }

    /// <summary>
    /// Work over a span of calendar years: "I worked as a legal adviser from 2012 to 2016", "van 2015 tot 2019 werkte ik als
    /// boekhouder", "j'ai travaillé comme infirmière de 2010 à 2014", "2016-2020: bediende bij een bank". The years between
    /// the two are the experience (end minus start); the role after "als"/"as"/"comme", when named, is its kind. A sentence
    /// without a word of working (a study, a stay abroad) is no experience.
    /// </summary>
    private static void YearSpans(RuleText t, bool[] maskedWords, List<ExperienceEntry> entries)
    {
        foreach (Match m in YearSpan().Matches(t.Text))
        {
            var start = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var end = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var from = t.WordAt(m.Index);
            var to = t.WordBefore(m.Index + m.Length);
            if (end <= start || end - start > 45 || from < 0 || to < from || maskedWords[from])
            {
                continue;
            }

            // The clause of the span: "I worked as a legal adviser from 2012 to 2016, since then I've been a school teacher" reads
            // the first clause only.
            var clauseFrom = WordWindow.SentenceStart(t, from);
            for (var k = from - 1; k > clauseFrom; k--)
            {
                if (t.Words[k] == ",")
                {
                    clauseFrom = k + 1;
                    break;
                }
            }

            var clauseTo = WordWindow.SentenceEnd(t, to);
            for (var k = to + 1; k < clauseTo; k++)
            {
                if (t.Words[k] == ",")
                {
                    clauseTo = k;
                    break;
                }
            }

            var sentence = WordWindow.Window(t, clauseFrom, clauseTo);
            if (!WorkWord().IsMatch(sentence) || NotAWorkplace().IsMatch(sentence) || Study().IsMatch(sentence))
            {
                continue;
            }

            var role = RoleAfterAs().Match(sentence);
            var kind = role.Success ? "domain:" + role.Groups["role"].Value.Trim() : "any";
            entries.Add(new ExperienceEntry(end - start, kind, t.Quote(from, to)) { Until = end });
            WordWindow.Mask(maskedWords, from, to);
        }
    }

    /// <summary>
    /// The work activity named right after a number of years ("projectmanagement", "of project management", "de gestion de
    /// projets", "d'enseignement"), or null: a noun of an activity by its ending or a listed word, never a study or a stay.
    /// </summary>
    private static string? ActivityAfterYears(string[] w, int from)
    {
        var k = from;
        if (k < w.Length && w[k] is "of" or "de" or "d" or "d'" or "van")
        {
            k++;
        }

        if (k < w.Length && w[k] == "'")
        {
            k++;
        }

        if (k >= w.Length || !ActivityNoun().IsMatch(w[k]) || NotAnActivity().IsMatch(w[k]))
        {
            return null;
        }

        // "project management", "gestion de projets": the next word belongs to the activity when it is a noun of it.
        var end = k;
        if (end + 1 < w.Length && (ActivityNoun().IsMatch(w[end + 1]) || (w[end] is "gestion" or "coordination" or "suivi" && end + 2 < w.Length && w[end + 1] is "de" or "des" && char.IsLetter(w[end + 2][0]))))
        {
            end = w[end + 1] is "de" or "des" ? end + 2 : end + 1;
        }

        return string.Join(' ', w[k..(end + 1)]);
    }

    // Dutch compounds of an activity (…management, …beheer, …onderhoud, …begeleiding, …boekhouding, …verkoop, …onthaal), English
    // "-ing" and "management/administration/maintenance/sales/care", French "gestion/enseignement/comptabilité/entretien/…".
    [GeneratedRegex(@"^(\w*(management|beheer|onderhoud|begeleiding|boekhouding|administratie|verkoop|onthaal|coordinatie|planning|ontwikkeling|programmering|verpleging|opvang|zorg|preventie|onderzoek|advies|communicatie|behandeling|bemiddeling|aanleg|bouw|techniek|logistiek|schoonmaak|poetswerk|bewaking|animatie|coaching|consultancy|lesgeven)|project|\w{3,}ing|administration|maintenance|sales|care|accounting|gestion|enseignement|comptabilite|entretien|soins|secretariat|conseil|developpement|programmation|animation|accueil|recherche|nettoyage|surveillance|encadrement|coordination|vente|maintenance|management|logistique|projets?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ActivityNoun();

    [GeneratedRegex(@"\b(gevolgd|cursus|cursussen|lessen|avondonderwijs|course|courses|classes|took|suivi|suivis)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Course();

    // Not work: a study, a training, a stay, a life event ("4 years of training", "3 jaar opleiding", "2 ans de formation").
    [GeneratedRegex(@"^(training|studying|schooling|learning|being|living|nothing|something|everything|during|morning|evening|wedding|opleiding|studie|formation|etudes?|cours|mariage|retraite|chomage|thing|king|ring|spring|string|woning|regering|vergadering|verzekering)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAnActivity();

    [GeneratedRegex(@" (?:(?:from|van|vanaf|de|between|tussen|entre) )?(?<a>(?:19|20)\d\d) (?:(?:to|until|till|tot|en|and|a|et|-|–|—|through|t/m|tot en met) )(?<b>(?:19|20)\d\d) ", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"^ (of |de )?(vrijwilligerswerk|volunteering|volunteer work|benevolat)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VolunteerWork();

    [GeneratedRegex(@"\b(tot|until|till|jusqu ' ?(en|a|au)|jusque) (eind |einde |end of |fin |in )?(?<y>(19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EndedIn();

    [GeneratedRegex(@" (studied|study|studying|studeerde|studeer|gestudeerd|studie|studies|student|etudie|etudiais|etudes|etudiant|etudiante) ", RegexOptions.CultureInvariant)]
    private static partial Regex Study();

    // Working, or running something ("ik leidde een labo", "I managed a shop", "je dirigeais un service"), or a role held ("als boekhouder").
    [GeneratedRegex(@" (worked|work|working|employed|job|gewerkt|werkte|werkten|werk|werkzaam|tewerkgesteld|in dienst|travaille|travaillais|employe|employee|emploi|boulot|job|leidde|leidden|beheerde|coordineerde|managed|led|ran|coordinated|dirigeais|dirige|gerais) | (als|as|comme) (een |a |an |un |une )?[a-z-]{4,}", RegexOptions.CultureInvariant)]
    private static partial Regex WorkWord();

    [GeneratedRegex(@" (?:as|als|comme) (?:(?:a|an|the|een|de|un|une) )?(?<role>[a-z-]+(?: [a-z-]+)?) (?=from|van|vanaf|de|between|tussen|entre|in|at|bij|chez|\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RoleAfterAs();

    /// <summary>
    /// Years in a job named by its title, without the word "ervaring" or a verb of working: "ik ben al 6 jaar magazijnier",
    /// "ik ben kok sinds 3 jaar", "je suis aide-soignante depuis 5 ans", "I've been a bus driver for 7 years"; also as a
    /// volunteer ("ik ben al 5 jaar vrijwillig trainer", "a volunteer youth coach"), kept in the description. A state that is
    /// no job ("getrouwd", "werkloos", "au chômage", "in Belgium", an age) and a negated statement ("geen 5 jaar kok") are skipped.
    /// </summary>
    private static void JobTitleYears(RuleText t, bool[] maskedWords, List<ExperienceEntry> entries)
    {
        foreach (Match m in JobTitleFor().Matches(t.Text))
        {
            var n = m.Groups["n"];
            var at = t.WordAt(n.Index);
            if (at < 0 || at >= maskedWords.Length || maskedWords[at] || NumberWords.Digits(t.Words[at]) is not { } value || value <= 0 || value > 50)
            {
                continue;
            }

            var role = m.Groups["r"];
            var from = t.WordAt(role.Index);
            var to = t.WordBefore(role.Index + role.Length);
            var words = new List<string>();
            var volunteer = m.Groups["v"].Success;
            for (var k = from; k <= to && k < t.Words.Length; k++)
            {
                var word = t.Words[k];
                if (VolunteerWords.Contains(word))
                {
                    volunteer = true;
                    continue;
                }

                if (word == "-" || Articles.Contains(word))
                {
                    continue;
                }

                if (!char.IsLetter(word[0]) || Prepositions.Contains(word) || NotAJob.Contains(word) || Countries.Classify(word) is not null
                    || NotExperienceAfter.Contains(word) || NotARole.Contains(word) || StopWords.ExperiencePhraseEnd.Contains(word))
                {
                    words.Clear();
                    break;
                }

                words.Add(word);
            }

            if (words.Count == 0 || words.All(w => w.Length < 4) || m.Groups["neg"].Success)
            {
                continue;
            }

            var years = m.Groups["u"].Value.StartsWith('m') ? Math.Round(value / 12m, 2) : value;
            var quoteFrom = Math.Min(from, at);
            var quoteTo = Math.Max(to, at + 1);
            // "… trainer als vrijwilliger", "(vrijwilliger)": the volunteer words right after the role stay in the description.
            var end = WordWindow.SentenceEnd(t, to);
            for (var k = to + 1; k <= Math.Min(end, to + 4) && k < t.Words.Length; k++)
            {
                if (VolunteerWords.Contains(t.Words[k]))
                {
                    volunteer = true;
                    quoteTo = Math.Max(quoteTo, k);
                }
            }

            var description = t.Quote(from, to);
            if (volunteer && !description.Split(' ', '-', '(', ')').Any(w => VolunteerWords.Contains(TextFolding.Fold(w))))
            {
                description += " (" + (Quoted(t, m.Groups["v"]) ?? t.Quote(to + 1, quoteTo)) + ")";
            }

            var entry = new ExperienceEntry(years, "domain:" + string.Join(' ', words), description);
            // "5 jaar data-analist, waarvan 2 jaar teamlead": the part, read already, lies inside this whole; the whole goes just
            // before it and keeps only the rest of its years, as a whole said with "ervaring" does (never counted twice).
            var partAt = m.Groups["p"].Success && NumberWords.Digits(m.Groups["p"].Value) is { } part && part < value
                ? entries.FindIndex(e => e.Years == part && e.Besides is null) : -1;
            if (partAt >= 0)
            {
                entries.Insert(partAt, entry with { Years = years - entries[partAt].Years, Besides = entries[partAt].Kind });
            }
            else if (m.Groups["p"].Success)
            {
                continue;
            }
            else
            {
                entries.Add(entry);
            }

            WordWindow.Mask(maskedWords, quoteFrom, quoteTo);
        }
    }

    private static string? Quoted(RuleText t, Group g) =>
        g.Success ? t.Quote(t.WordAt(g.Index), t.WordBefore(g.Index + g.Length)) : null;

    private static readonly HashSet<string> VolunteerWords = new(StringComparer.Ordinal)
    {
        "vrijwillig", "vrijwilliger", "vrijwilligster", "volunteer", "voluntary", "benevole", "benevoles",
    };

    /// <summary>States and places that follow "ik ben … jaar" / "je suis … depuis" / "I've been … for" without being a job.</summary>
    private static readonly HashSet<string> NotAJob = new(StringComparer.Ordinal)
    {
        "getrouwd", "gehuwd", "samen", "samenwonend", "gescheiden", "weduwe", "weduwnaar", "ziek", "thuis", "hier", "daar", "bezig", "oud", "jong",
        "married", "divorced", "ill", "sick", "here", "there", "living", "away", "abroad", "retired", "marie", "mariee", "divorce", "divorcee",
        "malade", "ici", "la", "retraite", "pensioen", "gepensioneerd", "moeder", "vader", "mama", "papa", "mother", "father", "mere", "pere",
        "afgestudeerd", "graduated", "diplome", "diplomee", "ingeschreven", "registered", "inscrit", "inscrite", "op", "aan", "niet", "geen",
        "not", "pas", "jaar", "years", "year", "ans", "an", "belg", "belgian", "belge", "zo", "so", "si", "ook", "also", "aussi", "al", "nu", "now",
    };

    /// <summary>"ik ben (al) 6 jaar X", "ik ben X sinds 6 jaar", "je suis X depuis 6 ans", "I've been a X for 6 years", "6 jaar X, waarvan 2 jaar Y".</summary>
    [GeneratedRegex(
        @" (?:ik ben|ben ik|kben|(?:maar|en|want|,) ben) (?<neg>(?:geen|niet|nooit) )?(?:al |nu |reeds |intussen |ondertussen |sinds |ook |zelf )*(?<n>\w+) (?<u>jaar|jaren|maanden|maand) (?<v>(?:als vrijwilliger|vrijwillig|als vrijwilligster) )?(?:een )?(?<r>[a-z][\w-]*(?: - \w+| [\w-]+)?)(?= (?:als vrijwilliger|als vrijwilligster|bij|in|op|voor|en|maar|,|\.|\?|!|;|\(|geweest)\b| [,.?!;(]|\s*$)"
        + @"| (?:ik ben|ben ik|kben) (?:een )?(?<r>[a-z][\w-]*(?: - \w+)?) (?:al |nu )?(?:sinds|al|reeds) (?<n>\w+) (?<u>jaar|jaren|maanden|maand)\b"
        + @"| (?:je suis|j ' ?etais|je suis devenue?) (?<neg>(?:pas|plus|jamais) )?(?:un |une )?(?<r>[a-z][\w-]*(?: - \w+| [\w-]+)?) (?:depuis|pendant) (?:plus de |presque |environ )?(?<n>\w+) (?<u>ans|annees|mois)\b"
        + @"| (?<n>\d+) (?<u>jaar|jaren|maanden|years?|months?|ans|mois) (?:als |as |comme )?(?:een |a |an |un |une )?(?<r>[a-z][\w-]*(?: - \w+| [a-z][\w-]*)?) (?:, )?(?:waarvan|daarvan|of which|dont) (?:bijna |ongeveer |almost |about |environ )?(?<p>\d+) (?:jaar|jaren|years?|ans)\b"
        + @"| (?:i ' ?ve been|ive been|i have been|i had been|(?:and|but) (?:have )?been) (?<neg>(?:not|never) )?(?:a |an )?(?<r>[a-z][\w-]*(?: [\w-]+){0,2}?) for (?:almost |nearly |over |more than |about )?(?<n>\w+) (?<u>years?|months?)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex JobTitleFor();

    /// <summary>Periods that are no work experience in a job: training, study, internships, volunteering, contracts as such.</summary>
    private static readonly HashSet<string> NotARole = new(StringComparer.Ordinal)
    {
        "stage", "stages", "stagiair", "stagiaire", "opleiding", "studie", "studies", "student", "les", "lessen", "cursus", "school",
        "vrijwilliger", "vrijwilligerswerk", "vrijwillig", "contract", "interim", "training", "internship", "intern", "study", "volunteer",
        "volunteering", "formation", "etudes", "etudiant", "benevole", "benevolat", "werkloos", "unemployed", "chomage", "thuis", "home",
        "ervaring", "experience", "werk", "work", "travail", "gewerkt", "worked", "travaille", "lid", "member", "membre", "klant", "client", "customer",
    };

    private static readonly HashSet<string> PartWords = new(StringComparer.Ordinal)
    {
        "waarvan", "daarvan", "waaronder", "dont", "including", "whereof",
    };

    /// <summary>
    /// A part named without its unit, which it takes from the whole before it: "6 jaar ervaring, waarvan 2 als leidinggevende",
    /// "5 years of experience, of which 1 as a supervisor", "8 ans d'expérience dont 3 comme chef d'équipe". The whole keeps
    /// the rest, which by the candidate's words is not of the part's kind.
    /// </summary>
    private static void ElidedParts(RuleText t, bool[] maskedWords, List<ExperienceEntry> entries)
    {
        var w = t.Words;
        for (var i = 1; i + 2 < w.Length; i++)
        {
            if (maskedWords[i] || NumberWords.Digits(w[i]) is not { } years || years <= 0 || w[i + 1] is not ("als" or "as" or "comme")
                || !PartOfWhole(w, i) || entries.Count == 0 || entries[^1].Years <= years || entries[^1].Besides is not null)
            {
                continue;
            }

            var end = Math.Min(WordWindow.SentenceEnd(t, i), i + 6);
            var window = WordWindow.Window(t, i + 1, end);
            var kind = ExperienceKinds.Find(window) ?? (Assistant.Tools.Eligibility.LeadingRoles.In(window) ? "leadership" : null);
            if (kind is null)
            {
                continue;
            }

            entries[^1] = entries[^1] with { Years = entries[^1].Years - years, Besides = kind };
            entries.Add(new ExperienceEntry(years, kind, t.Quote(i + 2, end - 1)));
            WordWindow.Mask(maskedWords, i, end - 1);
        }
    }

    /// <summary>
    /// The words naming where the work was done, after the years in the same sentence: "bij een studiebureau", "bij de stad
    /// Gent", "at a private company", "chez un bureau d'études" (the preposition and up to five words); null when none.
    /// </summary>
    private static string? EmployerAfter(RuleText t, int from, int sentenceEnd)
    {
        var w = t.Words;
        for (var k = from; k < Math.Min(sentenceEnd, from + 8) && k < w.Length; k++)
        {
            if (w[k] is "bij" or "at" or "with" or "chez" or "aupres" or "voor" or "for")
            {
                var to = Math.Min(Math.Min(sentenceEnd - 1, k + 5), w.Length - 1);
                return to > k ? t.Quote(k, to) : null;
            }
        }

        return null;
    }

    /// <summary>The years at <paramref name="i"/> are a part of the years before them: "waarvan (bijna) 2 jaar", "of which 2 years", "dont 2 ans".</summary>
    private static bool PartOfWhole(string[] w, int i)
    {
        var k = i - 1;
        while (k >= 0 && (AlmostWords.Contains(w[k]) || w[k] is "ongeveer" or "about" or "environ" or "ruim" or "over" or "plus" or "de" or "meer" or "dan" or "than" or "more"))
        {
            k--;
        }

        return k >= 0 && (PartWords.Contains(w[k]) || (k > 0 && w[k] == "which" && w[k - 1] == "of"));
    }

    private static bool RoleWord(string word) =>
        word.Length >= 4 && word.All(char.IsLetter) && !NotARole.Contains(word) && !Prepositions.Contains(word) && !Articles.Contains(word)
        && !NotExperienceAfter.Contains(word) && !StopWords.ExperiencePhraseEnd.Contains(word);

    /// <summary>The phrase after the experience word (or the unit) that starts with a preposition: "als managementassistent", "met sociale media".</summary>
    private static (int From, int To) DomainPhrase(RuleText t, int from, int to, Func<string, bool> isPlace)
    {
        var w = t.Words;
        var start = from;
        for (var k = from; k < to; k++)
        {
            if (ExperienceKinds.ExperienceWord().IsMatch(w[k]))
            {
                start = k + 1;
                break;
            }
        }

        while (start < to && start < from + 3 && !Prepositions.Contains(w[start]) && ExperienceKinds.Find(" " + w[start] + " ") is not null)
        {
            start++;
        }

        if (start >= to || !Prepositions.Contains(w[start]))
        {
            return (-1, -1);
        }

        var end = start;
        for (var k = start + 1; k < to && k <= start + 5; k++)
        {
            if (StopWords.ExperiencePhraseEnd.Contains(w[k]) || !char.IsLetter(w[k][0]) && w[k] != "'s" || isPlace(w[k]) || ExperienceKinds.ExperienceWord().IsMatch(w[k])
                || (Prepositions.Contains(w[k]) && k + 1 < to && isPlace(w[k + 1])))
            {
                break;
            }

            end = k;
        }

        return end > start ? (start, end) : (-1, -1);
    }

    /// <summary>Words of working time or status that may stand between the years and a job title ("6 jaar voltijds laborant").</summary>
    /// <summary>Words of working time that may stand before a job title ("voltijds chauffeur", "part-time nurse").</summary>
    private static readonly HashSet<string> WorkingTime = new(StringComparer.Ordinal) { "voltijds", "voltijdse", "deeltijds", "deeltijdse", "halftijds", "halftijdse", "fulltime", "parttime" };

    private static readonly HashSet<string> TitleModifiers = new(StringComparer.Ordinal)
    {
        "voltijds", "deeltijds", "halftijds", "fulltime", "parttime", "freelance", "zelfstandig", "zelfstandige", "interim", "independent",
        "independant", "independante", "vast", "vaste", "statutair", "contractueel", "permanent", "senior", "junior", "assistent",
    };

    /// <summary>Words with the ending of a trade that name no person ("3 jaar later", "2 jaar in de winter").</summary>
    private static readonly HashSet<string> NotATitle = new(StringComparer.Ordinal)
    {
        "later", "eerder", "ouder", "jonger", "langer", "meer", "minder", "verder", "weer", "ander", "andere", "over", "onder", "voor", "per",
        "winter", "zomer", "summer", "december", "september", "oktober", "october", "november", "computer", "water", "after", "never", "ever",
        "other", "older", "longer", "earlier", "rather", "together", "whether", "either", "neither", "under", "power", "paper", "daarvoor",
        "plus", "moins", "avant", "apres", "pendant", "durant", "environ", "ervoor", "erna", "rijbewijs", "licence", "permis", "contrat",
        "student", "studente", "etudiant", "etudiante", "lerarenopleiding", "opleiding", "stagiair", "stagiaire", "vrijwilliger", "volunteer",
        "maar", "daar", "waar", "naar", "door", "keer", "zeer", "zeker", "ieder", "want", "bent", "kent", "went", "mee", "twee", "zee", "nee",
        "idee", "tien", "misschien", "bien", "rien", "combien", "juist", "wist", "liste", "voir", "avoir", "soir", "price", "scholier",
        "leerling", "pupil", "kleuter", "peuter", "baby", "kind", "jobstudent", "werkstudent", "lager", "hoger", "nieuwer", "ervaren",
    };

    /// <summary>
    /// The index of a job title right after the years (a noun of a person's trade: "vertaler", "hovenier", "laborant", "leerkracht",
    /// "coordinator", "infirmière"), after at most one word of working time or status, when it ends its clause (codes such as "FR-NL"
    /// aside), is followed by a word of having been ("geweest", "been"), or by a workplace ("in een labo", "at a clinic"); else null.
    /// </summary>
    private static int? TitleAfterYears(string[] w, int from)
    {
        // "ik ben 24 jaar ingenieur": years after a verb of being are an age, unless the sentence says the role was held ("geweest").
        if (from >= 3 && w[from - 3] is "ben" or "bent" or "is" or "am" or "m" or "suis" && NumberWords.Digits(w[from - 2]) is >= 15m
            && !w.Skip(from).Take(5).Any(x => x is "geweest" or "been" or "ete"))
        {
            return null;
        }

        var k = from;
        if (k < w.Length && TitleModifiers.Contains(w[k]))
        {
            k++;
        }

        if (k >= w.Length || !RoleWord(w[k]) || NotAJob.Contains(w[k]) || NotATitle.Contains(w[k]) || w[k].EndsWith("student", StringComparison.Ordinal) || !TradeEnding().IsMatch(w[k]) || Countries.Classify(w[k]) is not null)
        {
            return null;
        }

        var n = k + 1;
        while (n < w.Length && n < k + 4 && (w[n] == "-" || (w[n].Length <= 3 && w[n].All(char.IsLetter) && !Prepositions.Contains(w[n]) && !Articles.Contains(w[n]) && w[n] is not ("en" or "and" or "et" or "ik" or "je" or "i"))))
        {
            n++;
        }

        if (n >= w.Length || w[n] is "." or "," or ";" or "?" or "!" or "+" or "geweest" or "gewerkt" or "been" or "was" or "ete" or "en" or "and" or "et")
        {
            return k;
        }

        return n + 1 < w.Length && w[n] is "in" or "bij" or "voor" or "op" or "at" or "for" or "with" or "chez" or "dans" or "pour" && Articles.Contains(w[n + 1]) ? k : null;
    }

    /// <summary>The ending of a noun that names someone by their trade, in Dutch, English or French.</summary>
    [GeneratedRegex(@"(er|aar|eur|euse|ist|iste|ant|ante|ent|ier|iere|man|vrouw|kracht|leider|meester|hulp|wacht|kundige|loog|loge|arts|jurist|or|ician|ien|ienne|rice|trice|oir|oire|ee|eer|aris|naris|oloog|ograaf|ographer|nurse|cook|chef|kok|agent|bode|boer|smid|bouwer|monteur|chauffeur|driver|clerk|aide)$", RegexOptions.CultureInvariant)]
    private static partial Regex TradeEnding();

    /// <summary>"2 jaar bij mijn ouders gewoond", "lived 3 years at a friend's": a stay, not work.</summary>
    [GeneratedRegex(@"\b(gewoond|woonde|wonen|woon|lived|living|habite|vecu|verbleven|logeerde|stayed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Lived();

    /// <summary>"(gereden) voor een transportbedrijf", "bij de overheid", "for a company": the employer right after the years.</summary>
    [GeneratedRegex(@"^ (?:\w+ ){0,2}(?:voor|bij|for|at|pour|chez) (?:een|het|de|die|a|an|the|une?|la|le|l') ", RegexOptions.CultureInvariant)]
    private static partial Regex ForAnEmployer();
}
