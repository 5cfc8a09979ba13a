using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Extraction;

/// <summary>
/// A document that opens several posts, each under a heading of its own ("Functie 1 – Bibliotheekassistent", "Betrekking 2:
/// technisch ploegbaas", "Post B – …"): which post each line belongs to, so the requirements of one post are never read
/// into another's routes. A heading for all posts ("Voor beide functies", "Gemeenschappelijke voorwaarden") closes the
/// post before it. Fewer than two such headings: no scopes at all (the document is one post).
/// </summary>
public static partial class PostScopes
{
    /// <summary>The post title of each line of <paramref name="view"/> (null: common to all posts), or null when the document has one post.</summary>
    public static IReadOnlyDictionary<TextLine, string?>? Of(DocumentView view)
    {
        var headings = view.Lines.Where(IsPostHeading).Select(l => PostTitle(l.Text)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (headings.Count < 2)
        {
            return null;
        }

        var scopes = new Dictionary<TextLine, string?>();
        string? current = null;
        var document = view.Lines.Count > 0 ? view.Lines[0].Document : null;
        foreach (var line in view.Lines)
        {
            if (!ReferenceEquals(line.Document, document))
            {
                // Another document of the vacancy (an annex) starts outside every post.
                document = line.Document;
                current = null;
            }

            if (IsPostHeading(line))
            {
                current = PostTitle(line.Text);
            }
            else if ((line.IsHeading && AllPosts().IsMatch(line.Text)) || (!line.IsBullet && line.Text.Length <= 60 && CommonLead().IsMatch(line.Text)))
            {
                current = null;
            }

            scopes[line] = current;
        }

        return scopes;
    }

    /// <summary>A heading that opens one post, or a short line of its own written like one (plain text has no heading marks).</summary>
    /// <remarks>
    /// "Profiel B – salarisschaal B1-B3" beside "Profiel C – salarisschaal C1-C3" names only the scale each way in pays: the entry
    /// profiles of one job, any of which admits, not posts of their own.
    /// </remarks>
    private static bool IsPostHeading(TextLine line) =>
        (line.IsHeading || (!line.IsBullet && line.Text.Length <= 80)) && PostHeading().IsMatch(line.Text) && !ScaleOnly().IsMatch(PostTitle(line.Text));

    /// <summary>A post title that is only a pay scale or level: "salarisschaal AT-B2", "barema B1-B3", "niveau C (C1-C3)".</summary>
    [GeneratedRegex(@"^\W*(?:(?:met\s+)?(?:de\s+)?(?:salarisschaal|loonschaal|weddeschaal|schaal|barema|niveau|graad|klasse|salary\s+scale|scale|level|échelle|niveau)\b\s*[\p{Lu}\d][\p{L}\d/.-]*(?:\s*(?:[-–/]|tot|of|en)\s*[\p{Lu}\d][\p{L}\d/.-]*)?\s*(?:\([^()]*\))?\W*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaleOnly();

    /// <summary>The post's own title from its heading: "Functie 1 – Bibliotheekassistent (C1-C3)" → "Bibliotheekassistent (C1-C3)".</summary>
    public static string PostTitle(string heading)
    {
        var m = PostHeading().Match(heading);
        return m.Success && m.Groups["title"].Value.Trim() is { Length: > 0 } title ? title : heading.Trim();
    }

    /// <summary>"Functie 1 – X", "Betrekking B: X", also under a section number of the document ("2. Betrekking 1 - X").</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]\s*)?(?:functie|betrekking|post|poste|job|vacature|profiel|fonction|emploi)\s*(?:nr\.?\s*)?(?:\d{1,2}|[a-d]|i{1,3}|iv)\b\s*[:–—-]\s*(?<title>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostHeading();

    [GeneratedRegex(@"\b(beide|alle|allebei|gemeenschappelijke?|gezamenlijke?|both|all|common|deux|tous|toutes|communes?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllPosts();

    [GeneratedRegex(@"^\s*(?:voor\s+(?:beide|alle|de\s+twee|allebei)|gemeenschappelijk\w*|gezamenlijk\w*|for\s+(?:both|all)|common|pour\s+(?:les\s+deux|tous|toutes))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommonLead();
}
