using Assistant.Knowledge.Base;
using Assistant.Core.Conversations;

namespace Assistant.Web.Health;

/// <summary><c>GET /healthz</c> (the process runs; answered as soon as the server listens) and <c>GET /readyz</c> (knowledge loaded and the store usable; 503 with a reason before).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", ReadyAsync);
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(KnowledgeBase knowledge, IConversationStore store, CancellationToken cancellationToken)
    {
        var problem = KnowledgeProblem(knowledge);
        if (problem is null && !await store.IsHealthyAsync(cancellationToken))
        {
            problem = "the conversation store is not usable";
        }

        return problem is null
            ? Results.Json(new ReadyStatus("ready", null))
            : Results.Json(new ReadyStatus("not-ready", problem), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Null when at least one vacancy is loaded, or the vacancies folder is explicitly empty.</summary>
    private static string? KnowledgeProblem(KnowledgeBase knowledge)
    {
        if (knowledge.CurrentOrNull is not { } snapshot)
        {
            return knowledge.NotLoadedReason ?? "the knowledge base is not loaded";
        }

        if (snapshot.Vacancies.Count > 0)
        {
            return null;
        }

        var vacancies = Path.Combine(knowledge.KnowledgePath, "vacancies");
        return snapshot.Errors.Count == 0 && (!Directory.Exists(vacancies) || !Directory.EnumerateFileSystemEntries(vacancies).Any())
            ? null
            : "no vacancy could be loaded";
    }
}
