using Assistant.Dialogs.Model;

namespace Assistant.AI.Hooks;

/// <summary>Phrasing (off by default): <see cref="ModelGateway.RephraseAsync"/>, whose guard keeps exactly the templated answer's facts.</summary>
public sealed class ModelPhrasing(ModelGateway gateway) : IAnswerPhraser
{
    public async Task<string?> PhraseAsync(string question, string language, string templated, CancellationToken cancellationToken = default)
    {
        var result = await gateway.RephraseAsync(new ModelTurn(), question, templated, cancellationToken).ConfigureAwait(false);
        return result.FromModel ? result.Text : null;
    }
}
