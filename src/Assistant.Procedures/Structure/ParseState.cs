using Assistant.Procedures.Library;

namespace Assistant.Procedures.Structure;

/// <summary>Where the structure parser stands: the current chapter, section, article, paragraph, list and table.</summary>
internal sealed class ParseState(string document, DocumentMeta meta)
{
    private int _index;
    private int _lists;
    private int _list = -1;
    private string? _intro;
    private string? _lastText;

    public string Document { get; } = document;

    public string? Chapter { get; private set; }

    public string Section { get; private set; } = "";

    public string? Article { get; set; }

    public string? Paragraph { get; set; }

    public string? TableHeader { get; set; }

    public void Heading(string title, bool chapter)
    {
        if (chapter)
        {
            Chapter = title;
        }

        Section = title;
        Article = null;
        Paragraph = null;
        TableHeader = null;
        _list = -1;
        _intro = null;
        _lastText = null;
    }

    public void StartArticle(string number)
    {
        Article = System.Text.RegularExpressions.Regex.Replace(number, @"\s+", "");
        Paragraph = null;
        _list = -1;
    }

    /// <summary>A line of running text ends the current list; it may introduce the next one.</summary>
    public void EndList(string line)
    {
        _list = -1;
        _lastText = line;
    }

    public ProcedureUnit ListUnit(UnitKind kind, string text, string? number)
    {
        if (_list < 0)
        {
            _list = _lists++;
            _intro = _lastText is { } t && t.TrimEnd().EndsWith(':') ? t : null;
        }

        return Unit(kind, text) with { Number = number, ListId = _list, ListIntro = _intro };
    }

    public ProcedureUnit Unit(UnitKind kind, string text) => new()
    {
        Document = Document,
        DocumentTitle = meta.Title,
        Audience = meta.Audience,
        Kind = kind,
        Article = kind == UnitKind.Paragraph ? Article : null,
        Paragraph = kind == UnitKind.Paragraph ? Paragraph : null,
        Section = Section,
        Chapter = Chapter,
        Text = text,
        Index = _index++,
    };
}
