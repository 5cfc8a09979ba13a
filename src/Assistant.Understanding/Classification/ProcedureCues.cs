using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions about the selection procedure: steps, tests and their dates, the home assignment, the reserve.</summary>
internal static partial class ProcedureCues
{
    [GeneratedRegex(
        @"\bselectie|\bprocedure|\bproef\b|\bproeven\b|\bproefles|\bproefopdracht|\bdemoles|\btrial lesson|\bdemo lesson|\blecon (d' essai|test|de demonstration)|\bselectieproef|examen|\binterview"
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
        + @"|\branking\b|\brangschikking|\beindresultaat|\bfinal score\b|\bclassement\b|\blaureat|\bweging\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    /// <summary>How many go on, and when results come: about the procedure, not one's own score ("how many people work there" is about the job).</summary>
    [GeneratedRegex(
        @"\bhoeveel (kandidaten|deelnemers|(mensen|personen)(?! (werken|werkt|zitten|zijn er (op|in))))\b|\bhow many (candidates|applicants|people(?! (work|are (in|on))))\b"
        + @"|\bcombien de (candidats|personnes)\b|\bwanneer (hoor|krijg|weet|ken) (ik|je|we)\b"
        + @"|\bwhen (will|do|would) (i|we) (hear|know|get)\b|\bquand (vais je|saurai je|aurai je|recevrai je)\b"
        + @"|\bhoe (snel|lang duurt)\b"
        + @"|\b(hoe|how|comment)\b.{0,25}\b(evaluatie|beoordeling|evaluation|evalue|evaluee|beoordeeld|geevalueerd|evaluated|assessed)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Process();

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

    /// <summary>A question about when something happens (aspect step-date).</summary>
    [GeneratedRegex(
        @"\bwanneer\b|\bwelke (datum|dag|dagen|week)\b|\bop welke\b|\bdatum|\bwhen\b|\bwhat (date|day)\b"
        + @"|\bwhich (date|day)\b|\bquand\b|\bquelle (date|jour)\b|\bquel jour\b|\bdate\b|\bplanning\b"
        + @"|\bhoe laat\b|\bwhat time\b|\ba quelle heure\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex When();
}
