using Assistant.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Tests.Connector;

public sealed class ConnectorServiceCollectionExtensionsTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddBotConnector();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddBotConnector_Configured_BindsSectionAndResolvesClient()
    {
        using var provider = Provider(new()
        {
            ["Assistant:Connector:AppId"] = "app",
            ["Assistant:Connector:ClientSecret"] = "secret",
            ["Assistant:Connector:TenantId"] = "tenant",
            ["Assistant:Connector:MaxRetries"] = "2",
            ["Assistant:Connector:AllowedServiceUrls:0"] = "https://smba.trafficmanager.net/emea/",
        });

        var options = provider.GetRequiredService<IOptions<ConnectorClientOptions>>().Value;

        Assert.Equal("secret", options.AppPassword);
        Assert.Equal(2, options.MaxRetries);
        Assert.Equal(["https://smba.trafficmanager.net/emea/"], options.AllowedServiceUrls);
        Assert.IsType<ConnectorCredentialsFactory>(provider.GetRequiredService<Microsoft.Bot.Connector.Authentication.ServiceClientCredentialsFactory>());
        Assert.NotNull(provider.GetRequiredService<ConnectorHttpClients>().CreateClient("any"));
        Assert.True(provider.GetRequiredService<ConnectorServiceUrlTrust>().IsTrusted(new Uri("https://smba.trafficmanager.net/amer/")));
        Assert.Same(provider.GetRequiredService<IConnectorTokenProvider>(), provider.GetRequiredService<IConnectorTokenProvider>());
        Assert.NotNull(provider.GetRequiredService<TypingThrottle>());
    }

    [Fact]
    public void AddBotConnector_AppIdWithoutSecretOrTenant_FailsValidation()
    {
        using var provider = Provider(new() { ["Assistant:Connector:AppId"] = "app" });

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<ConnectorClientOptions>>().Value);

        Assert.Equal(2, error.Failures.Count());
    }

    [Fact]
    public void AddBotConnector_NoAppId_ValidAndNoTokens()
    {
        using var provider = Provider([]);

        Assert.Null(provider.GetRequiredService<IOptions<ConnectorClientOptions>>().Value.AppId);
        Assert.False(((MsalConnectorTokenProvider)provider.GetRequiredService<IConnectorTokenProvider>()).IsEnabled);
    }
}
