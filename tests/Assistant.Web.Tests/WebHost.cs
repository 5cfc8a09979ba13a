using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Web.Tests;

/// <summary>The web host on a real Kestrel at 127.0.0.1 (free port), the repo's knowledge folder, a temp SQLite folder and a fixed clock.</summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2025, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Configuration over the defaults above.</param>
    /// <param name="services">Service replacements.</param>
    /// <param name="waitForKnowledge">Return only once the background knowledge load has finished (false: tests of the start-up itself).</param>
    public WebHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool waitForKnowledge = true)
    {
        DataPath = Path.Combine(Path.GetTempPath(), "assistant-web-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Assistant:Knowledge:Path"] = Path.Combine(RepositoryRoot(), "knowledge"),
            ["Assistant:Knowledge:Watch"] = "false",
            ["Assistant:Storage:DataPath"] = DataPath,
            ["Assistant:Web:PermitsPerIpPerMinute"] = "100000",
            ["Assistant:Web:AnonymousTokensPerIpPerMinute"] = "100000",
            ["Assistant:Web:PollsPerConversationPerMinute"] = "100000",
            ["Assistant:Web:PermitsPerConversationPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _services = services;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        if (waitForKnowledge)
        {
            Services.GetRequiredService<Assistant.Knowledge.Base.KnowledgeBase>().FirstLoad.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        }
    }

    public string DataPath { get; }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    /// <summary>Posts an activity (JSON text) to /api/messages.</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(string json, string? authorization = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts an activity object and returns the reply activities of the body.</summary>
    public async Task<JsonElement[]> RepliesAsync(object activity)
    {
        using var response = await PostActivityAsync(Activities.Json(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("activities").EnumerateArray()];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));

        // Settings Program.cs reads while it registers services (before the configuration above is added): telemetry.
        foreach (var (key, value) in _settings.Where(s => s.Key.StartsWith("Assistant:Telemetry:", StringComparison.Ordinal)))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
