using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions about the selection procedure: steps, tests and their dates, the home assignment, the reserve.</summary>
internal static partial class ProcedureCues
{
    [GeneratedRegex(
        @"\bselectie|\bprocedure|\bproef\b|\bproeven\b|\bproefles|\bproefopdracht|\bdemo\w*les(sen)?\b|\btrial lesson|\bdemo lesson|\blecon (d' essai|test|de demonstration)|\bselectieproef|examen|\binterview"
        + @"|\bsollicitatiegesprek|\bassessment|\bthuisopdracht|\bcapaciteitstest|\bredeneertest|\btaaltest"
        + @"|\bscreening|\bpreselectie|\bwervingsreserve|\breserve\b|\bverloopt|\bverloop\b|\bstappen\b"
        + @"|\bselection\b|\bexams?\b|\bsteps\b|\brecruitment (reserve|process)|\bhiring process"
        + @"|\bapplication process|\bepreuves?\b|\bentretien|\betapes\b|\breserve de recrutement|\bmondeling"
        + @"|\bschriftelijk|\bwritten (test|exam)|\boral (test|exam)|\bhoe gaat .{0,20}(selectie|verder|te werk)"
        + @"|\bwhat happens (after|next)|\bwat gebeurt er (na|daarna|nadien)|\bjury\b"
        + @"|\bmoraliteit\w*|\bantecedentenonderzoek|\benquete de moralite|\bbackground (check|screening|investigation)"
        + @"|\bmorality (check|screening|investigation)|\brollenspel|\brole ?play|\bjeu de role"
        + @"|\b(language|capacity|reasoning|aptitude|written|oral|online) (test|exam)"
        + @"|\btest (linguistique|de langue|de capacite|de raisonnement|d' aptitude|ecrit|oral|en ligne)\b"
        + @"|\branking\b|\brangschikking|\beindresultaat|\bfinal score\b|\bclassement\b|\blaureat|\bweging\b|\belimin(erend|atoir|atory|atoire)\w*"
        // A test named by a Dutch compound ("typtest", "zwemproef", "praktijktest", "rijproeven"); not "attest", "protest" nor an English superlative.
        + @"|\b\w{2,}proef(?:en)?\b|\b\w{3,}test(?:en|s)?\b(?<!\b(?:pro|con|fas|shor|grea|smar|sof|stric|hot|wet|fla|quie|brigh|sligh|tigh|ligh|righ|swif|gen|mos|bes|jus)test(?:en|s)?)",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    /// <summary>How many go on, and when results come: about the procedure, not one's own score ("how many people work there" is about the job).</summary>
    [GeneratedRegex(
        @"\bhoeveel (kandidaten|deelnemers|(mensen|personen)(?! (werken|werkt|zitten|zijn er (op|in))))\b|\bhow many (candidates|applicants|people(?! (work|are (in|on))))\b"
        + @"|\bcombien de (candidats|personnes)\b|\bwanneer (hoor|krijg|weet|ken) (ik|je|we)\b"
        + @"|\bwhen (will|do|would) (i|we) (hear|know|get)\b|\bquand (vais je|saurai je|aurai je|recevrai je)\b"
        + @"|\bhoe (snel|lang duurt)\b"
        + @"|\b(hoe|how|comment)\b.{0,25}\b(evaluatie|beoordeling|evaluation|evalue|evaluee|beoordeeld|geevalueerd|evaluated|assessed)\b"
        // How the selection goes ("hoe verloopt de selectie", "hoe ziet de procedure eruit", "how does the selection work",
        // "comment se déroule la sélection"): whatever else the question names (a cv screening is a step, not a document to send).
        + @"|\bhoe (verloopt|verlopen|gaat|gebeurt|ziet)\b.{0,30}\b(selectie\w*|\w*procedure|aanwerving\w*|sollicitatie|proeven|testen|examens?)\b"
        + @"|\bhow (does|do|will|is|are)\b.{0,20}\b(selection|procedure|recruitment|hiring|tests|exams)\b.{0,20}\b(work|go|done|organi[sz]ed|run|look)"
        + @"|\bwhat does the (selection|procedure|recruitment|hiring process|selection process) look like\b"
        + @"|\bcomment (se (deroule|passe)|fonctionne)\b.{0,20}\b(selection|procedure|recrutement|epreuves?)\b"
        // Whether there is a test at all ("is er een test?", "komt er een gesprek?", "is there an interview?", "y a-t-il un examen ?").
        + @"|\b(is|zijn|komt|komen|volgt|volgen) er\b.{0,12}\b(een|geen|nog een|ook een)\b.{0,15}\b((?!attest)\w*test|(?!attest)\w*testen|\w*proef|\w*proeven|examens?|\w*gesprek|interview|assessment)\b"
        + @"|\b(is there|are there|will there be|do you (have|hold|do)) (a|an|any)\b.{0,15}\b(test|tests|exam|exams|interview|assessment)\b"
        + @"|\by a t il (un|une|des)\b.{0,15}\b(test|tests|examen|entretien|epreuves?)\b"
        // The tests asked after with a question word ("when are the tests", "what tests are there", "welke testen", "quels examens").
        + @"|\b(when|what|which|wanneer|welke|quand|quels?|quelles?)\b.{0,25}\b(tests|exams|examens|epreuves|testen|proeven)\b"
        ,
        RegexOptions.CultureInvariant)]
    public static partial Regex Process();

    /// <summary>
    /// A test named by what it tests or how ("the practical swimming test", "a physical exam", "le test pratique"), in the
    /// words another employer may choose: an English modifier that ends like an adjective or a gerund, a French one after
    /// the noun. Not the exam that ended one's studies ("my final exam", "the central exam").
    /// </summary>
    [GeneratedRegex(
        @"\b(?!(?:final|central|national|state|official|original|school|medical)\b)\w{3,}(ing|al|ic|ive|ness|ory) (tests?|exams?|examinations?)\b"
        + @"|\b(tests?|examens?) (pratique|physique|psycho\w*|sportif|technique|de natation|d aptitude|de condition)s?\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex NamedTest();

    [GeneratedRegex(
        @"\btest\b|\btests\b|\btesten\b|\bgesprek\b|\bopdracht\b|\bcase\b|\bpunten\b|\bpoints\b|\bop hoeveel\b"
        + @"|\bweegt|\bgewicht\b|\bweight\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Medium();

    /// <summary>The return of a home assignment (aspect assignment-return).</summary>
    [GeneratedRegex(
        @"\b((thuis)?opdracht|case)\b.{0,50}\b(terug ?sturen|terug|inleveren|indienen|bezorgen|opsturen|doorsturen|uploaden|opladen|afgeven|insturen|klaar|deadline|uiterlijk|ten laatste|ingediend|ingeleverd|teruggestuurd|bezorgd|opgestuurd|binnen zijn)\b"
        + @"|\b(terugsturen|inleveren|indienen|bezorgen|insturen|opladen|uploaden|deadline|uiterlijk)\b.{0,40}\b(thuis)?opdracht\b"
        + @"|\bassignment\b.{0,40}\b(return|returned|submit|submitted|hand in|handed in|send|sent|due|deliver|deadline)\b"
        + @"|\b(return|submit|hand in|send back|deadline)\b.{0,30}\bassignment\b"
        + @"|\b(devoir|cas pratique|travail a la maison)\b.{0,40}\b(rendre|renvoyer|remettre|envoyer|rendu)\b"
        + @"|\b(rendre|renvoyer|remettre)\b.{0,30}\b(devoir|travail|cas pratique)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex AssignmentReturn();

    /// <summary>The recruitment reserve (aspect reserve).</summary>
    [GeneratedRegex(
        @"\bwervingsreserve|\breserve\b|\breservelijst|\brecruitment reserve|\breserve list"
        + @"|\breserve de recrutement|\b\w+reserve\b|\blaureatenlijst|\bliste des laureats|\blist of (successful candidates|laureates)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Reserve();

    /// <summary>
    /// The reserve or selection named as what one applies for, not asked about: "kan ik meedoen voor de werfreserve
    /// dossierbeheerder?", "can I join the reserve for …", "puis-je m'inscrire pour la réserve de …", "deelnemen aan de
    /// selectie voor …". Group w is the procedure word. Its validity ("… de reserve nog geldig?") stays a procedure question.
    /// </summary>
    [GeneratedRegex(
        @"(?:\b(?:meedoen|mee doen|deelnemen|meedingen|inschrijven|solliciteren|postuleren|kandideren|terechtkomen|terecht komen|opgenomen worden|join|enter|apply|participate|take part|sign up|register|get into|be part|inscrire|participer|postuler|candidater|entrer|integrer)"
        + @"|\b(?:kan|mag) (?:ik|je) (?:nog |al |ook |wel |dan )?(?:in|bij|mee)|\b(?:can|could|may) i (?:still |also )?(?:be )?(?:in|on))\b"
        + @" (?:[\w']+ ){0,2}?(?:(?:in|bij|aan|voor|op|tot|into|for|to|of|pour|a|dans|de|du|van|with) )?(?:(?:de|het|la|le|l'|the|a|an|een|die|deze|this|cette|ce) )?(?:[\w']+ ){0,5}?"
        + @"(?<w>\w*reserve\w*|selectie\w*|selection|wervingsprocedure)\b(?! (?:[\w']+ ){0,2}(?:geldig|valid|valable|loopt|blijft|duurt|lasts?|expires?|vervalt|verloopt))",
        RegexOptions.CultureInvariant)]
    public static partial Regex JoinsTheProcedure();

    /// <summary>"the deadline for the … reserve", "uiterste datum voor de selectie van …": the procedure word names the vacancy.</summary>
    [GeneratedRegex(
        @"\b(?:deadline|uiterste (?:inschrijvings)?datum|einddatum|sluitingsdatum|closing date|date limite|application date)\b"
        + @" (?:(?:for|voor|van|of|pour|de|du) )(?:(?:de|het|la|le|l'|the|a|an|een|die|deze|this|cette|ce) )?(?:[\w']+ ){0,5}?"
        + @"(?<w>\w*reserve\w*|selectie\w*|selection)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex DeadlineOfTheProcedure();

    /// <summary>"27 op 50 en 32 op 50. Zit ik in de reserve?": with scores reported, being in the reserve is the outcome of the scores.</summary>
    [GeneratedRegex(
        @"\b(?:zit|ben|kom|geraak|beland|sta) (?:ik|je) (?:dan |nog |wel |daarmee )?(?:in|op) de (?<w>\w*reserve\w*|reservelijst)\b"
        + @"|\b(?:am i|do i get|will i be|would i be) (?:then |still )?(?:in|on|into) the (?:\w+ )?(?<w>reserve|reserve list)\b"
        + @"|\b(?:suis je|serai je|vais je etre) (?:alors |bien )?(?:dans|sur) la (?<w>reserve)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex InTheReserveAfterScores();

    /// <summary>
    /// The rule text with the procedure words that only name what the candidate applies for blanked out (for the procedure
    /// cues); <paramref name="joins"/> tells whether the question asks to join ("kan ik meedoen voor de werfreserve?"), which
    /// is a question whether one may take part.
    /// </summary>
    public static string WithoutNamedProcedure(string text, bool scoresReported, out bool joins)
    {
        var hits = new List<Group>();
        var join = JoinsTheProcedure().Matches(text).Select(m => m.Groups["w"]).ToList();
        joins = join.Count > 0;
        hits.AddRange(join);
        hits.AddRange(DeadlineOfTheProcedure().Matches(text).Select(m => m.Groups["w"]));
        if (scoresReported)
        {
            hits.AddRange(InTheReserveAfterScores().Matches(text).Select(m => m.Groups["w"]).Where(g => g.Success));
        }

        if (hits.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var g in hits)
        {
            for (var i = g.Index; i < g.Index + g.Length; i++)
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }

    /// <summary>A question about when something happens (aspect step-date).</summary>
    [GeneratedRegex(
        @"\bwanneer\b|\bwelke (datum|dag|dagen|week)\b|\bop welke\b|\bdatum|\bwhen\b|\bwhat (date|day)\b"
        + @"|\bwhich (date|day)\b|\bquand\b|\bquelle (date|jour)\b|\bquel jour\b|\bdate\b|\bplanning\b"
        + @"|\bhoe laat\b|\bwhat time\b|\ba quelle heure\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex When();
}
