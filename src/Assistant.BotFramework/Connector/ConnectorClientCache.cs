using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace Assistant.BotFramework.Connector;

/// <summary>
/// One SDK connector client per (app id, service URL, audience), reused across turns. The SDK builds a new
/// <see cref="ConnectorClient"/> for every turn (about 0.3–0.6 ms of CPU each: its serializer settings and pipeline),
/// even for an expectReplies or invoke turn that never calls it, and disposes it with the turn context; the cache hands
/// out a wrapper whose <see cref="IDisposable.Dispose"/> leaves the shared client alone. The credentials it holds fetch
/// the (MSAL-cached) token and check the service URL's trust on every request, so sharing them is safe. A client is
/// replaced after <see cref="Lifetime"/> (so it takes a fresh handler, and DNS, from the HTTP client factory). Bounded:
/// when more than <see cref="Capacity"/> clients are held (development mode accepts any service URL), it starts over.
/// </summary>
public sealed class ConnectorClientCache
{
    /// <summary>The most clients held at once.</summary>
    public const int Capacity = 1000;

    /// <summary>How long one client is shared.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string? Audience), (long Created, Lazy<Task<IConnectorClient>> Client)> clients = new();

    /// <summary>How many clients are held.</summary>
    public int Count => clients.Count;

    /// <summary>The shared client for the key, created by <paramref name="create"/> the first time.</summary>
    public Task<IConnectorClient> GetAsync(string? appId, string serviceUrl, string? audience, Func<Task<IConnectorClient>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (clients.Count >= Capacity)
        {
            clients.Clear();
        }

        var now = Environment.TickCount64;
        var key = (appId, serviceUrl, audience);
        var entry = clients.GetOrAdd(key, _ => New(create, now));
        if (now - entry.Created > (long)Lifetime.TotalMilliseconds)
        {
            var fresh = New(create, now);
            entry = clients.TryUpdate(key, fresh, entry) ? fresh : clients.GetOrAdd(key, fresh);
        }

        return entry.Client.Value;
    }

    private static (long, Lazy<Task<IConnectorClient>>) New(Func<Task<IConnectorClient>> create, long now) =>
        (now, new Lazy<Task<IConnectorClient>>(async () => new Shared(await create().ConfigureAwait(false))));

    /// <summary>A shared client that a turn context may "dispose" without closing it.</summary>
    private sealed class Shared(IConnectorClient inner) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => inner.BaseUri;
            set => inner.BaseUri = value;
        }

        public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

        public ServiceClientCredentials Credentials => inner.Credentials;

        public IAttachments Attachments => inner.Attachments;

        public IConversations Conversations => inner.Conversations;

        public void Dispose()
        {
        }
    }
}
