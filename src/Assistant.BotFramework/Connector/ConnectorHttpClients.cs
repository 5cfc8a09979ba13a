namespace Assistant.BotFramework.Connector;

/// <summary>
/// The <see cref="IHttpClientFactory"/> handed to the SDK: whatever name it asks for, the connector's named client
/// (<see cref="Name"/>, with <see cref="ConnectorRetryHandler"/>), so every call of its connector client is retried the same way.
/// </summary>
public sealed class ConnectorHttpClients(IHttpClientFactory inner) : IHttpClientFactory
{
    /// <summary>The named HTTP client of the connector.</summary>
    public const string Name = "Assistant.BotConnector";

    /// <inheritdoc />
    public HttpClient CreateClient(string name) => inner.CreateClient(Name);
}
