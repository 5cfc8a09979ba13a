using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Facts;

/// <summary>
/// A term or duration a document sets, by rules: its kind, the level it is for (null: every level), the duration and
/// the unit it was read from (the citation).
/// </summary>
/// <param name="Kind">
/// "publication" (term between publication and closing), "probation", "reserve" (validity of a recruitment reserve),
/// "reserve-extension", "invitation" (notice before a test), "notification" (results after the last test),
/// "retention" (how long candidates' data is kept), "inspection" (time to ask to see one's own test).
/// </param>
/// <param name="Level">The level (A–E) the term is for, or null for every level.</param>
/// <param name="Duration">The duration as written.</param>
/// <param name="Source">The unit the term was read from.</param>
public sealed record TermFact(string Kind, string? Level, Duration Duration, ProcedureUnit Source);
