using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Connector;

/// <summary>Registration of the outbound connector.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ConnectorClientOptions"/> from <c>Assistant:Connector</c> (validated at
    /// start), and registers the MSAL token provider, the service-URL trust and the typing
    /// throttle as singletons and <see cref="ConnectorClient"/> as a typed HTTP client. Returns
    /// the client's builder for handlers or timeouts. Needs a <see cref="TimeProvider"/>
    /// (<see cref="TimeProvider.System"/> is added when none is registered).
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
        return services.AddHttpClient<ConnectorClient>();
    }
}
