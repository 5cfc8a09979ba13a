using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Conversations;
using Assistant.Knowledge.Base;
using Assistant.Storage;
using Assistant.Core.Conversations;
using Assistant.Storage.Memory;
using Assistant.Storage.Postgres;
using Assistant.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Extensions;

/// <summary>Registers the conversation engine, its options, the conversation store and the clock.</summary>
public static class AssistantServiceExtensions
{
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<AssistantOptions>().Bind(configuration.GetSection(AssistantOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new ResolvedStorage(new StorageOptions
            {
                Provider = configured.Provider,
                DataPath = RepositorySettings.Resolve(baseDirectory, configured.DataPath),
                RetentionDays = configured.RetentionDays,
                ConnectionString = configured.ConnectionString,
            });
        });

        // PostgreSQL: one pooled database for the conversation store and the Direct Line state, migrated at start.
        services.AddSingleton(sp => new PostgresDatabase(
            sp.GetRequiredService<ResolvedStorage>().Options.ConnectionString ?? throw new InvalidOperationException("Assistant:Storage:ConnectionString is not set."),
            sp.GetRequiredService<ILogger<PostgresDatabase>>()));
        services.AddHostedService<StorageMigrator>();
        services.AddSingleton<IConversationStore>(sp =>
        {
            var options = sp.GetRequiredService<ResolvedStorage>().Options;
            return options.IsPostgres
                ? PostgresStorage.Create(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<PostgresDatabase>())
                : StorageFactory.Create(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>());
        });
        services.AddSingleton(sp => new ConversationEngine(
            Knowledge(sp),
            sp.GetRequiredService<IOptions<AssistantOptions>>().Value,
            sp.GetRequiredService<IOptions<ConversationOptions>>().Value,
            new ForgettingConversationStore(sp.GetRequiredService<IConversationStore>(), sp.GetServices<IConversationForgetting>()),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConversationEngine>>()));

        // Staff questions (/api/ask): a fresh in-memory conversation per call, nothing written to disk.
        services.AddSingleton<IAssistantSessionFactory>(sp =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            return AssistantRuntime.CreateSessionFactory(
                Knowledge(sp),
                sp.GetRequiredService<IOptions<AssistantOptions>>().Value,
                sp.GetRequiredService<IOptions<ConversationOptions>>().Value,
                new InMemoryConversationStore(new StorageOptions { Provider = StorageOptions.MemoryProvider }, time),
                time);
        });
        return services;
    }

    private static Func<KnowledgeSnapshot> Knowledge(IServiceProvider services)
    {
        var knowledge = services.GetRequiredService<KnowledgeBase>();
        return () => knowledge.Current;
    }
}
