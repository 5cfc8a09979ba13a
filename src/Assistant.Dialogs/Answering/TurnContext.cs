using Assistant.Understanding;
using Assistant.Knowledge.Base;
using Assistant.Tools.Profile;

namespace Assistant.Dialogs.Answering;

/// <summary>Everything a composer needs for one turn: language, clock, channel, knowledge, the analysed question and the profile so far.</summary>
public sealed record TurnContext(
    string Language,
    DateTimeOffset Now,
    string Channel,
    KnowledgeSnapshot Knowledge,
    QuestionAnalysis Analysis,
    CandidateProfile Profile,
    AssistantOptions Options,
    string Text)
{
    /// <summary>The question the dialog this turn answers in started from (null outside a dialog).</summary>
    public string? DialogQuestion { get; init; }
}
