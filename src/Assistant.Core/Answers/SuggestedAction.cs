namespace Assistant.Core.Answers;

/// <summary>A likely next message, shown as a button: <see cref="Title"/> is shown, <see cref="Value"/> is sent.</summary>
public sealed record SuggestedAction(string Title, string Value);
