using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Connector;

/// <summary>Registration of the outbound connector (the SDK's connector client with our credentials and retries).</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ConnectorClientOptions"/> from <c>Assistant:Connector</c> (validated at start), and registers
    /// the MSAL token provider, the service-URL trust, the typing throttle, the SDK's credentials factory
    /// (<see cref="ConnectorCredentialsFactory"/>) and the connector's named HTTP client with
    /// <see cref="ConnectorRetryHandler"/>. Returns that client's builder for more handlers or timeouts. Needs a
    /// <see cref="TimeProvider"/> (<see cref="TimeProvider.System"/> is added when none is registered).
    /// </summary>
    public static IHttpClientBuilder AddBotConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ConnectorClientOptions>()
            .BindConfiguration(ConnectorClientOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorClientOptions>, ConnectorClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.TryAddSingleton<ConnectorServiceUrlTrust>();
        services.TryAddSingleton<TypingThrottle>();
        services.TryAddSingleton<ServiceClientCredentialsFactory, ConnectorCredentialsFactory>();
        services.TryAddSingleton<ConnectorHttpClients>();
        services.TryAddTransient<ConnectorRetryHandler>();
        return services.AddHttpClient(ConnectorHttpClients.Name).AddHttpMessageHandler<ConnectorRetryHandler>();
    }
}
