namespace Assistant.Cli.Evaluation;

/// <summary>
/// One evaluation case: a conversation run in a fresh session at <see cref="Now"/> on <see cref="Channel"/>.
/// <see cref="IdIsString"/> is false when the YAML id is not a string (e.g. <c>id: 12</c>): the reference judge
/// then cannot match any recorded response to the case.
/// </summary>
public sealed record EvalCase(string Id, bool IdIsString, DateTimeOffset Now, string Channel, IReadOnlyList<EvalTurn> Turns, int Line)
{
    /// <summary>Who asks, for general documents: "public", "staff" or "hr"; null = the channel's default (teams: an HR member).</summary>
    public string? Role { get; init; }
}
