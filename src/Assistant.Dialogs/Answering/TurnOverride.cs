namespace Assistant.Dialogs.Answering;

/// <summary>What a running dialog imposes on a turn: the intent and aspect to answer and the vacancy it is about.</summary>
public sealed record TurnOverride(string? Intent, string? Aspect = null, IReadOnlyList<string>? VacancyIds = null);
