namespace Assistant.Cli.Evaluation;

/// <summary>One user message of a case, with what its answer must satisfy; <see cref="Line"/> is its line in the YAML file.</summary>
public sealed record EvalTurn(string User, EvalExpectation Expect, int Line);
