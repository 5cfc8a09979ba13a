using Assistant.Knowledge.Base;
using Assistant.Hosting;
using Assistant.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Extensions;

/// <summary>Registers the knowledge base (loaded in the background after start-up, through the cache, then watched when configured) and the current snapshot as the assistant's knowledge.</summary>
public static class KnowledgeServiceExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddAssistantPaths(configuration, baseDirectory);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var paths = sp.GetRequiredService<AssistantPaths>();
            var cache = options.CacheFolder(paths.BaseDirectory, configuration["Assistant:Storage:DataPath"]);
            return new KnowledgeBase(paths.KnowledgePath, options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(), cacheFolder: cache);
        });
        services.AddSingleton<Func<KnowledgeSnapshot>>(sp =>
        {
            var knowledge = sp.GetRequiredService<KnowledgeBase>();
            return () => knowledge.Current;
        });
        services.TryAddSingleton(new KnowledgeLoadGate());
        services.AddHostedService<KnowledgeStarter>();
        return services;
    }
}
