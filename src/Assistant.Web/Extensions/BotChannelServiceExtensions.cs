using Assistant.BotFramework.Auth;
using Assistant.BotFramework.Connector;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Assistant.Web.Messages;
using Microsoft.Bot.Connector.Authentication;

namespace Assistant.Web.Extensions;

/// <summary>Registers the Bot Framework channel (/api/messages), the staff endpoint's access rules and rate limiting.</summary>
public static class BotChannelServiceExtensions
{
    public static IServiceCollection AddBotChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration.GetSection(BotAuthenticationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection(StaffOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.SectionName));
        services.AddOptions<HrOptions>().Bind(configuration.GetSection(HrOptions.SectionName));
        services.AddSingleton<BotTokenValidator>();
        services.AddBotConnector();
        services.PostConfigure<ConnectorClientOptions>(connector => UseBotIdentity(connector, configuration));

        // The SDK: its BotFrameworkAuthentication built from our configuration, its CloudAdapter, our bot.
        services.AddSingleton<AssistantBotFrameworkAuthentication>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => sp.GetRequiredService<AssistantBotFrameworkAuthentication>());
        services.AddSingleton<AssistantAdapter>();
        services.AddSingleton<AssistantBot>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddProblemDetails();
        services.AddClientRateLimiting();
        return services;
    }

    /// <summary>
    /// The connector uses the bot's identity from <c>Assistant:Bot</c> (MicrosoftAppId, MicrosoftAppTenantId,
    /// MicrosoftAppPassword) unless <c>Assistant:Connector</c> sets its own, so an app id is configured once.
    /// </summary>
    private static void UseBotIdentity(ConnectorClientOptions connector, IConfiguration configuration)
    {
        var bot = configuration.GetSection(BotAuthenticationOptions.SectionName);
        if (string.IsNullOrWhiteSpace(connector.AppId))
        {
            connector.AppId = bot[nameof(BotAuthenticationOptions.MicrosoftAppId)];
        }

        if (string.IsNullOrWhiteSpace(connector.TenantId))
        {
            connector.TenantId = bot[nameof(BotAuthenticationOptions.MicrosoftAppTenantId)];
        }

        if (string.IsNullOrWhiteSpace(connector.AppPassword))
        {
            connector.AppPassword = bot["MicrosoftAppPassword"];
        }
    }
}
