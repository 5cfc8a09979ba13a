using System.Text.RegularExpressions;

namespace Assistant.Dialogs.Understanding.Classification;

/// <summary>A pattern over the rule text that adds <paramref name="Weight"/> to an intent when it matches.</summary>
internal sealed record IntentCue(string Intent, double Weight, Regex Pattern);
