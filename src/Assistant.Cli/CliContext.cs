using Assistant.AI.Evaluation;
using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Model;
using Assistant.Hosting;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Base.Cache;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.Cli;

/// <summary>What every command gets: output writers, the clock, configuration and the knowledge folder.</summary>
public sealed class CliContext
{
    private AssistantPaths? _paths;

    public CliContext(TextWriter output, TextWriter error, TimeProvider time, IConfiguration configuration, string baseDirectory)
    {
        Out = output;
        Error = error;
        Time = time;
        Configuration = configuration;
        BaseDirectory = baseDirectory;
    }

    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public TimeProvider Time { get; }
    public IConfiguration Configuration { get; }

    /// <summary>The folder holding appsettings.json; relative configured paths are resolved against it.</summary>
    public string BaseDirectory { get; }

    /// <summary>The configured folders (knowledge, data), resolved against <see cref="BaseDirectory"/> once.</summary>
    public AssistantPaths Paths => _paths ??= AssistantPaths.Resolve(Configuration, BaseDirectory);

    /// <summary>The knowledge folder: <c>--knowledge DIR</c> (relative to the current directory) or <c>Assistant:Knowledge:Path</c>.</summary>
    public string KnowledgePath(CliArguments args) =>
        args.Get("knowledge") is { } given ? Path.GetFullPath(given) : Paths.KnowledgePath;

    /// <summary>
    /// The assistant built by the composition root (<see cref="AssistantServiceCollectionExtensions.AddAssistant"/>)
    /// over the fixed <paramref name="snapshot"/> with this context's clock; one-shot sessions
    /// (<see cref="IAssistantSessionFactory"/>) keep their state in memory only (<see cref="AssistantRuntime"/>).
    /// Dispose it when done (it owns the conversation store).
    /// </summary>
    /// <param name="snapshot">The knowledge to answer from.</param>
    /// <param name="model">
    /// <c>fake:SCRIPT</c>: a scripted model in process (<see cref="ScriptedChatCompletion"/>) instead of the configured
    /// provider; null: the configured one (<c>Model:Provider</c>, <c>none</c> by default).
    /// </param>
    public ServiceProvider Assistant(KnowledgeSnapshot snapshot, string? model = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Time);
        services.AddSingleton<Func<KnowledgeSnapshot>>(() => snapshot);
        if (model is not null)
        {
            services.AddSingleton<IChatCompletionService>(Scripted(model));
        }

        services.AddSingleton<IAssistantSessionFactory>(sp => AssistantRuntime.CreateSessionFactory(() => snapshot, sp.GetRequiredService<AssistantOptions>(), sp.GetRequiredService<ModelHooks>()));
        services.AddAssistant(Configuration, BaseDirectory);
        return services.BuildServiceProvider();
    }

    /// <summary>The scripted model of <c>--model fake:SCRIPT</c>.</summary>
    public static ScriptedChatCompletion Scripted(string model)
    {
        const string Prefix = "fake:";
        var script = model.StartsWith(Prefix, StringComparison.Ordinal) ? model[Prefix.Length..] : null;
        if (script is null || !ScriptedChatCompletion.Scripts.Contains(script, StringComparer.Ordinal))
        {
            throw new CliUsageException($"--model expects fake:SCRIPT with SCRIPT one of {string.Join(", ", ScriptedChatCompletion.Scripts)} (a real model is configured in the Model section)");
        }

        return new ScriptedChatCompletion(script);
    }

    /// <summary>
    /// The knowledge cache folder (<see cref="KnowledgeCache"/>): <c>Assistant:Knowledge:CachePath</c>, by default <c>cache</c>
    /// under the data folder <c>Assistant:Storage:DataPath</c>, relative to <see cref="BaseDirectory"/>; null when
    /// <c>Assistant:Knowledge:Cache</c> is false.
    /// </summary>
    public string? CacheFolder()
    {
        var options = new KnowledgeOptions();
        Configuration.GetSection(KnowledgeOptions.SectionName).Bind(options);
        return options.CacheFolder(BaseDirectory, Configuration["Assistant:Storage:DataPath"]);
    }

    /// <summary>Loads the knowledge base (through the cache unless <c>--no-cache</c>), printing load errors to standard error.</summary>
    public KnowledgeSnapshot LoadKnowledge(CliArguments args, IReadOnlyCollection<string>? onlyIds = null, bool quiet = false)
    {
        var path = KnowledgePath(args);
        if (!Directory.Exists(path))
        {
            throw new CliUsageException($"knowledge folder not found: {path} (set --knowledge DIR or Assistant:Knowledge:Path)");
        }

        var snapshot = KnowledgeLoader.CreateDefault(Time, cacheFolder: args.Has("no-cache") ? null : CacheFolder()).Load(path, onlyIds);
        foreach (var error in quiet ? [] : snapshot.Errors)
        {
            Error.WriteLine($"warning: {error.VacancyId}: {error.File}: {error.Message}");
        }

        return snapshot;
    }
}
