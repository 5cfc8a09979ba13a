using System.Text;
using Assistant.Knowledge.Base;
using Assistant.Knowledge.Cleaning;
using Assistant.Knowledge.Documents;
using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Library;

/// <summary>
/// Loads <c>knowledge/general/</c> (sub-folders included): every readable document (.txt, .md, .html, .pdf, .docx) with
/// its metadata from a sidecar <c>&lt;file&gt;.meta.yaml</c> (or <c>&lt;name&gt;.meta.yaml</c>) or front matter, cleaned
/// and split into units by <see cref="StructureParser"/>. A broken document is reported and skipped.
/// </summary>
public static class GeneralLoader
{
    private static readonly DocumentLoaders Loaders = KnowledgeDefaults.Loaders();

    /// <summary>The library of <c>general/</c> under <paramref name="knowledgePath"/> (empty when the folder does not exist).</summary>
    public static ProcedureLibrary Load(string knowledgePath)
    {
        ArgumentNullException.ThrowIfNull(knowledgePath);
        var dir = Path.Combine(knowledgePath, "general");
        var documents = new List<GeneralDocument>();
        var errors = new List<GeneralLoadError>();
        if (Directory.Exists(dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name.EndsWith(".meta.yaml", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase) || !Loaders.CanLoad(file))
                {
                    continue;
                }

                var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                try
                {
                    documents.Add(LoadOne(file, relative, errors));
                }
                catch (Exception ex) when (ex is DocumentLoadException or IOException or UnauthorizedAccessException)
                {
                    errors.Add(new GeneralLoadError(relative, ex.Message));
                }
            }
        }

        return new ProcedureLibrary(documents, errors);
    }

    /// <summary>One document from its text (for tests and for callers that hold the text already).</summary>
    public static GeneralDocument FromText(string relative, string text, string? sidecarYaml = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<GeneralLoadError>();
        var (front, body) = MetaReader.SplitFrontMatter(text);
        var loaded = Load(relative, body);
        return Build(relative, loaded, sidecarYaml ?? front, errors);
    }

    private static GeneralDocument LoadOne(string file, string relative, List<GeneralLoadError> errors)
    {
        var sidecar = SidecarOf(file);
        var yaml = sidecar is null ? null : File.ReadAllText(sidecar);
        LoadedDocument loaded;
        var ext = Path.GetExtension(file).ToLowerInvariant();
        if (ext is ".md" or ".markdown" or ".txt")
        {
            var (front, body) = MetaReader.SplitFrontMatter(File.ReadAllText(file));
            yaml ??= front;
            loaded = Load(relative, body);
        }
        else
        {
            loaded = Loaders.Load(file);
        }

        return Build(relative, loaded, yaml, errors);
    }

    private static LoadedDocument Load(string relative, string body)
    {
        IDocumentLoader loader = relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? new MarkdownLoader()
            : relative.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? new HtmlLoader() : new TextLoader();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return loader.Load(stream, Path.GetFileName(relative));
    }

    private static GeneralDocument Build(string relative, LoadedDocument loaded, string? yaml, List<GeneralLoadError> errors)
    {
        var problems = new List<string>();
        var meta = MetaReader.Read(yaml, Path.GetFileNameWithoutExtension(relative), problems);
        errors.AddRange(problems.Select(p => new GeneralLoadError(relative, p)));
        var text = TextCleaner.Clean(loaded.Text);
        return new GeneralDocument(relative, meta, StructureParser.Parse(text, loaded.HeadingHints, relative, meta));
    }

    private static string? SidecarOf(string file)
    {
        var full = file + ".meta.yaml";
        if (File.Exists(full))
        {
            return full;
        }

        var stem = Path.Combine(Path.GetDirectoryName(file) ?? "", Path.GetFileNameWithoutExtension(file) + ".meta.yaml");
        return File.Exists(stem) ? stem : null;
    }
}
