using Assistant.Core.Answers;

namespace Assistant.Understanding.Classification;

/// <summary>The intent names of <see cref="QuestionAnalysis.Intent"/> (Core's <see cref="Intents"/>), in tie-break order (earlier wins a tie).</summary>
internal static class IntentNames
{
    public const string Contact = Intents.Contact;
    public const string Scoring = Intents.Scoring;
    public const string Vacancies = Intents.Vacancies;
    public const string Documents = Intents.Documents;
    public const string Benefits = Intents.Benefits;
    public const string Deadline = Intents.Deadline;
    public const string Procedure = Intents.Procedure;
    public const string Salary = Intents.Salary;
    public const string Eligibility = Intents.Eligibility;
    public const string General = Intents.General;
    public const string Smalltalk = Intents.Smalltalk;
    public const string Unknown = Intents.Unknown;

    /// <summary>The intents that cues score, in tie-break order.</summary>
    public static readonly string[] Scored =
        [Contact, Scoring, Vacancies, Documents, Benefits, Deadline, Procedure, Salary, Eligibility, General, Smalltalk];

    public static int IndexOf(string intent) => Array.IndexOf(Scored, intent);
}
