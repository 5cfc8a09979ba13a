using AngleSharp.Dom;

namespace Assistant.Knowledge.Documents;

/// <summary>
/// Decides which elements of a web page are page furniture rather than content: scripts and styles,
/// forms, navigation, the page's own header and footer, and anything whose id, class, role or
/// aria-label speaks of cookies, consent, menus, breadcrumbs, sharing, social media or ads.
/// </summary>
internal sealed class HtmlNoiseFilter
{
    private static readonly HashSet<string> AlwaysDropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "form", "nav",
        "button", "select", "input", "textarea", "option", "img", "picture", "video", "audio", "map", "head", "link", "meta",
    };

    /// <summary>Dropped when they belong to the page; kept inside an article or main element, where they hold its title.</summary>
    private static readonly HashSet<string> PageLandmarks = new(StringComparer.OrdinalIgnoreCase) { "header", "footer", "aside" };

    private static readonly HashSet<string> NoiseRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alertdialog",
    };

    /// <summary>Words that mark noise anywhere inside an id, class or label token ("cookiebar", "main-menu").</summary>
    private static readonly string[] NoiseFragments =
    [
        "cookie", "consent", "gdpr", "breadcrumb", "kruimelpad", "advert", "navigation", "navigatie", "navbar", "menu",
        "social", "sharing", "sharebutton", "sharethis", "addthis", "skiplink", "toestemming",
    ];

    /// <summary>Short words that mark noise only as a whole token ("nav", "ad") to avoid hitting "canvas" or "download".</summary>
    private static readonly HashSet<string> NoiseTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "ad", "ads", "adsbygoogle", "advertentie", "advertenties", "sponsored", "skip", "share", "shares", "delen",
    };

    private static readonly char[] TokenSeparators = [' ', '-', '_', '\t', '\n', ':', '.', '/'];

    /// <summary>Whether the element and everything inside it should be left out.</summary>
    public bool IsNoise(IElement element)
    {
        var name = element.LocalName;
        if (AlwaysDropped.Contains(name))
        {
            return true;
        }

        if (PageLandmarks.Contains(name) && element.Closest("article, main") is null)
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && NoiseRoles.Contains(role.Trim()) && !HoldsContent(element))
        {
            return true;
        }

        return LooksLikeNoise(element.Id) || LooksLikeNoise(element.ClassName) || LooksLikeNoise(element.GetAttribute("aria-label"))
            ? !HoldsContent(element)
            : false;
    }

    /// <summary>An element that wraps the main content is never dropped, whatever its class says.</summary>
    private static bool HoldsContent(IElement element) => element.QuerySelector("main, article, h1") is not null;

    private static bool LooksLikeNoise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        foreach (var token in value.ToLowerInvariant().Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (NoiseTokens.Contains(token))
            {
                return true;
            }

            foreach (var fragment in NoiseFragments)
            {
                if (token.Contains(fragment, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
