using Assistant.Core.Facts;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// Rule-based extraction of a vacancy's facts from its cleaned, sectioned documents. General over the genre's
/// phrasings (see DOMAIN.md); every fact carries the citation of the sentence it was read from.
/// </summary>
public sealed class FactExtractor
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
    private readonly TimeProvider _time;

    public FactExtractor(TimeProvider time) => _time = time;

    /// <summary>Today in Brussels: the day dates without any year in their document are resolved against.</summary>
    public static DateOnly TodayOf(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Brussels).DateTime);

    /// <summary>Extracts the facts of one vacancy from all its documents.</summary>
    public VacancyFacts Extract(string vacancyId, IReadOnlyList<ParsedDocument> documents) => Extract(vacancyId, documents, out _);

    /// <summary>Extracts the facts of one vacancy; <paramref name="readOn"/> is the day the dates were resolved against when they depend on it (no year anywhere), else null.</summary>
    public VacancyFacts Extract(string vacancyId, IReadOnlyList<ParsedDocument> documents, out DateOnly? readOn)
    {
        var today = TodayOf(_time);
        var view = new DocumentView(vacancyId, documents);
        var ctx = new ExtractionContext(view, today);
        readOn = ctx.UsesToday ? today : null;
        var citations = new Dictionary<string, Citation>();
        var facts = new VacancyFacts
        {
            Id = vacancyId,
            Sources = documents.Select(d => new SourceInfo(d.FileName, d.Format, d.Audience, d.Text.Length)).ToList(),
        };
        facts = IdentityRules.Apply(facts, ctx, citations);
        var (deadline, otherDeadlines) = DeadlineRules.Find(ctx);
        var continuous = ContinuousRecruitmentRules.Find(view);
        if (continuous is not null && deadline is not null)
        {
            ctx.Note("inconsistent", "continuousRecruitment", "the documents speak of continuous recruitment but also state an application deadline; using the deadline", continuous);
            continuous = null;
        }

        if (continuous is not null)
        {
            citations["continuousRecruitment"] = continuous;
        }

        var steps = SelectionRules.FindSteps(ctx);
        facts = facts with
        {
            Regime = RegimeRules.FindRegime(view),
            PublicationDate = PublicationRules.Find(ctx),
            ApplicationDeadline = deadline,
            ContinuousRecruitment = continuous is not null,
            OtherDeadlines = otherDeadlines,
            Requirements = RequirementRules.Find(ctx, deadline, citations.GetValueOrDefault("title")),
            SelectionSteps = steps,
            PassRules = SelectionRules.FindPassRules(ctx),
            Reserve = ReserveRules.Find(ctx),
            Salary = SalaryRules.Find(ctx),
            Benefits = BenefitRules.Find(ctx),
            Documents = DocumentRules.Find(ctx),
            ApplicationChannel = DocumentRules.ApplicationChannel(view),
            DocumentsLater = DocumentRules.AskedLater(view),
            SelectionRemarks = SelectionRemarkRules.Find(view, steps),
            Contacts = ContactRules.Find(ctx),
            Citations = citations,
        };
        return facts with { Notes = ctx.Notes.Concat(InferenceNotes.Collect(facts, ctx)).Concat(UnparsedNotes.Collect(facts, ctx)).ToList() };
    }
}
