namespace Assistant.Core.Answers;

/// <summary>Where an answer comes from (<see cref="Answer.Source"/>); the strings are the wire values.</summary>
public static class AnswerSources
{
    /// <summary>Computed by a tool from extracted facts.</summary>
    public const string Rules = "rules";

    /// <summary>A passage of a document: quoted, or worded by the optional language model with citations to the passages (checked in code).</summary>
    public const string Retrieval = "retrieval";

    /// <summary>Generated text (not used: no language model is configured).</summary>
    public const string Generation = "generation";

    /// <summary>The documents do not say; the text gives a contact.</summary>
    public const string None = "none";

    public static IReadOnlyList<string> All { get; } = [Rules, Retrieval, Generation, None];
}
