namespace Assistant.Dialogs.Model;

/// <summary>
/// Rewords a templated answer in the user's language and register. The rewording may carry no number, date, amount or
/// e-mail the templated answer does not have, and must keep all of them; null keeps the templated answer.
/// </summary>
public interface IAnswerPhraser
{
    Task<string?> PhraseAsync(string question, string language, string templated, CancellationToken cancellationToken = default);
}
