using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Dialogs.Tests.Cards;

/// <summary>Real answers for card tests: the assistant over the repository's seed knowledge, one fresh conversation per question.</summary>
internal static class SeedAnswers
{
    /// <summary>The clock of the seed questions: 1 December 2025, 10:00 in Brussels.</summary>
    public static readonly DateTimeOffset Now = new(2025, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly Lazy<KnowledgeSnapshot> Snapshot = new(() =>
        KnowledgeLoader.CreateDefault(new FakeTimeProvider(Now)).Load(Path.Combine(RepositoryRoot(), "knowledge")));

    private static readonly Lazy<IAssistantSessionFactory> Sessions = new(() =>
        AssistantRuntime.CreateSessionFactory(() => Snapshot.Value, new AssistantOptions()));

    /// <summary>The answer to <paramref name="question"/> in a new conversation.</summary>
    public static async Task<Answer> Ask(string question) =>
        await Sessions.Value.Create().SendAsync(new TurnInput(question, Now, "web"));

    /// <summary>The facts of the vacancy an answer is about.</summary>
    public static VacancyFacts Vacancy(Answer answer) =>
        Snapshot.Value.Find(Assert.Single(answer.VacancyIds))?.Facts ?? throw new InvalidOperationException("vacancy not loaded");

    /// <summary>The folder holding appsettings.json, walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (appsettings.json) not found above " + AppContext.BaseDirectory);
    }
}
