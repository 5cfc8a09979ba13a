using Assistant.Dialogs.Model;

namespace Assistant.AI.Hooks;

/// <summary>
/// Grounded answers: <see cref="ModelGateway.AnswerAsync"/> over the retrieved passages. A text that passed the guards is
/// returned with its citations; the model's "not in the documents" is passed on; any other fallback keeps the quote.
/// </summary>
public sealed class ModelGroundedAnswers(ModelGateway gateway) : IGroundedAnswerWriter
{
    public async Task<GroundedText?> WriteAsync(string question, string language, IReadOnlyList<string> passages, string templated, GroundedTopic topic = GroundedTopic.Vacancy, CancellationToken cancellationToken = default)
    {
        var result = await gateway.AnswerAsync(new ModelTurn(), question, passages, [], templated, language, topic, cancellationToken).ConfigureAwait(false);
        return result.FromModel ? new GroundedText(result.Text, result.Citations)
            : result.Reason == "not-in-documents" ? GroundedText.NotAnswered
            : null;
    }
}
