using Assistant.BotFramework.Auth;
using Assistant.Web.Hosting;
using Assistant.Web.Http;
using Assistant.Web.Messages;

namespace Assistant.Web.Extensions;

/// <summary>Registers the Bot Framework channel (/api/messages), the staff endpoint's access rules and rate limiting.</summary>
public static class BotChannelServiceExtensions
{
    public static IServiceCollection AddBotChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration.GetSection(BotAuthenticationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection(StaffOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<ActivityHandler>();
        services.AddProblemDetails();
        services.AddClientRateLimiting();
        return services;
    }
}
