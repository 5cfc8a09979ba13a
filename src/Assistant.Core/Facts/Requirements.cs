namespace Assistant.Core.Facts;

/// <summary>The admission requirements of a vacancy: evaluable routes plus general requirements.</summary>
public sealed record Requirements
{
    public IReadOnlyList<AdmissionRoute> Routes { get; init; } = [];
    public IReadOnlyList<GeneralRequirement> General { get; init; } = [];
    public IReadOnlyList<Preference> Preferences { get; init; } = [];
    /// <summary>The date on which the requirements are judged, when stated.</summary>
    public DateFact? ReferenceDate { get; init; }
    /// <summary>Whether the reference date is the closing date of applications.</summary>
    public bool JudgedAtDeadline { get; init; }
    /// <summary>
    /// Requirement sentences the rules could not turn into a check (no route, general requirement or preference was read
    /// from them), each with the kinds of candidate facts it is about. A candidate fact of such a kind caps the verdict at
    /// need-info ("check this yourself"); otherwise the sentence is shown as a reminder. Never silently dropped.
    /// </summary>
    public IReadOnlyList<UnparsedRequirement> Unparsed { get; init; } = [];
    /// <summary>
    /// Every sentence of the requirement and profile sections (criterion rows included) that names no asset and says nothing
    /// is "not required", whether or not a rule read it. Consulted only against what a candidate says they lack or refuse
    /// ("ik heb nog geen visum", "ik wil geen nachtdiensten"), so that a condition no rule turned into a check can never be met
    /// by silence.
    /// </summary>
    public IReadOnlyList<RequirementSentence> Sentences { get; init; } = [];
}
