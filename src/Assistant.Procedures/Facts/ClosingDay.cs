using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Facts;

/// <summary>A day the employer's services are closed, as a document lists it (a table row or list item under a "sluitingsdagen" heading).</summary>
public sealed record ClosingDay(DateOnly Date, ProcedureUnit Source);
