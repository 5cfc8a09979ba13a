namespace Assistant.Knowledge.Index;

/// <summary>Field names of a passage document in the Lucene index.</summary>
internal static class IndexFields
{
    /// <summary>The passage text (analysed, stored).</summary>
    public const string Text = "text";

    /// <summary>The section title (analysed, stored).</summary>
    public const string Title = "title";

    /// <summary>Character 4-grams of the passage text (only in <see cref="CompoundMode.NGram"/> mode).</summary>
    public const string Grams = "grams";

    /// <summary>The vacancy id as written (not analysed, stored).</summary>
    public const string Vacancy = "vacancy";

    /// <summary>The vacancy id in lower case, for case-insensitive filtering.</summary>
    public const string VacancyKey = "vacancy_key";

    /// <summary>"public" or "internal".</summary>
    public const string Audience = "audience";

    /// <summary>The document file name (stored).</summary>
    public const string Document = "document";

    /// <summary>Vacancy id + file name, to count documents.</summary>
    public const string DocumentKey = "document_key";

    /// <summary>Offsets of the passage in the document's cleaned text (stored).</summary>
    public const string Start = "start";

    /// <summary>See <see cref="Start"/>.</summary>
    public const string End = "end";

    /// <summary>Commit data key recording the compound mode the index was built with.</summary>
    public const string CompoundCommitKey = "compound";

    /// <summary>The analysis of the query text before stemming (no field of the index uses it).</summary>
    public const string RawQuery = "raw";
}
