using Assistant.Core.Answers;

namespace Assistant.Cli.Evaluation;

/// <summary>Runs eval cases against the assistant: a fresh session per case, its own clock and channel, turns in order, each judged by <see cref="EvalJudge"/>.</summary>
public sealed class EvalRunner
{
    private readonly IAssistantSessionFactory _factory;
    private readonly Action<string> _warn;

    /// <param name="factory">Starts the conversations.</param>
    /// <param name="warn">Receives notes that do not fail a turn (e.g. facts that could not be serialized).</param>
    /// <param name="teamsRole">The role a Teams case without its own role plays (null: an HR member; "public": a Teams user outside HR).</param>
    public EvalRunner(IAssistantSessionFactory factory, Action<string>? warn = null, string? teamsRole = null)
    {
        _factory = factory;
        _warn = warn ?? (_ => { });
        _teamsRole = teamsRole;
    }

    private readonly string? _teamsRole;

    /// <summary>Runs one case; an exception of the assistant fails that turn (no response) and the case goes on.</summary>
    public async Task<IReadOnlyList<EvalTurnResult>> RunAsync(EvalCase evalCase, CancellationToken cancellationToken = default)
    {
        var session = _factory.Create();
        var results = new List<EvalTurnResult>(evalCase.Turns.Count);
        for (var i = 0; i < evalCase.Turns.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var turn = evalCase.Turns[i];
            System.Text.Json.JsonElement response;
            try
            {
                var answer = await session.SendAsync(new TurnInput(turn.User, evalCase.Now, evalCase.Channel, Role: evalCase.Role ?? (evalCase.Channel == "teams" ? _teamsRole : null)), cancellationToken).ConfigureAwait(false);
                response = AnswerJson.ToElement(answer, out var problem);
                if (problem is not null)
                {
                    _warn($"{evalCase.Id}[{i}]: {problem}");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                results.Add(new EvalTurnResult(evalCase.Id, i, turn.User, null, [$"no response recorded: the assistant threw {ex.GetType().Name}: {ex.Message}"]));
                continue;
            }

            var problems = evalCase.IdIsString
                ? EvalJudge.Check(turn.Expect, response)
                : [$"no response recorded: case id {evalCase.Id} is not a YAML string, so evalcheck.py cannot match it (quote the id)"];
            results.Add(new EvalTurnResult(evalCase.Id, i, turn.User, response, problems));
        }

        return results;
    }
}
