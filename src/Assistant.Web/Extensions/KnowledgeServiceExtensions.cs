using Assistant.Knowledge.Base;
using Assistant.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Extensions;

/// <summary>Registers the knowledge base: loaded in the background after start-up (through the cache), then watched (when configured).</summary>
public static class KnowledgeServiceExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var cache = options.CacheFolder(baseDirectory, configuration["Assistant:Storage:DataPath"]);
            return new KnowledgeBase(RepositorySettings.Resolve(baseDirectory, options.Path), options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(), cacheFolder: cache);
        });
        services.TryAddSingleton(new KnowledgeLoadGate());
        services.AddHostedService<KnowledgeStarter>();
        return services;
    }
}
