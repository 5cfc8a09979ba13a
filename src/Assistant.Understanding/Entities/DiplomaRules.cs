using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Entities;

/// <summary>
/// The diploma the user states: a level said to be held ("ik heb een bachelordiploma", "met een master",
/// "afgestudeerd als bachelor"), a level said to be missing ("geen bachelordiploma", "zonder diploma",
/// "without a bachelor's degree", "sans diplôme"), "only" statements ("enkel een diploma secundair onderwijs" →
/// secondary, lacks bachelor), graduaat, and the field after the level ("bachelor rechten", "bachelor in de
/// communicatie", "bachelier en droit"). A level in a requirement question ("heb ik een bachelor nodig?") is not a fact.
/// </summary>
internal static partial class DiplomaRules
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "geen", "zonder", "niet", "nooit", "no", "without", "not", "never", "sans", "pas", "aucun", "aucune", "n'", "lack", "missing",
    };

    private static readonly HashSet<string> Only = new(StringComparer.Ordinal)
    {
        "enkel", "alleen", "slechts", "maar", "only", "just", "seulement", "uniquement", "qu'", "enkelijk",
    };

    private static readonly HashSet<string> Possession = new(StringComparer.Ordinal)
    {
        "heb", "hebt", "heeft", "ben", "met", "mijn", "als", "behaald", "gehaald", "afgestudeerd", "gediplomeerd", "houder", "beschik",
        "bezit", "have", "hold", "with", "my", "as", "graduated", "am", "completed", "obtained", "got", "ai", "avec", "mon", "ma",
        "titulaire", "suis", "obtenu", "studeer", "wel", "student", "studeerde", "studied", "etudiant", "haalde", "behaalde", "has", "finished",
    };

    private static readonly HashSet<string> AfterWords = new(StringComparer.Ordinal)
    {
        "behaald", "gehaald", "afgerond", "obtained", "completed", "obtenu", "voldoende", "genoeg", "enough", "suffisant", "suffit",
    };

    private static readonly HashSet<string> Requirement = new(StringComparer.Ordinal)
    {
        "nodig", "vereist", "verplicht", "vereiste", "need", "needed", "required", "requis", "requise", "necessaire", "exige", "faut",
        "gevraagd", "asked", "demande", "vragen", "vraagt", "require", "requires",
    };

    /// <summary>"mijn middelbaar niet afgemaakt", "gestopt in het 5de jaar", "never finished high school": a diploma not obtained.</summary>
    private static readonly HashSet<string> Unfinished = new(StringComparer.Ordinal)
    {
        "gestopt", "stopgezet", "afgehaakt", "dropped", "abandonne", "abandonnee", "quit", "stopped", "stopte", "arrete", "arretee",
    };

    private static readonly HashSet<string> Completion = new(StringComparer.Ordinal)
    {
        "afgemaakt", "afgerond", "behaald", "gehaald", "afgewerkt", "voltooid", "finished", "completed", "obtained", "termine", "terminee", "obtenu", "acheve",
    };

    private static readonly HashSet<string> AfterNegations = new(StringComparer.Ordinal) { "niet", "nooit", "not", "never", "pas", "jamais" };

    private static readonly HashSet<string> RestrictiveQue = new(StringComparer.Ordinal) { "qu'", "que" };

    private static readonly HashSet<string> But = new(StringComparer.Ordinal) { "maar", "but", "mais" };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
    {
        ",", ".", "?", "!", ";", ":", "maar", "but", "mais", "wel", "en", "and", "et",
    };

    public static DiplomaFacts Find(RuleText t, string language, Func<string, bool> isPlace, bool[] maskedWords)
    {
        var w = t.Words;
        DiplomaLevel? held = null;
        DiplomaLevel? lacks = null;
        string? field = null;
        string? words = null;
        var graduate = false;
        var namedByField = false;
        for (var i = 0; i < w.Length; i++)
        {
            if (DiplomaWords.LevelAt(w, i) is not { } found)
            {
                continue;
            }

            var (level, length) = found;
            if (level == DiplomaLevel.None && i + 1 < w.Length)
            {
                // "diploma secundair onderwijs", "diplôme de bachelier": the level word that follows decides.
                var k = i + 1;
                while (k < i + 3 && k < w.Length - 1 && w[k] is "de" or "van" or "in" or "of" or "d'" or "het" or "een" or "a")
                {
                    k++;
                }

                if (DiplomaWords.LevelAt(w, k) is { Level: not DiplomaLevel.None })
                {
                    continue;
                }
            }

            if (level == DiplomaLevel.None && PartOfLevel(w, i))
            {
                continue; // "bachelor's degree", "masterdiploma": the level word already counted
            }

            // "gestopt in het 4de middelbaar", "dropped out of secondary school", "arrêté en 4e secondaire": left before the end.
            var negated = (WordWindow.Before(w, i, 4, Negations, ClauseBreaks) && !WordWindow.Before(w, i, 4, RestrictiveQue, ClauseBreaks))
                || NotCompleted(w, i + length) || WordWindow.Before(w, i, 5, Unfinished, ClauseBreaks);
            var only = !negated && WordWindow.Before(w, i, 4, Only, ClauseBreaks) && !(WordWindow.Before(w, i, 2, But, ClauseBreaks) && WordWindow.Before(w, i, 6, Negations));
            var requirement = WordWindow.After(w, i + length, 5, Requirement);
            if (negated)
            {
                lacks = lacks is null || level < lacks ? (level == DiplomaLevel.None ? DiplomaLevel.Secondary : level) : lacks;
                WordWindow.Mask(maskedWords, i, i + length - 1);
                continue;
            }

            // A message that opens with a diploma ("Graduaat boekhouden, 1 jaar ervaring: …") states it.
            // "Diploma handel, 3 jaar ervaring": a diploma word that opens a list of facts with its programme is stated too.
            var listed = ClauseStart(w, i) && (level != DiplomaLevel.None || FieldAfter(t, i + length, language, isPlace).Field is not null)
                && ListedFirst(w, i + length, i > 1 && w[i - 1] == ",", OpensMessage(w, i));
            var possessed = WordWindow.Before(w, i, 6, Possession) || WordWindow.After(w, i + length, 3, AfterWords) || HeldAfter(w, i + length) || Labelled(w, i)
                || listed || InBracketsAfterDiploma(w, i);
            if (!only && (requirement || !possessed))
            {
                continue;
            }

            if (level == DiplomaLevel.Graduate)
            {
                graduate = true;
            }

            if (only && DiplomaWords.Above(level) is { } above)
            {
                lacks = lacks is null || above < lacks ? above : lacks;
            }

            var (fieldText, fieldEnd) = FieldAfter(t, i + length, language, isPlace);
            if (fieldText is null && i > 0 && level != DiplomaLevel.None && DiplomaWords.KnownField(w[i - 1]) is { } before)
            {
                // "infirmière bachelière", "nursing bachelor": the field named just before the level.
                fieldText = before;
            }

            if (level != DiplomaLevel.None && (held is null || level > held))
            {
                // The words around the level ("het 6de jaar bso", "diploma aso"): what a "… volstaat niet" line is checked against.
                var from = i;
                while (from > 0 && i - from < 3 && !ClauseBreaks.Contains(w[from - 1]))
                {
                    from--;
                }

                words = string.Join(' ', w[from..(Math.Max(fieldEnd, i + length - 1) + 1)]);
            }

            if (level != DiplomaLevel.None)
            {
                held = held is null || level > held ? level : held;
            }

            if (level == DiplomaLevel.None && fieldText is not null)
            {
                namedByField = true;
            }

            field ??= fieldText;
            WordWindow.Mask(maskedWords, i, Math.Max(fieldEnd, i + length - 1));
        }

        if (held is not null && lacks is not null && held == lacks)
        {
            // The same level both stated and denied ("ik zat in het middelbaar, heb geen diploma secundair"): the denial is what
            // the candidate says of the diploma itself, and a level never held can never carry a yes.
            held = null;
            words = null;
        }
        else if (held is not null && lacks is not null && held > lacks)
        {
            lacks = null;
        }

        // "I only finished lower secondary school", "ik heb enkel lager secundair", "secondaire inférieur", "mijn 4de jaar tso": no
        // full secondary diploma, whatever the word "secondary" or the stream named within the stage says.
        var lowerSecondary = false;
        var all = string.Join(' ', w);
        if (held == DiplomaLevel.Secondary && (lacks is null || lacks > DiplomaLevel.Secondary) && Assistant.Tools.Eligibility.LowerSecondary.Find(all) is { Success: true } lower
            && !FullSecondary().IsMatch(all.Remove(lower.Index, lower.Length)))
        {
            // The words are kept: a route that itself asks only such a certificate ("getuigschrift van de tweede graad") asks it.
            held = null;
            lacks = DiplomaLevel.Secondary;
            words = lower.Value;
            lowerSecondary = true;
        }
        else if (held is null && lacks is null && Assistant.Tools.Eligibility.LowerSecondary.Find(all) is { Success: true } stage && StageHeld().IsMatch(all)
            && !FullSecondary().IsMatch(StreamWord().Replace(all, " ")))
        {
            // "ik heb een getuigschrift van de tweede graad (BSO)", "I have my lower secondary certificate", "j'ai le certificat du
            // secondaire inférieur": that stage held, so no full secondary diploma (the stream named with it is no diploma).
            lacks = DiplomaLevel.Secondary;
            words = stage.Value;
            lowerSecondary = true;
        }

        // A diploma named by its programme alone ("een diploma kinderzorg", "un diplôme en électromécanique") is a full diploma of
        // some level: at least secondary, unless the words speak of a lower stage ("2de graad", "lager onderwijs", "first grade").
        var programme = namedByField && held is null && lacks is null && !graduate && !SpeaksOfLowerStage(w);
        return new DiplomaFacts(held, lacks, field, graduate ? true : null, held is null && !lowerSecondary ? null : words, programme ? true : null);
    }

    /// <summary>Words that say a certificate or stage is held: "getuigschrift", "diploma", "heb", "behaald", "afgemaakt", "certificate", "certificat".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:getuigschrift|studiegetuigschrift|attest|diploma|heb|behaald|afgemaakt|afgewerkt|certificate|finished|completed|have|certificat|diplome|ai)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StageHeld();

    /// <summary>The secondary streams, which name the kind of schooling at any stage ("tweede graad BSO").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:aso|tso|bso|kso)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StreamWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:hoger\s+secundair\w*|upper\s+secondary|secondaire\s+superieur|(?:6de|zesde|7de|zevende|6e|7e)\s+jaar|diploma\s+(?:van\s+het\s+)?(?:hoger\s+)?(?:secundair|middelbaar)\w*|secondary\s+(?:school\s+)?diploma|high\s+school\s+diploma|cess|aso|tso|bso|kso)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FullSecondary();

    /// <summary>Words of a stage below a full secondary diploma, or of a certificate that is no diploma of its own.</summary>
    private static readonly HashSet<string> LowerStages = new(StringComparer.Ordinal)
    {
        "graad", "graden", "lager", "lagere", "basisonderwijs", "basisschool", "primary", "primaire", "primair", "grade", "degre",
        "getuigschrift", "studiegetuigschrift", "onvolledig", "deeltijds", "dbso", "leertijd",
    };

    /// <summary>The first years of secondary school ("het 4de jaar", "fourth year", "5e année"): a stage below a full diploma.</summary>
    private static readonly HashSet<string> EarlyYears = new(StringComparer.Ordinal)
    {
        "1ste", "1e", "eerste", "2de", "2e", "tweede", "3de", "3e", "derde", "4de", "4e", "vierde", "5de", "5e", "vijfde", "first", "second",
        "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th", "premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme",
    };

    private static bool SpeaksOfLowerStage(string[] w) =>
        w.Any(LowerStages.Contains) || w.Where((word, k) => EarlyYears.Contains(word) && k + 1 < w.Length && w[k + 1] is "jaar" or "year" or "annee").Any();

    /// <summary>
    /// A level in brackets right after a diploma word and its programme ("Diploma mechanica (TSO)", "diploma elektriciteit (BSO
    /// 7de jaar)"): held when that diploma word opens the message or a list item, or follows a word of holding.
    /// </summary>
    private static bool InBracketsAfterDiploma(string[] w, int i)
    {
        if (i < 2 || w[i - 1] != "(")
        {
            return false;
        }

        for (var k = i - 2; k >= 0 && k >= i - 5; k--)
        {
            if (ClauseBreaks.Contains(w[k]) && w[k] is not ("en" or "and" or "et"))
            {
                return false;
            }

            if (DiplomaWords.LevelAt(w, k) is { Level: DiplomaLevel.None })
            {
                return ClauseStart(w, k) || OpensMessage(w, k) || WordWindow.Before(w, k, 6, Possession);
            }
        }

        return false;
    }

    /// <summary>
    /// A diploma given after a label, as in a form or a CV: "Diploma: TSO bouw", "Opleiding: bachelor verpleegkunde",
    /// "Education: master's degree", "Diplôme : bachelier en droit".
    /// </summary>
    private static bool Labelled(string[] w, int i) =>
        i >= 2 && w[i - 1] == ":" && w[i - 2] is "diploma" or "opleiding" or "studies" or "studie" or "opleidingsniveau" or "studieniveau"
            or "diplome" or "formation" or "etudes" or "degree" or "education" or "qualification" or "qualifications";

    /// <summary>
    /// The diploma named before the verb that says it is held: "TSO bouw heb ik wel", "een bachelor verpleegkunde heb ik
    /// sinds juni", "master rechten bezit ik": within the clause (the field may come between), and not denied right after
    /// ("een bachelor heb ik niet", "nog niet").
    /// </summary>
    private static bool HeldAfter(string[] w, int from)
    {
        // "TSO-diploma en rijbewijs C heb ik": a second thing held may stand between the diploma and the verb.
        for (var k = from; k < w.Length - 1 && k < from + 6; k++)
        {
            if (w[k] is "." or "?" or "!" or ";" or "," or "maar" or "but" or "mais")
            {
                return false;
            }

            if (w[k] is "heb" or "had" or "bezit" or "behaalde" or "haalde" && w[k + 1] == "ik")
            {
                for (var n = k + 2; n < w.Length && n < k + 5 && w[n] is not ("." or "?" or "!" or "," or ";"); n++)
                {
                    if (Negations.Contains(w[n]) || AfterNegations.Contains(w[n]) || Requirement.Contains(w[n]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The diploma is said not to be completed right after it: "middelbaar niet afgemaakt", "secundair nooit behaald",
    /// "(gestopt in het 5de jaar)", "didn't finish"; within the clause, before any other diploma word.
    /// </summary>
    private static bool NotCompleted(string[] w, int from)
    {
        var negation = false;
        for (var k = from; k < w.Length && k < from + 5; k++)
        {
            if (w[k] is "." or "?" or "!" or ";" or "maar" or "but" or "mais" || (k > from && DiplomaWords.LevelAt(w, k) is not null))
            {
                return false;
            }

            if (Unfinished.Contains(w[k]) || (negation && Completion.Contains(w[k])))
            {
                return true;
            }

            negation |= AfterNegations.Contains(w[k]);
        }

        return false;
    }

    /// <summary>
    /// The diploma opens the message or an item of a comma list of facts ("Belg, master rechten, geen ervaring"): the first
    /// word, or the word after a comma that follows a short item (one or two words, e.g. a nationality).
    /// </summary>
    private static bool ClauseStart(string[] w, int i)
    {
        if (i > 0 && w[i - 1] is "diploma" or "diplome" or "degree")
        {
            i--; // "diploma aso": the diploma word opens the item
        }
        else if (i > 0 && w[i - 1] is "professionele" or "academische" or "professional" or "academic" or "professionnel" or "academique" or "universitaire")
        {
            i--; // "Professionele bachelor, …"
        }

        if (i == 0)
        {
            return true;
        }

        if (w[i - 1] != ",")
        {
            return false;
        }

        // Every item before is short ("belg, 24 jaar, diploma aso"): a list of facts, not a sentence.
        var length = 0;
        for (var k = 0; k < i - 1; k++)
        {
            if (w[k] is "?" or "." or "!" or ":" or ";")
            {
                return false;
            }

            // "Nederlands (B1), master rechten": brackets are no words of the item.
            length = w[k] == "," ? 0 : w[k] is "(" or ")" ? length : length + 1;
            if (length > 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Graduaat boekhouden, 1 jaar ervaring: …", "master in de rechten (UGent), geen ervaring", "graduaat marketing en 3 jaar
    /// ervaring": the diploma opens a list of facts (a comma or colon follows its field, the school in brackets skipped, or
    /// "en"/"and"/"et" followed by a number).
    /// </summary>
    /// <summary>The diploma is the first thing the message says ("Master rechten. Kan ik …", "diploma aso.", "licentiaat biologie (1998). …").</summary>
    private static bool OpensMessage(string[] w, int i) =>
        i == 0 || (i == 1 && w[0] is "diploma" or "diplome" or "degree" or "professionele" or "academische" or "professional" or "academic" or "professionnel" or "universitaire");

    private static bool ListedFirst(string[] w, int after, bool afterItems = false, bool opening = false)
    {
        var limit = after + 6;
        for (var k = after; k < w.Length && k < limit; k++)
        {
            if (w[k] == "(")
            {
                // "(UGent)", "(KU Leuven)": the school in brackets is part of the diploma.
                var close = Array.IndexOf(w, ")", k);
                if (close < 0 || close > k + 6)
                {
                    return false;
                }

                limit += close - k + 1;
                k = close;
                continue;
            }

            if (w[k] is "," or ":" or "+" or "&")
            {
                return k + 1 < w.Length;
            }

            if (w[k] is "en" or "and" or "et" && k + 1 < w.Length && (char.IsDigit(w[k + 1][0]) || NumberWords.Digits(w[k + 1]) is not null || FactAfterAnd.Contains(w[k + 1])))
            {
                return true;
            }

            if (w[k] is "?" or "." or "!")
            {
                // "Belg, bachelor sociaal werk. Kan ik …": after other items, the end of the sentence ends the list too; so it does
                // for a diploma that opens the message as a sentence of its own ("Master rechten. Kan ik …").
                return (afterItems || opening) && w[k] == "." && k + 1 < w.Length;
            }
        }

        return false;
    }

    /// <summary>"diploma aso en rijbewijs B", "bachelor en geen ervaring", "master rechten en ik werk al …": what follows "en" is another fact of the list.</summary>
    private static readonly HashSet<string> FactAfterAnd = new(StringComparer.Ordinal)
    {
        "rijbewijs", "ervaring", "geen", "nog", "al", "ik", "i", "je", "j", "licence", "license", "driving", "experience", "no", "permis", "experience", "pas", "aucune",
    };

    private static bool PartOfLevel(string[] w, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (w[k] is "'s" or "de" or "of" or "van")
            {
                continue;
            }

            return DiplomaWords.LevelAt(w, k) is { Level: not DiplomaLevel.None };
        }

        return false;
    }

    /// <summary>Word <paramref name="i"/> is written with a hyphen right after it ("thuis-").</summary>
    private static bool HyphenAfter(RuleText t, int i)
    {
        var token = t.Tokens[t.Sources[i]];
        var after = token.Start + token.Lower.Length;
        return after < t.Original.Length && t.Original[after] is '-' or '‐' or '–' && (after + 1 >= t.Original.Length || char.IsWhiteSpace(t.Original[after + 1]));
    }

    private static (string? Field, int End) FieldAfter(RuleText t, int j, string language, Func<string, bool> isPlace)
    {
        var w = t.Words;
        while (j < w.Length && (w[j] is "diploma" or "degree" or "diplome" or "'s" or "opleiding" or "onderwijs" or "education" or "school" or "(" or ")" or "hbo5"
            || (w[j] == "hbo" && j + 1 < w.Length && w[j + 1] == "5") || (w[j] == "5" && j > 0 && w[j - 1] == "hbo")))
        {
            j++;
        }

        if (j < w.Length && (w[j] is "in" or "of" or "van" || (w[j] == "en" && language == "fr")))
        {
            j++;
        }

        while (j < w.Length && w[j] is "de" or "het" or "the" or "la" or "le" or "les" or "l'")
        {
            j++;
        }

        // "bachelor of science in nursing", "master of arts in history": the degree's kind, then the field after "in".
        if (j + 2 < w.Length && w[j] is "science" or "sciences" or "arts" && w[j + 1] == "in" && char.IsLetter(w[j + 2][0]))
        {
            j += 2;
        }

        var start = j;
        var end = j - 1;
        var limit = j + 3;
        for (var k = j; k < w.Length && k < limit; k++)
        {
            var word = w[k];
            if (word == "-" && k > start && k + 1 < w.Length && char.IsLetter(w[k + 1][0]))
            {
                // "accountancy-fiscaliteit": one field written with a hyphen.
                limit += 2;
                continue;
            }

            if (word is "en" or "of" && k > start && k + 1 < w.Length && char.IsLetter(w[k + 1][0]) && language != "fr" && HyphenAfter(t, k - 1))
            {
                // "thuis- en bejaardenzorg", "land- of tuinbouw": the first part shares the tail of the second, one field.
                end = k + 1;
                k++;
                limit += 2;
                continue;
            }

            // "sociaal werk", "social work": a work word ends a field only when it starts it ("bachelor, werk al 3 jaar").
            var continues = k > start && word is "werk" or "work" or "travail" or "social" or "sociale";
            if (!continues && (!char.IsLetter(word[0]) || StopWords.StudyFieldEnd.Contains(word) || DiplomaWords.LevelAt(w, k) is not null || isPlace(word)
                || (word == "en" && language != "fr")))
            {
                break;
            }

            end = k;
        }

        if (end < start)
        {
            return (null, -1);
        }

        // "un diplôme roumain", "a Moroccan degree": a country's word alone says where the diploma is from, not its field.
        if (w[start..(end + 1)].All(x => Countries.Classify(x) is not null && !Countries.IsLanguageAdjective(x)))
        {
            return (null, -1);
        }

        var folded = string.Join(' ', w[start..(end + 1)]);
        var field = DiplomaWords.Field(folded, t.Quote(start, end));

        // "bachelor in het onderwijs: lager onderwijs": the words after the colon narrow the field.
        if (end + 2 < w.Length && w[end + 1] == ":" && char.IsLetter(w[end + 2][0]) && !StopWords.StudyFieldEnd.Contains(w[end + 2]))
        {
            var narrowEnd = end + 2;
            while (narrowEnd + 1 < w.Length && narrowEnd < end + 4 && char.IsLetter(w[narrowEnd + 1][0]) && !StopWords.StudyFieldEnd.Contains(w[narrowEnd + 1]))
            {
                narrowEnd++;
            }

            return (field + ": " + t.Quote(end + 2, narrowEnd), narrowEnd);
        }

        return (field, end);
    }
}
