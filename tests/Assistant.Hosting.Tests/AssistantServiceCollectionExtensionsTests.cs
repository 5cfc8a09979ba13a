using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Conversations;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Index;
using Assistant.Storage;
using Assistant.Storage.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Hosting.Tests;

/// <summary>The composition root: what AddAssistant builds from configuration, and what the host keeps for itself.</summary>
public sealed class AssistantServiceCollectionExtensionsTests
{
    private static readonly DateTimeOffset Now = new(2031, 3, 4, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>A knowledge base without vacancies (small talk needs none).</summary>
    private static readonly KnowledgeSnapshot Empty = new([], [], VacancyIndex.Build([]), Now);

    [Fact]
    public async Task AddAssistant_WithKnowledgeAndMemoryStore_BuildsAnEngineThatAnswersAndStoresInMemory()
    {
        using var services = Build(new() { ["Assistant:Storage:Provider"] = "memory" });

        var engine = services.GetRequiredService<ConversationEngine>();
        var answer = await engine.HandleAsync("conversation-1", new TurnInput("Hallo", Now));

        Assert.Equal(Intents.Smalltalk, answer.Intent);
        Assert.IsType<InMemoryConversationStore>(services.GetRequiredService<IConversationStore>());
        Assert.NotNull(await services.GetRequiredService<IConversationStore>().LoadAsync("conversation-1"));
    }

    [Fact]
    public void AddAssistant_Options_AreBoundFromTheirSections()
    {
        using var services = Build(new() { ["Assistant:Answers:IndexCoefficient"] = "1.5", ["Assistant:Answers:GeneralContact"] = "hr@example.org" });

        var options = services.GetRequiredService<AssistantOptions>();

        Assert.Equal((1.5m, "hr@example.org"), (options.IndexCoefficient, options.GeneralContact));
        Assert.Same(options, services.GetRequiredService<IOptions<AssistantOptions>>().Value);
    }

    [Fact]
    public void AddAssistant_AnInvalidStorageProvider_FailsWithTheAnnotatedReason()
    {
        using var services = Build(new() { ["Assistant:Storage:Provider"] = "paper" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("members: 'Provider' with the error: 'Assistant:Storage:Provider must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAssistant_SessionFactoryTheHostRegisteredFirst_IsKept()
    {
        var own = new CountingFactory();
        using var services = Build([], s => s.AddSingleton<IAssistantSessionFactory>(own));

        Assert.Same(own, services.GetRequiredService<IAssistantSessionFactory>());
        var answer = await services.GetRequiredService<IAssistantSessionFactory>().Create().SendAsync(new TurnInput("Hallo", Now));
        Assert.Equal(Intents.Smalltalk, answer.Intent);
        Assert.Equal(1, own.Created);
    }

    [Fact]
    public async Task AddAssistant_DefaultSessionFactory_AnswersInFreshConversations()
    {
        using var services = Build([]);
        var sessions = services.GetRequiredService<IAssistantSessionFactory>();

        var first = await sessions.Create().SendAsync(new TurnInput("Hallo", Now));
        var second = await sessions.Create().SendAsync(new TurnInput("Hello", Now));

        Assert.Equal(("nl", "en"), (first.Language, second.Language));
    }

    [Fact]
    public void AddAssistant_Paths_AreResolvedAgainstTheBaseDirectoryFromTheFinalConfiguration()
    {
        var baseDirectory = Path.Combine(Path.GetTempPath(), "assistant-hosting-tests");
        var configuration = new ConfigurationManager();
        var services = new ServiceCollection();
        services.AddSingleton<Func<KnowledgeSnapshot>>(() => throw new InvalidOperationException("not needed"));
        services.AddAssistant(configuration, baseDirectory);
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Assistant:Knowledge:Path"] = "kb", ["Assistant:Storage:DataPath"] = "/var/lib/assistant" });
        using var provider = services.BuildServiceProvider();

        var paths = provider.GetRequiredService<AssistantPaths>();

        Assert.Equal(Path.Combine(baseDirectory, "kb"), paths.KnowledgePath);
        Assert.Equal(Path.GetFullPath("/var/lib/assistant"), paths.DataPath);
        Assert.Same(paths, provider.GetRequiredService<AssistantPaths>());
    }

    [Fact]
    public async Task AddAssistant_ForgetMe_AlsoReachesWhatTheHostKeeps()
    {
        var kept = new KeptElsewhere();
        using var services = Build(new() { ["Assistant:Storage:Provider"] = "memory" }, s => s.AddSingleton<IConversationForgetting>(kept));
        var engine = services.GetRequiredService<ConversationEngine>();
        await engine.HandleAsync("conversation-2", new TurnInput("Hallo", Now));

        await engine.HandleAsync("conversation-2", new TurnInput("vergeet mij", Now));

        Assert.Equal(["conversation-2"], kept.Forgotten);
        Assert.Null(await services.GetRequiredService<IConversationStore>().LoadAsync("conversation-2"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddSingleton<Func<KnowledgeSnapshot>>(() => Empty);
        before?.Invoke(services);
        services.AddAssistant(configuration, Path.Combine(Path.GetTempPath(), "assistant-hosting-tests", Guid.NewGuid().ToString("N")));
        return services.BuildServiceProvider();
    }

    private sealed class CountingFactory : IAssistantSessionFactory
    {
        private readonly IAssistantSessionFactory _inner = AssistantRuntime.CreateSessionFactory(() => Empty, new AssistantOptions());

        public int Created { get; private set; }

        public IAssistantSession Create()
        {
            Created++;
            return _inner.Create();
        }
    }

    private sealed class KeptElsewhere : IConversationForgetting
    {
        public List<string> Forgotten { get; } = [];

        public Task ForgetAsync(string conversationKey, CancellationToken cancellationToken = default)
        {
            Forgotten.Add(conversationKey);
            return Task.CompletedTask;
        }
    }
}
