using Assistant.AI.Configuration;
using Assistant.AI.Hooks;
using Assistant.AI.Metrics;
using Assistant.AI.Plugins;
using Assistant.Dialogs.Model;
using Assistant.Knowledge.Base;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.AI;

/// <summary>Registers the optional language model for the composition root.</summary>
public static class ModelServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ModelOptions"/> (section <c>Model</c>), <see cref="ModelMetrics"/>, the <see cref="ModelConnection"/> and the engine's
    /// <see cref="ModelHooks"/>: <see cref="ModelHooks.None"/> when the provider is <c>none</c> (no kernel, no network),
    /// else the hooks <c>Model:Uses</c> switches on over one <see cref="ModelGateway"/>. A host may register its own
    /// <see cref="IChatCompletionService"/> (the scripted model of <c>assistant eval --model fake:…</c>): it is used
    /// instead of the configured provider.
    /// </summary>
    public static IServiceCollection AddAssistantModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(_ => ModelOptions.From(configuration));
        services.TryAddSingleton<ModelMetrics>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<ModelOptions>();
            var chat = sp.GetService<IChatCompletionService>();
            if (!options.Enabled && chat is null)
            {
                return new ModelConnection(null);
            }

            var time = sp.GetService<TimeProvider>() ?? TimeProvider.System;
            var knowledge = sp.GetService<Func<KnowledgeSnapshot>>();
            object[] plugins = [new VacancyPlugin(() => knowledge?.Invoke(), time)];
            var kernel = chat is null ? ModelKernelFactory.Create(options, time, plugins) : ModelKernelFactory.Create(chat, plugins);
            return new ModelConnection(ModelGateway.From(kernel, options, time, sp.GetRequiredService<ModelMetrics>(), sp.GetService<ILogger<ModelGateway>>()));
        });
        services.TryAddSingleton(sp => sp.GetRequiredService<ModelConnection>().Gateway is { } gateway
            ? Hooks(sp.GetRequiredService<ModelOptions>().Uses, gateway)
            : ModelHooks.None);
        return services;
    }

    /// <summary>The hooks <paramref name="uses"/> switches on, over <paramref name="gateway"/>.</summary>
    public static ModelHooks Hooks(ModelUses uses, ModelGateway gateway)
    {
        ArgumentNullException.ThrowIfNull(uses);
        ArgumentNullException.ThrowIfNull(gateway);
        return new ModelHooks(
            uses.Understanding ? new ModelUnderstanding(gateway) : null,
            uses.GroundedAnswers ? new ModelGroundedAnswers(gateway) : null,
            uses.Phrasing ? new ModelPhrasing(gateway) : null);
    }
}
