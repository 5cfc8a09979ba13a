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

    /// <summary>"Kom ik in aanmerking?", "Am I eligible?", "Puis-je postuler ?" with nothing more: the question the dialog is already answering.</summary>
    public static bool IsBareEligibility(string text) => BareEligibility().IsMatch(text);

    [GeneratedRegex(@"^\s*(en |and |et |dus |so |alors |donc )?(kom ik (dan |nu |nog |wel )?in aanmerking|voldoe ik (dan |nu )?(aan de voorwaarden)?|mag ik (dan |nu )?solliciteren|kan ik (dan |nu )?solliciteren|am i eligible|am i eligible now|do i qualify|can i apply|est-ce que je peux postuler|puis-je postuler|suis-je (éligible|eligible)|est-ce que je remplis les conditions)\s*(dan|nu|now|then|alors|maintenant)?\s*[?.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareEligibility();

    [GeneratedRegex(@"^\s*(verder|ga verder|doe verder|doorgaan|continue|go on|carry on|continuer|on continue|reprendre|reprenons)\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Resume();
}
