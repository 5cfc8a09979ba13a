namespace Assistant.Core.Answers;

/// <summary>The intents of the answer contract (<see cref="Answer.Intent"/>); the strings are the wire values.</summary>
public static class Intents
{
    public const string Eligibility = "eligibility";
    public const string Deadline = "deadline";
    public const string Salary = "salary";
    public const string Procedure = "procedure";
    public const string Scoring = "scoring";
    public const string Benefits = "benefits";
    public const string Documents = "documents";
    public const string Contact = "contact";
    public const string Vacancies = "vacancies";
    public const string General = "general";
    public const string Unknown = "unknown";
    public const string Smalltalk = "smalltalk";

    /// <summary>Every intent, in the order of the contract's documentation.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Eligibility, Deadline, Salary, Procedure, Scoring, Benefits, Documents, Contact, Vacancies, General, Unknown, Smalltalk];
}
