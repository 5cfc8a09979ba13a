using Assistant.Procedures.Facts;
using Assistant.Procedures.Structure;
using Assistant.Procedures.Tools;

namespace Assistant.Procedures.Answers;

/// <summary>
/// What the procedure desk found for a question, before it is put into words: the kind of answer, the units it quotes,
/// and for computations the date with the term and counting rule that gave it. This is the <c>facts</c> of the answer.
/// </summary>
public sealed record ProcedureResult
{
    /// <summary>
    /// "article" (an article's text), "computed" (a date by a tool), "term" (a term or duration read by rules), "extension"
    /// (how a reserve may be extended), "steps" (a numbered list or checklist), "passage" (the best matching paragraph,
    /// row or line), "need-level" (the term differs per level and the question names none), "individual" (one named
    /// employee: refer to the HR mailbox), "not-available" (only documents this reader may not see would answer), "none".
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>The question as read.</summary>
    public Questions.ProcedureQuestion? Question { get; init; }

    /// <summary>The units quoted, in the order to show them.</summary>
    public IReadOnlyList<ProcedureUnit> Units { get; init; } = [];

    /// <summary>The article asked for, when the question names one.</summary>
    public string? Article { get; init; }

    /// <summary>The term facts the answer rests on.</summary>
    public IReadOnlyList<TermFact> Terms { get; init; } = [];

    /// <summary>For "computed": what was computed ("closing-date", "probation-end", "reserve-end", "reserve-extension").</summary>
    public string? Computation { get; init; }

    /// <summary>For "computed": the date the computation started from (publication, start, date of the report).</summary>
    public DateOnly? From { get; init; }

    /// <summary>For "computed": the result.</summary>
    public DateResult? Date { get; init; }

    /// <summary>For "computed": the counting rule applied.</summary>
    public PeriodRule? Rule { get; init; }

    /// <summary>For "extension" and "reserve-extension": the extension fact.</summary>
    public ExtensionFact? Extension { get; init; }

    /// <summary>Closing days that moved a computed date.</summary>
    public IReadOnlyList<ClosingDay> ClosingDays { get; init; } = [];
}
