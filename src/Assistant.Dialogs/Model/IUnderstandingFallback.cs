namespace Assistant.Dialogs.Model;

/// <summary>
/// Asked which tool a question is for when the rules are unsure of it (<see cref="Understanding.QuestionAnalysis.Confidence"/>
/// below <see cref="Understanding.IntentConfidence.Threshold"/>). It only names the tool; the engine validates the choice
/// and runs the tool as for any question, so the verdict, dates and amounts are the rules'. Null: keep the rules' reading.
/// </summary>
public interface IUnderstandingFallback
{
    /// <summary>The tool (as an intent) for <paramref name="question"/>, or null when none could be chosen.</summary>
    Task<UnderstandingChoice?> ChooseAsync(string question, string language, CancellationToken cancellationToken = default);
}

/// <summary>
/// A tool chosen for a question: <see cref="Intent"/> one of <see cref="Core.Answers.Intents"/>, and the vacancy as the
/// question names it (free text our resolver must recognise, else ignored).
/// </summary>
public sealed record UnderstandingChoice(string Intent, string? Vacancy = null);
