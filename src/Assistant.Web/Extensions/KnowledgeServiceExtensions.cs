using Assistant.Knowledge.Base;
using Assistant.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Extensions;

/// <summary>Registers the knowledge base: loaded at start-up, then watched (when configured).</summary>
public static class KnowledgeServiceExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return new KnowledgeBase(RepositorySettings.Resolve(baseDirectory, options.Path), options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>());
        });
        services.AddHostedService<KnowledgeStarter>();
        return services;
    }
}
