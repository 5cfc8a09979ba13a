namespace Assistant.Understanding.Classification;

/// <summary>The intent names of <see cref="QuestionAnalysis.Intent"/>, in tie-break order (earlier wins a tie).</summary>
internal static class IntentNames
{
    public const string Contact = "contact";
    public const string Scoring = "scoring";
    public const string Vacancies = "vacancies";
    public const string Documents = "documents";
    public const string Benefits = "benefits";
    public const string Deadline = "deadline";
    public const string Procedure = "procedure";
    public const string Salary = "salary";
    public const string Eligibility = "eligibility";
    public const string General = "general";
    public const string Smalltalk = "smalltalk";
    public const string Unknown = "unknown";

    /// <summary>The intents that cues score, in tie-break order.</summary>
    public static readonly string[] Scored =
        [Contact, Scoring, Vacancies, Documents, Benefits, Deadline, Procedure, Salary, Eligibility, General, Smalltalk];

    public static int IndexOf(string intent) => Array.IndexOf(Scored, intent);
}
