using Assistant.BotFramework.Connector;

namespace Assistant.BotFramework.Tests.Connector;

public sealed class FakeTokenProvider : IConnectorTokenProvider
{
    public const string Token = "fake-connector-token";

    public int Calls { get; private set; }

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult<string?>(Token);
    }
}
