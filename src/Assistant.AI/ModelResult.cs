namespace Assistant.AI;

/// <summary>
/// What a use of the model gives back: the model's text when every guard passed (<see cref="FromModel"/>), else the
/// templated answer with the <see cref="Reason"/> it was kept (off, budget, timeout, error, numbers, citations, …).
/// </summary>
public sealed record ModelResult(string Text, bool FromModel, string Reason, IReadOnlyList<int> Citations)
{
    public static ModelResult Templated(string text, string reason) => new(text, false, reason, []);
}

/// <summary>A tool the model chose for a question it was asked to understand, with the arguments it filled; the application runs it.</summary>
public sealed record ToolChoice(string Plugin, string Function, IReadOnlyDictionary<string, string?> Arguments);
