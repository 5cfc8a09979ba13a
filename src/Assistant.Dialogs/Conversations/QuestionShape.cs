using System.Text.RegularExpressions;

namespace Assistant.Dialogs.Conversations;

/// <summary>Whether a message is put as a question (a question mark, or a question word first), in Dutch, English and French.</summary>
internal static partial class QuestionShape
{
    public static bool IsQuestion(string text) => text.Contains('?', StringComparison.Ordinal) || QuestionWord().IsMatch(text);

    /// <summary>"verder", "continue", "continuer": go on with the questions that were paused.</summary>
    public static bool IsResume(string text) => Resume().IsMatch(text);

    [GeneratedRegex(@"^\s*(wie|wat|welke?|hoe|hoeveel|waar|wanneer|waarom|mag|kan|kun|moet|heb|ben|is|zijn|who|what|what's|which|how|where|when|why|can|may|do|does|is|are|am|qui|que|quel|quelle|quels|quelles|comment|combien|où|quand|pourquoi|est-ce|puis-je|dois-je|faut-il)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"^\s*(verder|ga verder|doe verder|doorgaan|continue|go on|carry on|continuer|on continue|reprendre|reprenons)\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Resume();
}
