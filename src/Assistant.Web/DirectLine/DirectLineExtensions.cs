using Assistant.Hosting;
using Assistant.Storage.Postgres;
using Assistant.Web.DirectLine.State;
using Assistant.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Web.DirectLine;

/// <summary>Registers and maps the Direct Line 3.0 endpoint under <c>/v3/directline</c>.</summary>
public static class DirectLineExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DirectLineSecret>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineSecret>());
        services.AddSingleton<DirectLineTokens>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineTokens>());
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton(sp => new PostgresNotifications(sp.GetRequiredService<PostgresDatabase>(), PostgresDirectLineStore.NotifyChannel, sp.GetRequiredService<ILogger<PostgresNotifications>>()));
        services.AddSingleton<IDirectLineState>(sp => sp.GetRequiredService<ResolvedStorage>().Options.IsPostgres
            ? new PostgresDirectLineState(
                new PostgresDirectLineStore(sp.GetRequiredService<PostgresDatabase>()),
                sp.GetRequiredService<PostgresNotifications>(),
                sp.GetRequiredService<IOptions<DirectLineOptions>>(),
                sp.GetRequiredService<TimeProvider>())
            : new MemoryDirectLineState(sp.GetRequiredService<IOptions<DirectLineOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IConversationForgetting, DirectLineForgetting>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineBotAdapter>();
        services.AddSingleton<DirectLineTurns>();
        return services;
    }

    /// <summary>WebSockets and the Direct Line routes.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.MapDirectLineTokens();
        app.MapDirectLineConversations();
        app.MapDirectLineActivities();
        return app;
    }
}
