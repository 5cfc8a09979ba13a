namespace Assistant.Understanding;

/// <summary>
/// How sure the rule-based intent is (<see cref="QuestionAnalysis.Confidence"/>). When cues decided, it is the winning
/// intent's share of its lead over the runner-up, <c>(top − second) / top</c>: 1 when one intent's cues alone match, 0 for
/// a tie. Without a deciding cue it is <see cref="Default"/> for a question that is about the domain or names a vacancy
/// (answered as a general question from the documents) and <see cref="None"/> when nothing is recognised; greetings and
/// elliptic follow-ups ("En in Zonnebeek?", answered from the conversation) are <see cref="Certain"/>.
/// </summary>
public static class IntentConfidence
{
    /// <summary>Certain: one intent's cues only, a greeting, or an elliptic follow-up.</summary>
    public const double Certain = 1.0;

    /// <summary>No deciding cue, but a domain word or a named vacancy: answered as a general question.</summary>
    public const double Default = 0.25;

    /// <summary>Nothing recognised.</summary>
    public const double None = 0.0;

    /// <summary>
    /// Below this the reading is unsure (calibrated on the utterance table and the tuned corpora: see
    /// src/Assistant.AI/README.md, "Calibration").
    /// </summary>
    public const double Threshold = 0.3;

    /// <summary>The confidence of an intent chosen by cue weights: its lead over the runner-up as a share of its own weight.</summary>
    public static double OfCues(double top, double second) => top <= 0 ? None : Math.Clamp((top - second) / top, 0, 1);
}
