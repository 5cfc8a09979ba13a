using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Facts;

/// <summary>
/// How a recruitment reserve may be extended: how often (null: each time again, "telkens"), by how much, up to which total
/// validity, and who decides (the sentence's subject, as written).
/// </summary>
public sealed record ExtensionFact(int? Times, Duration? Amount, Duration? MaxTotal, string? Authority, ProcedureUnit Source);
