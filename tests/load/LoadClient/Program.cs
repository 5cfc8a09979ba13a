using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using LoadClient;

// The load benchmark's client: see LoadOptions.Usage and tests/load/run.sh.
var (options, error) = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

if (!File.Exists(options.QuestionsPath))
{
    Console.Error.WriteLine($"questions file not found: {options.QuestionsPath}");
    return 2;
}

var questions = File.ReadAllLines(options.QuestionsPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
if (questions.Length == 0)
{
    Console.Error.WriteLine($"no questions in {options.QuestionsPath}");
    return 2;
}

using var handler = new SocketsHttpHandler
{
    UseProxy = false,
    UseCookies = false,
    AllowAutoRedirect = false,
    AutomaticDecompression = DecompressionMethods.None,
    MaxConnectionsPerServer = options.Conversations + 16,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    // Below Node's 5 s keep-alive timeout, so an idle connection the echo bot is about to close is not reused.
    PooledConnectionIdleTimeout = TimeSpan.FromSeconds(4),
    ConnectTimeout = TimeSpan.FromSeconds(10),
};
using var http = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(60) };
http.DefaultRequestVersion = HttpVersion.Version11;
http.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;

var run = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
var conversations = Enumerable.Range(0, options.Conversations)
    .Select(n => options.IsDirectLine ? (Conversation)new DirectLineConversation(http, options, n, run) : new MessagesConversation(http, options, n, run))
    .ToArray();

try
{
    // Starting the conversations (Direct Line) is not measured; a few at a time so the start is not a burst.
    using var starting = new SemaphoreSlim(16);
    await Task.WhenAll(conversations.Select(async c =>
    {
        await starting.WaitAsync();
        try
        {
            await c.StartAsync(CancellationToken.None);
        }
        finally
        {
            starting.Release();
        }
    }));
}
catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException or KeyNotFoundException or TaskCanceledException)
{
    Console.Error.WriteLine($"{options.Label}: could not start the conversations: {e.Message}");
    return 1;
}

var cpuBefore = Environment.CpuUsage.TotalTime;
var wallBefore = TimeProvider.System.GetTimestamp();
var result = await new LoadRun(options, questions, conversations).RunAsync();
var clientCores = (Environment.CpuUsage.TotalTime - cpuBefore) / TimeProvider.System.GetElapsedTime(wallBefore);
Console.WriteLine(options.Json ? result.ToJson(options, clientCores) : result.ToText(options));
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Label}: the client used {clientCores:0.00} cores"));
foreach (var (kind, count) in result.ErrorKinds.OrderByDescending(k => k.Value))
{
    Console.Error.WriteLine($"{options.Label}: {count} × {kind}");
}

return result.Errors > 0 ? 1 : 0;
