namespace Assistant.AI.Configuration;

/// <summary>
/// Which hooks a configured model serves (<c>Model:Uses</c>); all of them are off while <see cref="ModelOptions.Provider"/>
/// is <c>none</c>.
/// </summary>
public sealed class ModelUses
{
    /// <summary>Picks the tool when the rules are unsure of a question's intent (default on).</summary>
    public bool Understanding { get; set; } = true;

    /// <summary>Writes a short cited answer from the retrieved passages of an open question (default on).</summary>
    public bool GroundedAnswers { get; set; } = true;

    /// <summary>Rewords templated answers without a verdict (default off).</summary>
    public bool Phrasing { get; set; }
}
