namespace Assistant.Web.Messages;

/// <summary>
/// The apology sent when a turn fails. The dialog resources have no key for "something went wrong, try again"
/// ("apology.reset" says the conversation restarted, which is not what happened), so these three texts live here.
/// </summary>
internal static class FallbackTexts
{
    public static string Apology(string? locale) => (locale is { Length: >= 2 } ? locale[..2].ToLowerInvariant() : "nl") switch
    {
        "en" => "Sorry, something went wrong while answering. Please try again in a moment.",
        "fr" => "Désolé, une erreur s'est produite. Veuillez réessayer dans un instant.",
        _ => "Sorry, er ging iets mis bij het beantwoorden. Probeer het zo meteen opnieuw.",
    };
}
