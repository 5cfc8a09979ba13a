using System.Security.Claims;
using Assistant.BotFramework.Auth;
using Assistant.BotFramework.Connector;
using Assistant.BotFramework.Schema;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.BotFramework.Tests.Connector;

/// <summary>
/// The SDK's connector client exactly as the host gets it (<see cref="AssistantBotFrameworkAuthentication"/>'s connector
/// factory, our credentials, trust and retry handler), behind the calls these tests make. Activities are written in the
/// Direct Line server's schema and converted to the SDK's through JSON.
/// </summary>
internal static class TestConnector
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    public static Sut Client(
        ConnectorClientOptions? options = null,
        IConnectorTokenProvider? tokens = null,
        TimeProvider? time = null)
    {
        var given = options ?? new ConnectorClientOptions();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(time ?? new ImmediateTimeProvider(Now));
        services.AddSingleton<IConnectorTokenProvider>(tokens ?? new FakeTokenProvider());
        services.AddBotConnector();
        services.Configure<ConnectorClientOptions>(o =>
        {
            o.AppId = given.AppId;
            o.AppPassword = given.AppPassword ?? (given.AppId is null ? null : "secret");
            o.TenantId = given.TenantId ?? "tenant";
            o.MultiTenant = given.MultiTenant;
            o.MaxRetries = given.MaxRetries;
            o.BaseDelay = given.BaseDelay;
            o.MaxRetryAfter = given.MaxRetryAfter;
            foreach (var url in given.AllowedServiceUrls)
            {
                o.AllowedServiceUrls.Add(url);
            }
        });
        services.AddOptions<BotAuthenticationOptions>().Configure(o => o.MicrosoftAppId = given.AppId);
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<AssistantBotFrameworkAuthentication>();
        return new Sut(services.BuildServiceProvider(), given.AppId);
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

    internal sealed class Sut(ServiceProvider services, string? appId)
    {
        public void TrustServiceUrl(string serviceUrl) => services.GetRequiredService<ConnectorServiceUrlTrust>().Trust(serviceUrl);

        public async Task<Microsoft.Bot.Schema.ResourceResponse> ReplyToActivityAsync(Activity activity, string replyToId)
        {
            var sdk = Convert(activity);
            sdk.ReplyToId ??= replyToId;
            return await (await ClientAsync(activity.ServiceUrl)).Conversations.ReplyToActivityAsync(sdk.Conversation.Id, replyToId, sdk);
        }

        public async Task<Microsoft.Bot.Schema.ResourceResponse> SendToConversationAsync(Activity activity) =>
            await (await ClientAsync(activity.ServiceUrl)).Conversations.SendToConversationAsync(Convert(activity));

        public async Task<Microsoft.Bot.Schema.ResourceResponse> UpdateActivityAsync(Activity activity) =>
            await (await ClientAsync(activity.ServiceUrl)).Conversations.UpdateActivityAsync(Convert(activity));

        public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId) =>
            await (await ClientAsync(serviceUrl)).Conversations.DeleteActivityAsync(conversationId, activityId);

        private Task<IConnectorClient> ClientAsync(string? serviceUrl)
        {
            var identity = appId is null
                ? new ClaimsIdentity(AuthenticationConstants.AnonymousAuthType)
                : new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, appId)], "Bearer");
            return services.GetRequiredService<AssistantBotFrameworkAuthentication>()
                .CreateConnectorFactory(identity)
                .CreateAsync(serviceUrl!, AuthenticationConstants.ToChannelFromBotOAuthScope, CancellationToken.None);
        }

        private static Microsoft.Bot.Schema.Activity Convert(Activity activity) =>
            Newtonsoft.Json.JsonConvert.DeserializeObject<Microsoft.Bot.Schema.Activity>(ActivityJson.Serialize(activity))!;
    }
}
