using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Assistant.Core.Facts;
using Assistant.Core.Json;
using Assistant.Dialogs.Answering;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Index;
using Assistant.Tools.Deadlines;
using Microsoft.SemanticKernel;

namespace Assistant.AI.Plugins;

/// <summary>
/// The deterministic tools and the search as kernel functions, so a model can pick one by function calling (the
/// understanding fallback: the application, not the model, then runs the tool through the dialogs, with the candidate's
/// profile). Invoked directly, each returns the extracted facts it works from, exactly as the rules have them; what they
/// return is the evidence a model's text is checked against. <see cref="IntentOf"/> maps a function to the engine's intent.
/// </summary>
public sealed class VacancyPlugin
{
    /// <summary>The plugin's name in the kernel.</summary>
    public const string Name = "vacancy";

    private const string VacancyHelp = "The vacancy as the question names it (job title, employer or place), or empty";

    private static readonly Dictionary<string, string> Intents = new(StringComparer.Ordinal)
    {
        ["eligibility"] = Core.Answers.Intents.Eligibility,
        ["deadline"] = Core.Answers.Intents.Deadline,
        ["salary"] = Core.Answers.Intents.Salary,
        ["selection_procedure"] = Core.Answers.Intents.Procedure,
        ["scoring"] = Core.Answers.Intents.Scoring,
        ["benefits"] = Core.Answers.Intents.Benefits,
        ["documents_to_send"] = Core.Answers.Intents.Documents,
        ["contact"] = Core.Answers.Intents.Contact,
        ["list_vacancies"] = Core.Answers.Intents.Vacancies,
        ["search_passages"] = Core.Answers.Intents.General,
    };

    private readonly Func<KnowledgeSnapshot?> _knowledge;
    private readonly TimeProvider _time;

    public VacancyPlugin(Func<KnowledgeSnapshot?> knowledge, TimeProvider time)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The engine's intent for a function of this plugin, or null for a function it does not have.</summary>
    public static string? IntentOf(string function) => Intents.GetValueOrDefault(function);

    [KernelFunction("eligibility")]
    [Description("Whether the candidate may apply: diploma, experience, nationality, licence and other admission requirements.")]
    public string Eligibility([Description(VacancyHelp)] string? vacancy = null) => Facts(vacancy, v => v.Requirements);

    [KernelFunction("deadline")]
    [Description("Whether applications for a vacancy are open now, and the last day to apply.")]
    public string Deadline([Description(VacancyHelp)] string? vacancy = null)
    {
        if (Find(vacancy) is not { } v)
        {
            return "unknown vacancy";
        }

        var status = DeadlineTool.Evaluate(v, _time.GetUtcNow());
        return status.LastDay is { } day
            ? $"{status.Status}; last day {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : status.Status;
    }

    [KernelFunction("salary")]
    [Description("The pay: salary scale, gross monthly or yearly amounts, seniority.")]
    public string Salary([Description(VacancyHelp)] string? vacancy = null) => Facts(vacancy, v => v.Salary);

    [KernelFunction("selection_procedure")]
    [Description("The selection procedure: its steps and their dates, the recruitment reserve.")]
    public string Procedure([Description(VacancyHelp)] string? vacancy = null) => Facts(vacancy, v => v.SelectionSteps);

    [KernelFunction("scoring")]
    [Description("Pass marks and points of the selection tests; whether a reported score passes.")]
    public string Scoring([Description(VacancyHelp)] string? vacancy = null) => Facts(vacancy, v => v.PassRules);

    [KernelFunction("benefits")]
    [Description("Benefits offered: meal vouchers, holidays, training, telework, bike allowance, insurance and the like.")]
    public string Benefits([Description(VacancyHelp)] string? vacancy = null) => Facts(vacancy, v => v.Benefits);

    [KernelFunction("documents_to_send")]
    [Description("The documents to send with an application (CV, diploma copy, certificate) and how to apply.")]
    public string Documents([Description(VacancyHelp)] string? vacancy = null) => Facts(vacancy, v => v.Documents);

    [KernelFunction("contact")]
    [Description("Who to contact about a vacancy.")]
    public string Contact([Description(VacancyHelp)] string? vacancy = null) => Facts(vacancy, v => v.Contacts);

    [KernelFunction("list_vacancies")]
    [Description("Lists the vacancies, e.g. those open now, closing soon, or without a diploma requirement.")]
    public string ListVacancies() =>
        _knowledge() is { } snapshot ? string.Join("\n", snapshot.Vacancies.Select(v => $"{v.Id}: {v.Facts.Title} ({v.Facts.Organisation})")) : "no documents loaded";

    [KernelFunction("search_passages")]
    [Description("Searches the vacancy documents for any other question (job content, working hours, place of work, …) and returns the best matching passages, numbered.")]
    public string SearchPassages([Description("What to look for, in Dutch keywords")] string query, [Description(VacancyHelp)] string? vacancy = null)
    {
        if (_knowledge() is not { } snapshot)
        {
            return "no documents loaded";
        }

        var hits = snapshot.Index.Search(new SearchQuery(query, Find(vacancy)?.Id, Top: 3));
        return hits.Count == 0 ? "no passage found" : string.Join("\n", hits.Select((hit, i) => $"[{i + 1}] {hit.Passage}"));
    }

    private string Facts<T>(string? vacancy, Func<VacancyFacts, T> part) =>
        Find(vacancy) is { } v ? JsonSerializer.Serialize(part(v), FactsJson.Compact) : "unknown vacancy";

    /// <summary>The vacancy by id, else by the words of the question as our resolver reads them.</summary>
    private VacancyFacts? Find(string? vacancy)
    {
        if (string.IsNullOrWhiteSpace(vacancy) || _knowledge() is not { } snapshot)
        {
            return null;
        }

        return snapshot.Find(vacancy)?.Facts
            ?? (AnswerRouter.Analyze(snapshot, vacancy) is { AmbiguousVacancy: false, VacancyIds: [var id] } ? snapshot.Find(id)?.Facts : null);
    }
}
