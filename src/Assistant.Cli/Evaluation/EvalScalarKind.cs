namespace Assistant.Cli.Evaluation;

/// <summary>The type PyYAML's safe loader gives a scalar (YAML 1.1 implicit typing); <see cref="Other"/> is a timestamp or anything that never equals a JSON value.</summary>
public enum EvalScalarKind
{
    Null,
    Bool,
    Int,
    Float,
    String,
    Other,
}
