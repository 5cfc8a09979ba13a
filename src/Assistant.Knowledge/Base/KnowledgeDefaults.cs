using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Base;

/// <summary>The built-in document loaders.</summary>
public static class KnowledgeDefaults
{
    /// <summary>Loaders for .txt, .md, .html/.htm, .pdf and .docx.</summary>
    public static DocumentLoaders Loaders() => new(
    [
        new TextLoader(),
        new MarkdownLoader(),
        new HtmlLoader(),
        new PdfLoader(),
        new DocxLoader(),
    ]);
}
