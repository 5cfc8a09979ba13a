namespace Assistant.Dialogs.Model;

/// <summary>
/// Writes a short answer to an open question from the passages retrieval found, citing them as [1], [2], … (numbered as
/// given). Null keeps the quoted passage; <see cref="GroundedText.NotInDocuments"/> makes the answer "the documents do not
/// say" with the contact. The implementation checks its text before returning it (citations, numbers).
/// </summary>
public interface IGroundedAnswerWriter
{
    Task<GroundedText?> WriteAsync(string question, string language, IReadOnlyList<string> passages, string templated, GroundedTopic topic = GroundedTopic.Vacancy, CancellationToken cancellationToken = default);
}

/// <summary>What the passages are: a vacancy's documents (a candidate asks) or the general HR documents (a colleague asks about a procedure).</summary>
public enum GroundedTopic
{
    Vacancy,
    Procedure,
}

/// <summary>A grounded answer: its text with [n] citations and the passage numbers it cites, or the model's "not in the documents".</summary>
public sealed record GroundedText(string Text, IReadOnlyList<int> Citations, bool NotInDocuments = false)
{
    public static GroundedText NotAnswered { get; } = new("", [], true);
}
