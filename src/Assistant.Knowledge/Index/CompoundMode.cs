namespace Assistant.Knowledge.Index;

/// <summary>How the index lets a part of a Dutch compound ("diploma") find the compound ("bachelordiploma").</summary>
public enum CompoundMode
{
    /// <summary>No compound handling: only whole words match.</summary>
    None,

    /// <summary>
    /// Compounds are split at index time into parts found in a word list built from the corpus's own
    /// vocabulary plus a small domain list (the default: measured best on the evaluation questions).
    /// </summary>
    Dictionary,

    /// <summary>An extra field of character 4-grams, searched alongside the stemmed words.</summary>
    NGram,
}
