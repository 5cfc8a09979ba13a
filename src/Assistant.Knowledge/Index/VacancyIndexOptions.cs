namespace Assistant.Knowledge.Index;

/// <summary>Tuning of the passage index; the defaults are the measured choice.</summary>
public sealed record VacancyIndexOptions
{
    /// <summary>The defaults: dictionary decompounding, section titles boosted.</summary>
    public static VacancyIndexOptions Default { get; } = new();

    /// <summary>How compounds are handled.</summary>
    public CompoundMode Compound { get; init; } = CompoundMode.Dictionary;

    /// <summary>Weight of a query word found in the passage's section title, relative to the passage text (higher values let every passage of a section with a matching title crowd out the answer).</summary>
    public float TitleBoost { get; init; } = 0.4f;

    /// <summary>Weight of each matching character 4-gram in <see cref="CompoundMode.NGram"/> mode.</summary>
    public float NGramBoost { get; init; } = 0.15f;

    /// <summary>BM25 term-frequency saturation.</summary>
    public float Bm25K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalisation (0 = none, 1 = full): passages differ in length, short ones should not win by that alone.</summary>
    public float Bm25B { get; init; } = 0.5f;

    /// <summary>Words added to the decompounding word list besides the corpus vocabulary.</summary>
    public IReadOnlyCollection<string> ExtraCompoundParts { get; init; } = [];

    /// <summary>Threads used to analyse and index documents; 0 = one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; }
}
