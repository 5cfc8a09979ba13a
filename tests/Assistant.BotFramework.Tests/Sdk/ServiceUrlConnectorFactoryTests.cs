using Assistant.BotFramework.Connector;

namespace Assistant.BotFramework.Tests.Sdk;

public sealed class ServiceUrlConnectorFactoryTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("http://127.0.0.1:1/", true)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("not a url", false)]
    [InlineData("/relative/path", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void HasServiceUrl_OnlyAbsoluteHttpOrHttps(string? serviceUrl, bool expected) =>
        Assert.Equal(expected, ServiceUrlConnectorFactory.HasServiceUrl(serviceUrl));
}
