using System.Text.RegularExpressions;
using Assistant.Core.Facts;
using Assistant.Understanding.Entities;
using Assistant.Understanding.Text;
using Assistant.Tools.Profile;
using Assistant.Core.Text;

namespace Assistant.Understanding.Replies;

/// <summary>
/// Reads a short reply in the light of the question that was asked (the pending slot): "Bachelor" or "secundair" after
/// "Welk diploma heb je?", "5", "vijf jaar", "5 ans" or "geen" after the question about years, "als teamleider" or
/// "in de zorg" after the question about the kind of experience, "ja"/"nee" after a yes/no question, in Dutch, English
/// and French. A full sentence that states the fact itself is read by the analyzer as usual; this only adds what a
/// reply means because of the question. Facts come from the user's words only: a kind of experience is never assumed.
/// </summary>
public static partial class SlotReplies
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "ja", "jawel", "jazeker", "zeker", "inderdaad", "klopt", "yes", "yeah", "yep", "sure", "indeed", "correct", "oui", "ouais", "absolument", "exact", "effectivement", "si",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "nee", "neen", "nope", "no", "non", "nein", "helaas", "pas", "niet", "not",
    };

    private static readonly HashSet<string> Nothing = new(StringComparer.Ordinal)
    {
        "geen", "none", "nothing", "aucun", "aucune", "rien", "zonder", "without", "sans", "nul", "nulle", "geene",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "geen", "niet", "nooit", "no", "not", "never", "pas", "jamais", "aucun", "aucune", "nee", "non", "zonder", "without", "sans",
    };

    private static readonly (string Level, string[] Words)[] Levels =
    [
        ("master", ["master", "masters", "masterdiploma", "masterdiplomas", "licentiaat", "licentiate", "doctoraat", "doctorat", "phd", "doctorate", "postgraduaat", "mba", "msc"]),
        ("bachelor", ["bachelor", "bachelors", "bachelordiploma", "bachelier", "bacheliere", "professionele bachelor", "academische bachelor", "bsc", "undergraduate"]),
        ("secondary", ["secundair", "secundaire", "middelbaar", "middelbare", "aso", "tso", "bso", "kso", "humaniora", "secondary", "secondaire", "cess", "high school", "highschool", "a levels", "rhetorique"]),
        ("none", ["lager onderwijs", "basisonderwijs", "primary school", "primaire", "no degree", "no diploma", "geen diploma", "aucun diplome", "pas de diplome", "sans diplome"]),
    ];

    /// <summary>
    /// The facts <paramref name="text"/> gives as a reply to the question about <paramref name="slot"/> ("diploma",
    /// "diploma-field", "experience", "experience-kind", "internal", "licence", "foreign-diploma", "age"), or null when the reply
    /// does not answer it. <paramref name="current"/> is the profile so far (the kind of experience applies to the years
    /// already given); <paramref name="analyze"/> reads a sentence with the full rules.
    /// </summary>
    /// <param name="slot">The pending question ("internal-seniority", "internal-level" and "internal-evaluation" too).</param>
    /// <param name="text">The reply.</param>
    /// <param name="current">The profile so far.</param>
    /// <param name="analyze">Reads a sentence with the full rules.</param>
    /// <param name="askedKind">The kind of experience the question named ("leadership", "domain:kinderopvang"), if any: a bare
    /// number of years or a "ja" answers about that kind, because that is what was asked.</param>
    public static CandidateProfile? Read(string? slot, string text, CandidateProfile current, Func<string, QuestionAnalysis> analyze, string? askedKind = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(analyze);
        var words = Words(text);
        if (words.Count == 0 || words.Count > 14)
        {
            return null;
        }

        var stated = analyze(text).Profile;
        var yesNo = YesNo(words);
        var read = ForSlot(slot, text, current, analyze, askedKind, words, stated, yesNo);
        if (read is null && slot is not ("age" or "internal-seniority" or "experience") && StartsWithYears(words) && !text.Contains('?', StringComparison.Ordinal))
        {
            // "3 jaar in een dienstencentrum", "4 years in logistics at a port", "2 ans comme animateur" after another question:
            // a reply that opens with a number of years states experience, whatever was asked; it is read, not ignored.
            read = Experience(stated, words, text, analyze, yesNo);
        }

        return read;
    }

    /// <summary>
    /// The reply to the question about the licence: what the message states, with a category named on its own read as held
    /// ("ja, C en code 95", "CE", "oui, le D"), since the question was about the licence; a plain yes or no otherwise.
    /// </summary>
    private static CandidateProfile? LicenceReply(CandidateProfile stated, string text, bool? yesNo)
    {
        // "de", "d", "be" and "ce" are also words (French, English): in a longer reply they count as a category only when typed in
        // capitals ("oui, j'ai ce qu'il faut" names no CE licence; "ce" alone or "ja, ce" does).
        var tokens = text.Split((char[])[' ', ',', '.', ';', '!', '?', '+', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        IReadOnlyList<string> bare = yesNo == false ? [] : [.. tokens
            .Where(w => LicenceCategoryWords.Contains(w) && (w.All(char.IsUpper) || tokens.Length <= 3 || !AlsoWords.Contains(w)))
            .Select(w => w.ToUpperInvariant()).Distinct()];
        if (stated.LicenceCategories.Count == 0 && bare.Count > 0 && stated.DrivingLicence != false)
        {
            return stated with { DrivingLicence = true, LicenceCategories = bare };
        }

        return stated.DrivingLicence is not null ? stated : yesNo is { } licence ? new CandidateProfile { DrivingLicence = licence } : null;
    }

    private static readonly HashSet<string> LicenceCategoryWords = new(StringComparer.OrdinalIgnoreCase) { "b", "be", "c", "c1", "c1e", "ce", "d", "d1", "de" };

    private static readonly HashSet<string> AlsoWords = new(StringComparer.OrdinalIgnoreCase) { "be", "ce", "d", "de" };

    /// <summary>A reply that opens with a number and a unit of time: "3 jaar …", "18 months …", "deux ans …".</summary>
    private static bool StartsWithYears(List<string> words) =>
        words.Count >= 2 && (NumberWords.Digits(words[0]) is > 0 and <= 50 || NumberWords.Word(words[0]) is > 0 and <= 50 || words[0] is "anderhalf")
        && (ExperienceWindows.YearUnits.Contains(words[1]) || ExperienceWindows.MonthUnits.Contains(words[1]));

    private static CandidateProfile? ForSlot(string? slot, string text, CandidateProfile current, Func<string, QuestionAnalysis> analyze, string? askedKind, List<string> words, CandidateProfile stated, bool? yesNo)
    {
        return slot switch
        {
            "diploma" => Diploma(stated, words, text, analyze, yesNo),
            "diploma-field" => stated.DiplomaField is not null ? stated : Field(words, text, yesNo),
            "experience" => OfKind(Experience(stated, words, text, analyze, yesNo), askedKind),
            "experience-kind" => ExperienceKind(stated, words, text, current, yesNo, askedKind),
            "internal" => stated.Internal is not null ? stated : yesNo is { } isInternal ? new CandidateProfile { Internal = new InternalStatus(isInternal) } : null,
            "internal-seniority" => Seniority(stated, words, text, analyze, yesNo),
            "internal-level" => stated.Internal?.Level is not null ? stated : Level(words) is { } level ? new CandidateProfile { Internal = new InternalStatus(true, Level: level) } : null,
            "internal-evaluation" => stated.Internal?.FavourableEvaluation is not null ? stated
                : yesNo is { } favourable ? new CandidateProfile { Internal = new InternalStatus(true) { FavourableEvaluation = favourable } } : null,
            "internal-contract" => stated.Internal?.Contract is not null ? stated : null,
            "licence" or "licence-category" => LicenceReply(stated, text, yesNo),
            "foreign-diploma" => stated.ForeignDiploma is not null ? stated : yesNo is { } foreign ? new CandidateProfile { ForeignDiploma = foreign } : null,
            "age" => stated.Age is not null ? stated : AgeReply(words),
            _ => null,
        };
    }

    /// <summary>
    /// A short phrase that only says what the experience already given was ("als teamleider", "I managed a team", "in de
    /// zorg") right after an eligibility answer: it adds the kind to those years, as if the question about the kind had
    /// been asked; null for anything else.
    /// </summary>
    public static CandidateProfile? KindAfterAnswer(string text, CandidateProfile current, Func<string, QuestionAnalysis> analyze)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(current);
        var words = Words(text);
        if (current.Experience.Count == 0 || words.Count is 0 or > 9 || YesNo(words) is not null)
        {
            return null;
        }

        var named = ExperienceKinds.Find(" " + string.Join(' ', words) + " ") is not null;
        var described = words.Count <= 4 && words[0] is "als" or "as" or "comme" or "in" or "dans" or "bij" or "chez";
        return named || described ? Read("experience-kind", text, current, analyze) : null;
    }

    /// <summary>True for "ja", "yes", "oui" (and the like), false for "nee", "no", "non", null otherwise.</summary>
    public static bool? YesNo(string text) => YesNo(Words(text));

    private static bool? YesNo(List<string> words)
    {
        if (words.Count == 0 || words.Count > 4)
        {
            return null;
        }

        return Yes.Contains(words[0]) ? true : No.Contains(words[0]) ? false : null;
    }

    private static CandidateProfile? Diploma(CandidateProfile stated, List<string> words, string text, Func<string, QuestionAnalysis> analyze, bool? yesNo)
    {
        if (stated.Diploma is not null || stated.LacksDiploma is not null || stated.Graduate is not null || stated.ForeignDiploma is not null)
        {
            return stated;
        }

        // "Bachelor accountancy-fiscaliteit", "7de jaar kinderzorg": the reply names the diploma held, field included.
        if (!text.Contains('?', StringComparison.Ordinal) && yesNo is null && !words.Any(Negations.Contains)
            && analyze("Ik heb " + text.Trim()).Profile is { Diploma: not null } named)
        {
            return named;
        }

        var joined = " " + string.Join(' ', words) + " ";
        var level = Levels.FirstOrDefault(l => l.Words.Any(w => joined.Contains(" " + w + " ", StringComparison.Ordinal))).Level;
        if (level is null && (yesNo == false || (Nothing.Contains(words[0]) && words.Skip(1).All(w => w is "diploma" or "diplome" or "degree" or "hoor" or "enkel" or "echt" or "at" or "all"))) && words.Count <= 3)
        {
            level = "none";
        }

        if (level is null)
        {
            return words.Any(w => w is "graduaat" or "hbo5" or "graduat") ? new CandidateProfile { Graduate = true } : null;
        }

        // The same facts as the reply buttons ("Ik heb een bachelordiploma"), so typing and clicking agree.
        var canonical = level switch
        {
            "master" => "Ik heb een masterdiploma",
            "bachelor" => "Ik heb een bachelordiploma",
            "secondary" => "Ik heb een diploma secundair onderwijs",
            _ => "Ik heb geen diploma",
        };
        var profile = analyze(canonical).Profile;
        return level is "master" or "bachelor" or "secondary" && FieldAfter(words, text) is { } field ? profile with { DiplomaField = field } : profile;
    }

    private static CandidateProfile? Field(List<string> words, string text, bool? yesNo)
    {
        // "18 maanden als onthaalmedewerker" is experience, never a field of study.
        if (yesNo is not null || text.Contains('?', StringComparison.Ordinal) || StartsWithYears(words))
        {
            return null;
        }

        // "richting kantoor, en ik heb nooit als technicus gewerkt": the field is the first clause; a clause of its own that opens
        // with the candidate ("en ik", "and I", "et je") says something else, and its words are no field.
        var clause = OwnClause().Match(text) is { Success: true, Index: > 0 } cut ? text[..cut.Index] : null;
        var field = Content(clause is null ? words : Words(clause));
        return field is null ? null : new CandidateProfile { DiplomaField = field };
    }

    [GeneratedRegex(@"(?:\s*[,;.]\s*(?:(?:en|maar|and|but|et|mais)\s+)?|\s+(?:en|maar|and|but|et|mais)\s+)(?:ik|i|je|j['’])(?=\s|\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnClause();

    /// <summary>"een bachelor in de verpleegkunde" → "verpleegkunde"; "master en droit" → "droit".</summary>
    private static string? FieldAfter(List<string> words, string text)
    {
        var at = words.FindIndex(w => w is "in" or "en" or "dans" or "richting" or "of");
        return at < 0 || text.Contains('?', StringComparison.Ordinal) ? null : Content(words.Skip(at).ToList());
    }

    private static CandidateProfile? Experience(CandidateProfile stated, List<string> words, string text, Func<string, QuestionAnalysis> analyze, bool? yesNo)
    {
        if (stated.Experience.Count > 0)
        {
            return stated;
        }

        if (yesNo == false || (Nothing.Contains(words[0]) && words.Count <= 3) || (words.Count == 2 && words[0] is "nog" or "pas" or "not" && Nothing.Contains(words[1])))
        {
            return new CandidateProfile { Experience = [new ExperienceEntry(0, "any")] };
        }

        var hasUnit = words.Any(w => ExperienceWindows.YearUnits.Contains(w) || ExperienceWindows.MonthUnits.Contains(w));
        if (!hasUnit && !words.Any(w => NumberWords.Digits(w) is not null || NumberWords.Word(w) is not null || w is "anderhalf" or "half" or "demi"))
        {
            return null;
        }

        // A year ("sinds 2019") or another large number is not a number of years: asked again rather than guessed.
        if (!hasUnit && words.Any(w => NumberWords.Digits(w) is > 60))
        {
            return null;
        }

        // "5", "vijf", "5 ans": a number answers the question about years; the experience word is the question's.
        // "3 jaar, als webredacteur bij een krant": the experience word goes right after the years, so the rest describes them.
        var trimmed = text.Trim().TrimEnd('.', '!');
        var unit = hasUnit ? YearsThenMore().Match(trimmed) : Match.Empty;
        var sentence = unit.Success && unit.Index + unit.Length < trimmed.Length
            ? trimmed[..(unit.Index + unit.Length)] + " ervaring" + trimmed[(unit.Index + unit.Length)..]
            : trimmed + (hasUnit ? "" : " jaar") + " ervaring";
        var read = analyze(sentence).Profile.Experience;
        return read.Count > 0 ? new CandidateProfile { Experience = read } : null;
    }

    /// <summary>Years read without a kind of their own ("vijf jaar") are of the kind the question asked about.</summary>
    private static CandidateProfile? OfKind(CandidateProfile? read, string? askedKind) =>
        read is null || askedKind is null or "any" || read.Experience.Any(e => e.Kind != "any")
            ? read
            : read with { Experience = [.. read.Experience.Select(e => e with { Kind = askedKind })] };

    /// <summary>"vijf jaar", "5", "4 jaar in dienst", "6 jaar in niveau C": the seniority asked for, with whatever else the reply says.</summary>
    private static CandidateProfile? Seniority(CandidateProfile stated, List<string> words, string text, Func<string, QuestionAnalysis> analyze, bool? yesNo)
    {
        if (stated.Internal?.SeniorityMonths is not null)
        {
            return stated;
        }

        var years = Experience(new CandidateProfile(), words, text, analyze, yesNo)?.Experience.Sum(e => e.Years);
        if (years is not { } y)
        {
            return null;
        }

        var status = (stated.Internal ?? new InternalStatus(true)) with { SeniorityMonths = (int)Math.Round(y * 12, MidpointRounding.AwayFromZero) };
        return stated with { Internal = status, Experience = [] };
    }

    /// <summary>"C", "niveau C", "C1": the level letter of a short reply.</summary>
    private static string? Level(List<string> words)
    {
        var letters = words.Where(w => w.Length <= 2 && w[0] is >= 'a' and <= 'e' && (w.Length == 1 || char.IsDigit(w[1]))).ToList();
        return letters.Count == 1 && words.Count <= 4 ? letters[0][..1].ToUpperInvariant() : null;
    }

    private static CandidateProfile? ExperienceKind(CandidateProfile stated, List<string> words, string text, CandidateProfile current, bool? yesNo, string? askedKind)
    {
        if (stated.Experience.Count > 0 && stated.Experience.Any(e => e.Years > 0))
        {
            return stated;
        }

        var years = current.Experience.Sum(e => e.Years);
        if (years > 0 && askedKind is not null && yesNo is { } confirmed)
        {
            // "Is that managerial experience?" – "ja": the years are of the kind asked; "nee": none of them are.
            var description = current.Experience.Select(e => e.Description).FirstOrDefault(d => d is not null);
            return new CandidateProfile { Experience = [Carried(new ExperienceEntry(confirmed ? years : 0, askedKind, description), current)] };
        }

        if (years <= 0 || yesNo is not null || text.Contains('?', StringComparison.Ordinal) || words.Any(Negations.Contains))
        {
            return null;
        }

        var window = " " + string.Join(' ', words) + " ";
        var kind = ExperienceKinds.Find(window);
        var said = text.Trim().TrimEnd('.', '!');
        if (kind is not null)
        {
            return new CandidateProfile { Experience = [Carried(new ExperienceEntry(years, kind, said), current)] };
        }

        var domain = Content(words);
        return domain is null ? null : new CandidateProfile { Experience = [Carried(new ExperienceEntry(years, "domain:" + domain, said), current)] };
    }

    /// <summary>
    /// The years said before, now of the kind the reply names, keep what was said of them: the year the work ended and the
    /// share of full time it was done at (one share for all of it; part time of mixed shares is part time, share not said).
    /// </summary>
    private static ExperienceEntry Carried(ExperienceEntry entry, CandidateProfile current)
    {
        var shares = current.Experience.Select(e => e.Share).Distinct().ToList();
        var ends = current.Experience.Select(e => e.Until).ToList();
        return entry with
        {
            Share = shares.Count == 1 ? shares[0] : shares.Any(x => x is not null) ? 0m : null,
            Until = ends.Count > 0 && ends.All(u => u is not null) ? ends.Max() : null,
        };
    }

    /// <summary>The words that carry content (no articles, prepositions, "ik heb"), joined; null when none or too many.</summary>
    private static string? Content(List<string> words)
    {
        var content = words.Where(w => !StopWords.SlotReplyFiller.Contains(w) && !Yes.Contains(w) && !No.Contains(w)).ToList();
        return content.Count is 0 or > 6 ? null : string.Join(' ', content);
    }

    [GeneratedRegex(@"\b(jaar|jaren|years?|ans|ann[ée]es|maanden|maand|months?|mois)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsThenMore();

    /// <summary>A bare age as the reply to "Hoe oud ben je?": "17", "zeventien", "17 jaar", "seventeen years", "17 ans".</summary>
    private static CandidateProfile? AgeReply(List<string> words)
    {
        if (words.Count > 2 || (words.Count == 2 && words[1] is not ("jaar" or "years" or "year" or "ans" or "an" or "jarig")))
        {
            return null;
        }

        var age = NumberWords.Digits(words[0]) is { } digits && digits == decimal.Truncate(digits) && digits < 100 ? (int)digits : NumberWords.Word(words[0]);
        return age is >= 10 and <= 99 ? new CandidateProfile { Age = age } : null;
    }

    private static List<string> Words(string text) => Tokenizer.Tokenize(text).Where(t => t.IsWord || t.IsNumber).Select(t => t.Folded).ToList();
}
