using Assistant.BotFramework.Connector;
using Assistant.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Tests.Connector;

internal static class TestConnector
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    public static ConnectorClient Client(
        ConnectorClientOptions? options = null,
        IConnectorTokenProvider? tokens = null,
        TimeProvider? time = null)
    {
        var wrapped = Options.Create(options ?? new ConnectorClientOptions());
        return new ConnectorClient(
            new HttpClient(),
            tokens ?? new FakeTokenProvider(),
            new ConnectorServiceUrlTrust(wrapped),
            wrapped,
            time ?? new ImmediateTimeProvider(Now),
            NullLogger<ConnectorClient>.Instance);
    }

    public static Activity Message(string serviceUrl, string conversationId = "conv-1", string text = "Hallo") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "bot" },
        Recipient = new ChannelAccount { Id = "user" },
        Text = text,
    };
}
