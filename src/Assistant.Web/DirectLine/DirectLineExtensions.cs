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
        services.AddSingleton<DirectLineAccess>();
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
