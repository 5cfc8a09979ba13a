using Assistant.AI.Plugins;
using Assistant.Dialogs.Model;

namespace Assistant.AI.Hooks;

/// <summary>
/// The understanding fallback: the model picks one of the <see cref="VacancyPlugin"/> functions by function calling
/// (<see cref="ModelGateway.ChooseToolAsync"/>: a function we have, arguments without invented numbers); the function
/// becomes the engine's intent and its <c>vacancy</c> argument a name our resolver must recognise in the question.
/// </summary>
public sealed class ModelUnderstanding(ModelGateway gateway) : IUnderstandingFallback
{
    public async Task<UnderstandingChoice?> ChooseAsync(string question, string language, CancellationToken cancellationToken = default)
    {
        var choice = await gateway.ChooseToolAsync(new ModelTurn(), question, cancellationToken).ConfigureAwait(false);
        if (choice is null || choice.Plugin != VacancyPlugin.Name || VacancyPlugin.IntentOf(choice.Function) is not { } intent)
        {
            return null;
        }

        return new UnderstandingChoice(intent, choice.Arguments.GetValueOrDefault("vacancy"));
    }
}
