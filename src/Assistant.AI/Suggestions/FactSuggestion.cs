namespace Assistant.AI.Suggestions;

/// <summary>
/// A proposed <c>facts.yaml</c> entry (<see cref="Field"/>: <see cref="Value"/>) with the sentence of the document it comes
/// from, or the reason it was dropped (<see cref="Dropped"/>: the quote is not in the document, a number of the value is
/// not in the quote, a field that was not asked).
/// </summary>
public sealed record FactSuggestion(string Field, string Value, string Quote, string? Dropped = null);
