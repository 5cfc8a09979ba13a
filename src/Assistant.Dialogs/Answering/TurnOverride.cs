namespace Assistant.Dialogs.Answering;

/// <summary>What a running dialog imposes on a turn: the intent and aspect to answer and the vacancy it is about.</summary>
public sealed record TurnOverride(string? Intent, string? Aspect = null, IReadOnlyList<string>? VacancyIds = null)
{
    /// <summary>The question a dialog started from, for what a reply leaves implicit (the post of a document with several).</summary>
    public string? Question { get; init; }
}
