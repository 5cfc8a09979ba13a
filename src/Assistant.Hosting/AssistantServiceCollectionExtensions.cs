using Assistant.AI;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Conversations;
using Assistant.Dialogs.Model;
using Assistant.Dialogs.Staff;
using Assistant.Hosting.Telemetry;
using Assistant.Knowledge.Base;
using Assistant.Storage;
using Assistant.Storage.Memory;
using Assistant.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Hosting;

/// <summary>The one composition root of the assistant, used by the web host and the command line.</summary>
public static class AssistantServiceCollectionExtensions
{
    /// <summary>
    /// Registers the assistant: its <see cref="AssistantPaths"/> (see <see cref="AddAssistantPaths"/>), the clock (<see cref="TimeProvider.System"/> unless one is
    /// registered), the options of <c>Assistant:Answers</c>, <c>Assistant:Conversations</c> and <c>Assistant:Storage</c>
    /// (validated by their data annotations), the configured conversation store (SQLite, in-memory or PostgreSQL: its data
    /// folder from the paths, as <see cref="ResolvedStorage"/>; <see cref="PostgresDatabase"/> when the provider is postgres),
    /// the <see cref="ConversationEngine"/> (its store deletes what the hosts' <see cref="IConversationForgetting"/> keep too) and, unless the host registered its own, an
    /// <see cref="IAssistantSessionFactory"/> of fresh conversations in an in-memory store (nothing written to disk), and
    /// the phone line's <see cref="StaffSearch"/> over it, and OpenTelemetry when <c>Assistant:Telemetry</c> turns it on
    /// (<see cref="TelemetryServiceCollectionExtensions.AddAssistantTelemetry"/>; off by default). The optional language model (<see cref="ModelServiceCollectionExtensions.AddAssistantModel"/>:
    /// <see cref="ModelHooks.None"/> unless <c>Model:Provider</c> names one) gives the engine and the sessions their hooks.
    /// The host registers where the knowledge comes from: a <see cref="Func{KnowledgeSnapshot}"/> returning the current snapshot.
    /// </summary>
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddAssistantPaths(configuration, baseDirectory);
        Bind<AssistantOptions>(services, configuration, AssistantOptions.SectionName);
        Bind<ConversationOptions>(services, configuration, ConversationOptions.SectionName);
        Bind<StorageOptions>(services, configuration, StorageOptions.SectionName);
        services.AddAssistantModel(configuration);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<AssistantOptions>>().Value);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ConversationOptions>>().Value);
        services.TryAddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new ResolvedStorage(new StorageOptions
            {
                Provider = configured.Provider,
                DataPath = sp.GetRequiredService<AssistantPaths>().DataPath,
                RetentionDays = configured.RetentionDays,
                ConnectionString = configured.ConnectionString,
            });
        });

        // PostgreSQL: one pooled database for the conversation store and the hosts' other state (built on first use only).
        services.TryAddSingleton(sp => new PostgresDatabase(
            sp.GetRequiredService<ResolvedStorage>().Options.ConnectionString ?? throw new InvalidOperationException("Assistant:Storage:ConnectionString is not set."),
            sp.GetService<ILogger<PostgresDatabase>>()));
        services.TryAddSingleton<IConversationStore>(sp =>
        {
            var options = sp.GetRequiredService<ResolvedStorage>().Options;
            return PostgresStorage.Create(options, sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>(), options.IsPostgres ? sp.GetRequiredService<PostgresDatabase>() : null);
        });

        // The engine's store: the configured one, whose "vergeet mij" also reaches what the channels keep.
        // Traced: one assistant.store span per load, save and delete (nothing listens unless telemetry is on).
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<ConversationEngine>(
            sp, new TracingConversationStore(new ForgettingConversationStore(sp.GetRequiredService<IConversationStore>(), sp.GetServices<IConversationForgetting>()))));
        services.TryAddSingleton<IAssistantSessionFactory>(sp =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            return AssistantRuntime.CreateSessionFactory(
                sp.GetRequiredService<Func<KnowledgeSnapshot>>(),
                sp.GetRequiredService<AssistantOptions>(),
                sp.GetRequiredService<ConversationOptions>(),
                new InMemoryConversationStore(new StorageOptions { Provider = StorageOptions.MemoryProvider }, time),
                time,
                sp.GetRequiredService<ModelHooks>());
        });
        services.TryAddSingleton<StaffSearch>();
        services.AddAssistantTelemetry(configuration);
        return services;
    }

    /// <summary>
    /// Registers the <see cref="AssistantPaths"/> under <paramref name="baseDirectory"/> (the folder
    /// <see cref="AssistantPaths.FindBaseDirectory"/> found), resolved once, when first needed, from the configuration
    /// as the host finally built it. A second call changes nothing.
    /// </summary>
    public static IServiceCollection AddAssistantPaths(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        services.TryAddSingleton(_ => AssistantPaths.Resolve(configuration, baseDirectory));
        return services;
    }

    private static void Bind<TOptions>(IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, DataAnnotationsValidator<TOptions>>());
    }
}
