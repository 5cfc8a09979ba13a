using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>A selection step while it is being assembled from its heading or list item, its body and date notes elsewhere.</summary>
public sealed class StepDraft
{
    public required string Name { get; set; }
    public required string Kind { get; init; }
    public required TextLine Anchor { get; init; }
    public List<TextLine> Body { get; } = [];
    public List<StepDate> Dates { get; } = [];
    public decimal? MaxPoints { get; set; }
    public PassMark? PassMark { get; set; }
    public bool Eliminating { get; set; }
    public decimal? Weight { get; set; }
    public bool CountsInFinal { get; set; } = true;
    public bool Conditional { get; set; }
    public string? AppliesTo { get; set; }
    public string? Parent { get; set; }
    public bool IsGroupHeading { get; set; }

    /// <summary>True when the step was made from a date note outside the step list.</summary>
    public bool FromNote { get; init; }

    /// <summary>The table the step is a row of, with the row's cells (points and pass mark by column).</summary>
    public StepTable? Table { get; set; }
    public IReadOnlyList<string>? Row { get; set; }

    /// <summary>The anchor and body lines.</summary>
    public IEnumerable<TextLine> Lines => Body.Prepend(Anchor);

    /// <summary>Whether a date note or sentence about <paramref name="kind"/>/<paramref name="name"/> is about this step.</summary>
    public bool Matches(string kind, string name) =>
        kind == Kind && (kind is not ("other" or "test") || StepText.KeyWords(name).Intersect(StepText.KeyWords(Name)).Any());

    /// <summary>How many of this step's key words a sentence names.</summary>
    public int Overlap(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        return StepText.KeyWords(Name).Count(w => lower.Contains(w, StringComparison.Ordinal));
    }
}
