using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Assistant.Core.Conversations;
using Assistant.Storage;
using Assistant.Storage.Postgres;
using Assistant.Tests.Postgres;
using Assistant.Web.Tests.DirectLine;

namespace Assistant.Web.Tests.Scale;

/// <summary>Web hosts (real Kestrel on 127.0.0.1) sharing one PostgreSQL database, the Direct Line secret and the token signing key.</summary>
public sealed class Instances : IDisposable
{
    public const string Secret = "multi-instance-secret-0123456789abcdef";
    public const string Apology = "Sorry, er ging iets mis";

    private readonly List<WebHost> _hosts = [];

    public Instances(PostgresServer server, int count = 2)
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        ConnectionString = server.CreateDatabaseAsync().GetAwaiter().GetResult();
        for (var i = 0; i < count; i++)
        {
            Add();
        }
    }

    public string ConnectionString { get; }

    public WebHost this[int index] => _hosts[index];

    /// <summary>Starts one more instance on the database.</summary>
    public WebHost Add()
    {
        var host = new WebHost(new Dictionary<string, string?>
        {
            ["Assistant:Storage:Provider"] = "postgres",
            ["Assistant:Storage:ConnectionString"] = ConnectionString,
            ["Assistant:DirectLine:Secret"] = Secret,
            ["Assistant:DirectLine:SigningKey"] = "multi-instance-signing-key-fedcba9876543210",
        });
        _hosts.Add(host);
        return host;
    }

    /// <summary>Stops an instance (its Kestrel server and everything in its process memory).</summary>
    public void Stop(int index) => _hosts[index].Dispose();

    /// <summary>A store on the same database, to count what was written (the hosts' fixed clock).</summary>
    public PostgresConversationStore Reader() =>
        new(new PostgresDatabase(ConnectionString), new StorageOptions { Provider = "postgres", ConnectionString = ConnectionString }, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(WebHost.Now), ownsDatabase: true);

    public static async Task<JsonElement> StartAsync(WebHost host, string token)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new { locale = "nl-BE" }) };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"start answered {response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var t) ? t.GetString() : null;

    public static bool FromBot(JsonElement activity) => activity.GetProperty("from").TryGetProperty("role", out var r) && r.GetString() == "bot";

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }
    }

    /// <summary>The transcript lines of a conversation key, as stored.</summary>
    public async Task<IReadOnlyList<TranscriptEntry>> TranscriptAsync(string conversationKey)
    {
        using var reader = Reader();
        return await reader.ReadTranscriptAsync(conversationKey);
    }

    public static DirectLineClient Client(WebHost host) => new(host);
}
