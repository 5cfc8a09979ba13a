using Assistant.Tools.Profile;

namespace Assistant.Understanding;

/// <summary>
/// The rule-based reading of one question: its language, what it asks (intent and a finer aspect), the vacancies it
/// names, and the facts the user states about themselves. Produced by <see cref="QuestionAnalyzer"/>; the dialog layer
/// combines it with the conversation context.
/// </summary>
public sealed record QuestionAnalysis
{
    /// <summary>"nl", "en" or "fr"; Dutch when unsure.</summary>
    public required string Language { get; init; }

    /// <summary>
    /// Whether the words show the language clearly; false for replies such as "Bachelor", "5" or "ja", which a
    /// conversation answers in the language it was already speaking.
    /// </summary>
    public bool LanguageClear { get; init; } = true;

    /// <summary>
    /// eligibility | deadline | salary | procedure | scoring | benefits | documents | contact | vacancies | general |
    /// smalltalk | unknown. "unknown" is also used for messages that name a vacancy but ask nothing by themselves ("En in
    /// Zonnebeek?", "Ik ben geïnteresseerd in de job in Meerdonk."), so the dialog can reuse the previous intent or ask
    /// what the user wants to know.
    /// </summary>
    public required string Intent { get; init; }

    /// <summary>
    /// How sure the rules are of <see cref="Intent"/>, from 0 (no cue at all) to 1 (one intent's cues and nothing else):
    /// see <see cref="IntentConfidence"/>. Below <see cref="IntentConfidence.Threshold"/> an optional language model may
    /// be asked which tool the question is for.
    /// </summary>
    public double Confidence { get; init; } = IntentConfidence.Certain;

    /// <summary>
    /// The finer topic: deadline "days-left" | "still-open" | "date"; procedure "steps" | "step-date" |
    /// "step-date:&lt;kind&gt;" | "assignment-return" | "reserve"; benefits: the benefit kind or null; contact: the topic
    /// or null; vacancies "open-now" | "closing-within" | "continuous" | "without-diploma" | "highest-salary" | "eligible" | "list";
    /// salary "start" | "at-seniority" | null (the range); otherwise null.
    /// </summary>
    public string? Aspect { get; init; }

    /// <summary>Vacancies the question names, best match first; empty when none is named.</summary>
    public IReadOnlyList<string> VacancyIds { get; init; } = [];

    /// <summary>
    /// When the question names no vacancy: the one vacancy whose public documents alone use a telling word of it (a site,
    /// a project, a test, an acronym), or null. A weak reference, for when neither the page nor the conversation gives one.
    /// </summary>
    public string? VacancyIdByDocument { get; init; }

    /// <summary>A vacancy was referred to, but several match equally well (all of them are in <see cref="VacancyIds"/>).</summary>
    public bool AmbiguousVacancy { get; init; }

    /// <summary>
    /// The named vacancies were matched only by words of their titles, none by its employer's or place's name: in a reply
    /// that states the candidate's own facts ("5 jaar, ik behandel dossiers") such words describe the candidate, not a job.
    /// </summary>
    public bool VacancyByJobWordsOnly { get; init; }

    /// <summary>
    /// The named vacancies were matched only by parts of their titles' compounds ("nuit" → "nacht" of "nachtdienst", "netwerk" of
    /// "netwerkbeheerder"), with <see cref="VacancyNamingForms"/> the words that matched and their Dutch forms: in a follow-up
    /// about the current vacancy whose documents use those words, they speak of that vacancy, not of another.
    /// </summary>
    public bool VacancyByTitlePartsOnly { get; init; }

    /// <summary>The folded words that named the vacancies, with their Dutch job-word forms; empty when none was named.</summary>
    public IReadOnlyList<string> VacancyNamingForms { get; init; } = [];

    /// <summary>Facts the user states about themselves (diploma, experience, nationality, …).</summary>
    public CandidateProfile Profile { get; init; } = new();

    /// <summary>Scores the user reports ("22 op 40 op de schriftelijke proef", "geschikt op het assessment").</summary>
    public IReadOnlyList<ScoreMention> Scores { get; init; } = [];

    /// <summary>Salary seniority asked about ("met 12 jaar anciënniteit", "na 10 jaar"); not experience.</summary>
    public int? SeniorityYears { get; init; }

    /// <summary>A horizon in days ("die sluiten binnen 7 dagen", "deze week" = 7).</summary>
    public int? WithinDays { get; init; }

    /// <summary>The question is about all or any vacancies ("welke vacatures …").</summary>
    public bool AllVacancies { get; init; }

    /// <summary>The concrete thing asked about ("telework", "childcare", "canteen", "training", "hours", …; see <c>TopicCues</c>), or null.</summary>
    public string? Topic { get; init; }

    /// <summary>The question's own word for <see cref="Topic"/> ("permanentie", "crèche"), folded.</summary>
    public string? TopicWord { get; init; }

    /// <summary>
    /// The general requirement a question asks about ("Heb ik een rijbewijs nodig?" → "licence"; also "language",
    /// "nationality"), or null.
    /// </summary>
    public string? RequirementTopic { get; init; }

    /// <summary>The question is about today ("vandaag nog", "today", "aujourd'hui").</summary>
    public bool Today { get; init; }

    /// <summary>
    /// The step kind whose date a deadline question also asks ("hoeveel dagen heb ik nog, en wanneer is de schriftelijke
    /// proef?"), so the deadline answer adds that date; null otherwise.
    /// </summary>
    public string? AlsoStepDate { get; init; }

    /// <summary>
    /// The whole message folded once (<see cref="Text.TextFolding.Fold(ReadOnlySpan{char})"/>) between single spaces, for the
    /// cue patterns the answers still read ("is there a phone number?"), so no answer folds the raw text again.
    /// </summary>
    public string FoldedText { get; init; } = " ";

    /// <summary>The whole message's words, folded once (Core's <c>TextFold.Words</c>), for matching against the documents.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
}
