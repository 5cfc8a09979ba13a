using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Dialogs.Tests.Answering;

/// <summary>A conversation over the seed knowledge for transcript-style tests: <c>await c.Says("…")</c> returns the answer.</summary>
internal sealed class Conversation
{
    private static readonly Lazy<KnowledgeSnapshot> Seeds = new(() =>
        KnowledgeLoader.CreateDefault(new FakeTimeProvider(new DateTimeOffset(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)))).Load(KnowledgePath()));

    private readonly IAssistantSession _session;
    private readonly DateTimeOffset _now;
    private readonly string _channel;
    private readonly string? _page;

    public Conversation(DateTimeOffset? now = null, string channel = "web", string? page = null)
    {
        _session = AssistantRuntime.CreateSessionFactory(() => Seeds.Value, new AssistantOptions()).Create();
        _now = now ?? new DateTimeOffset(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));
        _channel = channel;
        _page = page;
    }

    public static KnowledgeSnapshot Knowledge => Seeds.Value;

    public async Task<Answer> Says(string text) => await _session.SendAsync(new TurnInput(text, _now, _channel, _page));

    private static string KnowledgePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge", "vacancies")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new DirectoryNotFoundException("knowledge folder not found above " + AppContext.BaseDirectory);
    }
}
