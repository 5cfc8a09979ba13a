using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Assistant.Knowledge.Documents;

/// <summary>
/// Reads a web page: keeps the readable content and drops page furniture (scripts, navigation, headers
/// and footers of the page, cookie banners, share buttons, ads). Block elements become lines,
/// paragraphs are separated by a blank line, list items become "- item", table rows and definition
/// lists "cell1: cell2"; h1–h6 texts are the heading hints.
/// </summary>
public sealed partial class HtmlLoader : IDocumentLoader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "html", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    private readonly HtmlNoiseFilter _noise = new();

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public LoadedDocument Load(Stream content, string fileName)
    {
        var source = TextDecoding.ReadAll(content, fileName);
        INode root;
        string? pageTitle;
        string? logo;
        IReadOnlyList<string> published;
        try
        {
            var document = new HtmlParser().ParseDocument(source);
            root = (INode?)document.Body ?? document.DocumentElement;
            pageTitle = document.Title;
            logo = LogoText(document);
            published = FooterPublicationSentences(document);
        }
        catch (Exception ex) when (ex is not DocumentLoadException)
        {
            throw new DocumentLoadException($"{fileName}: not a readable HTML page ({ex.Message})", ex);
        }

        var walker = new Walker(_noise);
        walker.Visit(root);
        walker.Flush();
        if (walker.Builder.IsEmpty)
        {
            throw new DocumentLoadException($"{fileName}: the HTML page contains no text once navigation, scripts and banners are removed");
        }

        // The page's <title> ("Vacature: Medewerker X - Gemeente Y") often is the only place that names the employer once
        // the site header is dropped as page furniture: it is kept as the page's last line.
        // A one- or two-word title ("Vacature", "Jobs | Home") names nothing.
        if (pageTitle is { Length: > 0 } && pageTitle.Trim() is var title && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3
            && !walker.Builder.Contains(title))
        {
            walker.Builder.AddParagraph(title);
        }

        // The site logo ("ABC – Agentschap voor Voorbeeldzaken", an image's alt text) is dropped with the header, yet it is
        // often the one place that spells the employer's full name: kept as a last line too when it holds a few words.
        if (logo is not null && !walker.Builder.Contains(logo))
        {
            walker.Builder.AddParagraph(logo);
        }

        // The page footer is dropped as furniture, yet it is often where the publication is dated ("Gepubliceerd op …",
        // "Bekendgemaakt in het Belgisch Staatsblad van …"), and a deadline counted in days after publication needs that date:
        // such a sentence is kept as a last line, without the footer's address and links.
        foreach (var sentence in published.Where(s => !walker.Builder.Contains(s)))
        {
            walker.Builder.AddParagraph(sentence);
        }

        return new LoadedDocument(fileName, "html", walker.Builder.Build(), walker.Builder.HeadingHints);
    }

    /// <summary>The sentences of the page's own footers (outside the main content) that date the publication.</summary>
    private static List<string> FooterPublicationSentences(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var found = new List<string>();
        foreach (var footer in document.QuerySelectorAll("footer, [role='contentinfo'], [class*='footer'], [id*='footer']"))
        {
            if (footer.Closest("article, main") is not null || footer.ParentElement?.Closest("footer") is not null)
            {
                continue;
            }

            var parts = FooterSeparators().Split(footer.TextContent.Replace('\u00A0', ' '));
            foreach (var part in parts.Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            {
                if (part.Length is > 10 and < 200 && part.Any(char.IsAsciiDigit) && Extraction.PublicationRules.IsPublicationLine(part)
                    && !found.Contains(part))
                {
                    found.Add(part.EndsWith('.') ? part : part + ".");
                }
            }
        }

        return found;
    }

    /// <summary>The text (or image alt text) of the first element whose class or id names a logo, when it has 2–12 words.</summary>
    private static string? LogoText(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[class*='logo'], [id*='logo']"))
        {
            var text = element.TextContent;
            if (string.IsNullOrWhiteSpace(text))
            {
                text = element.GetAttribute("alt") ?? element.QuerySelector("img[alt]")?.GetAttribute("alt") ?? "";
            }

            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 2 and <= 12)
            {
                return string.Join(' ', words);
            }
        }

        return null;
    }

    /// <summary>Walks the DOM and feeds a <see cref="DocumentTextBuilder"/>.</summary>
    private sealed class Walker(HtmlNoiseFilter noise)
    {
        private readonly StringBuilder _inline = new();
        private readonly Stack<string> _context = new();

        public DocumentTextBuilder Builder { get; } = new();

        public void Visit(INode node)
        {
            switch (node)
            {
                case IText text:
                    _inline.Append(_context.Contains("pre") ? text.Data : text.Data.Replace('\n', ' ').Replace('\r', ' '));
                    return;
                case IElement element:
                    VisitElement(element);
                    return;
                default:
                    return;
            }
        }

        public void Flush()
        {
            var text = _inline.ToString();
            _inline.Clear();
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var context = _context.Count > 0 ? _context.Peek() : "";
            if (context == "li")
            {
                Builder.AddListItem(text);
                _context.Pop();
                _context.Push("li-continued");
            }
            else if (context.Length == 2 && context[0] == 'h' && char.IsAsciiDigit(context[1]))
            {
                Builder.AddHeading(text);
            }
            else
            {
                Builder.AddParagraph(text);
            }
        }

        private void VisitElement(IElement element)
        {
            var name = element.LocalName;
            if (noise.IsNoise(element))
            {
                return;
            }

            switch (name)
            {
                case "br":
                    _inline.Append('\n');
                    return;
                case "table" when !IsLayoutTable(element):
                    Flush();
                    VisitTable(element);
                    return;
                case "dl":
                    Flush();
                    VisitDefinitionList(element);
                    return;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "pre":
                    Flush();
                    if (name != "li")
                    {
                        Builder.EndGroup();
                    }

                    _context.Push(name);
                    VisitChildren(element);
                    Flush();
                    _context.Pop();
                    return;
                case "ul" or "ol":
                    Flush();
                    VisitChildren(element);
                    Flush();
                    if (element.ParentElement?.Closest("li") is null)
                    {
                        Builder.EndGroup();
                    }

                    return;
                default:
                    break;
            }

            if (BlockElements.Contains(name))
            {
                Flush();
                VisitChildren(element);
                Flush();
            }
            else
            {
                VisitChildren(element);
            }
        }

        private void VisitChildren(IElement element)
        {
            foreach (var child in element.ChildNodes)
            {
                Visit(child);
            }
        }

        /// <summary>A table that lays out a page (headings or tables in its cells) rather than holding data.</summary>
        private static bool IsLayoutTable(IElement table) =>
            table.QuerySelector("td table, th table, td h1, td h2, td h3, td h4, th h1, th h2, th h3, th h4") is not null;

        private void VisitTable(IElement table)
        {
            Builder.AddTable(table.QuerySelectorAll("tr").Where(row => row.Closest("table") == table && !noise.IsNoise(row))
                .Select(row => row.Children.Where(cell => cell.LocalName is "td" or "th").Select(FlatText)));

            Builder.EndGroup();
        }

        private void VisitDefinitionList(IElement list)
        {
            string? term = null;
            foreach (var item in list.Children)
            {
                if (item.LocalName == "dt")
                {
                    if (term is not null)
                    {
                        Builder.AddTableRow([term]);
                    }

                    term = FlatText(item);
                }
                else if (item.LocalName == "dd")
                {
                    Builder.AddTableRow(term is null ? [FlatText(item)] : [term, FlatText(item)]);
                    term = null;
                }
            }

            if (term is not null)
            {
                Builder.AddTableRow([term]);
            }

            Builder.EndGroup();
        }

        /// <summary>The text of an element on one line, without the parts that are noise.</summary>
        private string FlatText(IElement element)
        {
            var text = new StringBuilder();
            foreach (var node in element.ChildNodes)
            {
                if (node is IText textNode)
                {
                    text.Append(textNode.Data);
                }
                else if (node is IElement child && !noise.IsNoise(child))
                {
                    var separate = child.LocalName == "br" || BlockElements.Contains(child.LocalName);
                    text.Append(separate ? " " : "").Append(FlatText(child)).Append(separate ? " " : "");
                }
            }

            return DocumentTextBuilder.CollapseWhitespace(text.ToString());
        }
    }

    /// <summary>Where a footer line separates its items: a middle dot, bullet or bar, a line break, or the end of a sentence.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s[·•|]\s|\n|(?<=[a-z0-9)])\.\s+(?=[A-Z])")]
    private static partial System.Text.RegularExpressions.Regex FooterSeparators();
}
