namespace Assistant.Dialogs.Model;

/// <summary>
/// The optional language model's hooks into the engine, each off when null (the default: <see cref="None"/>, and always
/// when no model is configured). The engine asks at most one of them per turn, and none while a dialog waits for a reply.
/// </summary>
public sealed record ModelHooks(IUnderstandingFallback? Understanding = null, IGroundedAnswerWriter? GroundedAnswers = null, IAnswerPhraser? Phrasing = null)
{
    /// <summary>No model: the rules' answers unchanged.</summary>
    public static ModelHooks None { get; } = new();

    /// <summary>Whether any hook is on.</summary>
    public bool Any => Understanding is not null || GroundedAnswers is not null || Phrasing is not null;
}
