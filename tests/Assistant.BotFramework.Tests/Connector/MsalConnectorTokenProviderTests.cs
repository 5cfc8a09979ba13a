using Assistant.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Tests.Connector;

public sealed class MsalConnectorTokenProviderTests
{
    private const string Tenant = "99999999-8888-7777-6666-555555555555";

    [Fact]
    public async Task GetTokenAsync_NoAppId_ReturnsNoToken()
    {
        var sut = new MsalConnectorTokenProvider(Options.Create(new ConnectorClientOptions { TenantId = Tenant }));

        Assert.False(sut.IsEnabled);
        Assert.Null(await sut.GetTokenAsync());
    }

    [Fact]
    public void Constructor_AppIdAndSecret_Enabled()
    {
        var sut = new MsalConnectorTokenProvider(Options.Create(
            new ConnectorClientOptions { AppId = "app", ClientSecret = "secret", TenantId = Tenant }));

        Assert.True(sut.IsEnabled);
    }

    [Fact]
    public void Authority_SingleTenant_UsesConfiguredTenant()
    {
        var authority = MsalConnectorTokenProvider.Authority(new ConnectorClientOptions { AppId = "app", TenantId = Tenant });

        Assert.Equal(new Uri($"https://login.microsoftonline.com/{Tenant}/"), authority);
    }

    [Fact]
    public void Authority_MultiTenant_UsesBotFrameworkTenant()
    {
        var authority = MsalConnectorTokenProvider.Authority(
            new ConnectorClientOptions { AppId = "app", TenantId = Tenant, MultiTenant = true });

        Assert.Equal(new Uri("https://login.microsoftonline.com/botframework.com/"), authority);
    }

    [Fact]
    public void Authority_SingleTenantWithoutTenant_Throws()
    {
        Assert.Throws<InvalidOperationException>(
            () => MsalConnectorTokenProvider.Authority(new ConnectorClientOptions { AppId = "app" }));
    }

    [Fact]
    public void Scope_IsBotFrameworkDefault()
    {
        Assert.Equal("https://api.botframework.com/.default", MsalConnectorTokenProvider.Scope);
    }

    [Fact]
    public void ClientSecret_IsAliasOfAppPassword()
    {
        var options = new ConnectorClientOptions { ClientSecret = "s" };

        Assert.Equal("s", options.AppPassword);
    }
}
