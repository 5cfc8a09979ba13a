using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Search;

/// <summary>A unit found for a question: its score, the share of the question's weight it covers, and the features it matched.</summary>
public sealed record SearchHit(ProcedureUnit Unit, double Score, double Coverage, IReadOnlyList<string> Matched);
