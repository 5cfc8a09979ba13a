using Assistant.Dialogs.Answering;
using Assistant.Understanding;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// The language to answer in: the message's when its words show it clearly; otherwise ("Bachelor", "5", "ja") the
/// page's locale, else the language the conversation was speaking, so a short reply never switches the language.
/// </summary>
internal static class ReplyLanguage
{
    public static QuestionAnalysis Settle(QuestionAnalysis analysis, string? conversation, string? locale)
    {
        if (analysis.LanguageClear)
        {
            return analysis;
        }

        var fromLocale = locale is { Length: >= 2 } && Texts.Languages.Contains(locale[..2].ToLowerInvariant()) ? locale[..2].ToLowerInvariant() : null;
        var language = fromLocale ?? (conversation is not null && Texts.Languages.Contains(conversation) ? conversation : analysis.Language);
        return analysis with { Language = language };
    }
}
