namespace Assistant.Core.Facts;

/// <summary>
/// Everything extracted about one vacancy. Scalar facts (organisation, title, scale, …) are plain values whose
/// citations sit in <see cref="Citations"/> under the field name; structured facts carry their own citation.
/// </summary>
public sealed record VacancyFacts
{
    public required string Id { get; init; }
    public string? Organisation { get; init; }
    public string? Title { get; init; }
    /// <summary>The salary scale as written ("B1-B3", "A4a-A4b").</summary>
    public string? Scale { get; init; }
    /// <summary>The level letter ("A".."E") from the scale or the text.</summary>
    public string? Level { get; init; }
    public string? Location { get; init; }
    public Regime? Regime { get; init; }
    public DateFact? PublicationDate { get; init; }
    /// <summary>The application deadline; null when none is stated and when recruitment is continuous.</summary>
    public Deadline? ApplicationDeadline { get; init; }
    /// <summary>
    /// True when the documents say applications are open continuously ("doorlopende werving", "er is geen uiterste
    /// inschrijvingsdatum"); the sentence is in <see cref="Citations"/> under "continuousRecruitment".
    /// </summary>
    public bool ContinuousRecruitment { get; init; }
    /// <summary>Other deadlines (return of an assignment, delivery of a document).</summary>
    public IReadOnlyList<Deadline> OtherDeadlines { get; init; } = [];
    public Requirements Requirements { get; init; } = new();
    public IReadOnlyList<SelectionStep> SelectionSteps { get; init; } = [];
    public IReadOnlyList<PassRule> PassRules { get; init; } = [];
    public Reserve? Reserve { get; init; }
    public Salary? Salary { get; init; }
    public IReadOnlyList<Benefit> Benefits { get; init; } = [];
    public IReadOnlyList<RequiredDocument> Documents { get; init; } = [];
    /// <summary>
    /// The sentences that say how an application is sent ("Solliciteren kan enkel online via …", "Kandidaturen via e-mail
    /// aanvaarden we niet"), at most two per document, those that restrict the way first.
    /// </summary>
    public IReadOnlyList<Citation> ApplicationChannel { get; init; } = [];
    /// <summary>
    /// The sentences that name a document asked for later or by someone else, not with the application ("Je diploma vragen
    /// we pas op als je geslaagd bent", "Je laatste evaluatie vraagt HR zelf op").
    /// </summary>
    public IReadOnlyList<Citation> DocumentsLater { get; init; } = [];
    /// <summary>
    /// Sentences of the selection sections that <see cref="SelectionSteps"/> leave out: a test no step names ("bij meer
    /// dan 20 kandidaturen eerst een online preselectietest"), or a step that depends on the number of candidates.
    /// </summary>
    public IReadOnlyList<Citation> SelectionRemarks { get; init; } = [];
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public IReadOnlyDictionary<string, Citation> Citations { get; init; } = new Dictionary<string, Citation>();
    public IReadOnlyList<SourceInfo> Sources { get; init; } = [];
    public IReadOnlyList<ExtractionNote> Notes { get; init; } = [];
}
