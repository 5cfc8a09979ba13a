namespace Assistant.BotFramework.Connector;

/// <summary>Bearer tokens for calls to the Bot Framework connector.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>An access token, or <c>null</c> when the bot has no app id (development mode).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
