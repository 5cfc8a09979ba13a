using Assistant.Core.Answers;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Dialogs.Tests.Support;

/// <summary>
/// A temporary knowledge folder of invented vacancies written as plain text, asked one question at a time in a fresh
/// conversation on the web channel at a fixed clock; deleted on dispose.
/// </summary>
public sealed class TextVacancies(DateTimeOffset now) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("text-vacancies-").FullName;

    /// <summary>Writes <paramref name="text"/> as the vacancy <paramref name="id"/>'s only document.</summary>
    public void Write(string id, string text)
    {
        var folder = Path.Combine(_folder, "vacancies", id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "vacancy.txt"), text);
    }

    /// <summary>Loads the folder as it is now and asks <paramref name="question"/> in a new conversation.</summary>
    public async Task<Answer> AskAsync(string question)
    {
        using var snapshot = KnowledgeLoader.CreateDefault(new FakeTimeProvider(now)).Load(_folder);
        var session = AssistantRuntime.CreateSessionFactory(() => snapshot, new AssistantOptions()).Create();
        return await session.SendAsync(new TurnInput(question, now, "web", null));
    }

    /// <summary>Asks <paramref name="questions"/> one after the other in one conversation; the answers in order.</summary>
    public async Task<IReadOnlyList<Answer>> AskInTurnAsync(params string[] questions)
    {
        using var snapshot = KnowledgeLoader.CreateDefault(new FakeTimeProvider(now)).Load(_folder);
        var session = AssistantRuntime.CreateSessionFactory(() => snapshot, new AssistantOptions()).Create();
        var answers = new List<Answer>();
        foreach (var question in questions)
        {
            answers.Add(await session.SendAsync(new TurnInput(question, now, "web", null)));
        }

        return answers;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
