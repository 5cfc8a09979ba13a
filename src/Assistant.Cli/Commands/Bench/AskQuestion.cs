namespace Assistant.Cli.Commands.Bench;

/// <summary>One generated benchmark question: its text, template category and language, and the page's vacancy when asked from a vacancy page.</summary>
public sealed record AskQuestion(string Text, string Category, string Language, string? PageVacancyId);
