namespace Assistant.Knowledge.Documents;

/// <summary>Picks the loader for a file by its extension.</summary>
public sealed class DocumentLoaders
{
    private readonly Dictionary<string, IDocumentLoader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentLoaders(IEnumerable<IDocumentLoader> loaders)
    {
        foreach (var loader in loaders)
        {
            foreach (var extension in loader.Extensions)
            {
                _byExtension[extension] = loader;
            }
        }
    }

    /// <summary>The extensions that can be read.</summary>
    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    /// <summary>Whether a file of this name can be read.</summary>
    public bool CanLoad(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>Loads a file; the exception message always names the file.</summary>
    public LoadedDocument Load(string path)
    {
        var fileName = Path.GetFileName(path);
        if (!_byExtension.TryGetValue(Path.GetExtension(path), out var loader))
        {
            throw new DocumentLoadException($"{fileName}: unsupported format '{Path.GetExtension(path)}' (supported: {string.Join(", ", _byExtension.Keys.Order())})");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return loader.Load(stream, fileName);
        }
        catch (DocumentLoadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new DocumentLoadException($"{fileName}: cannot be read as {loader.GetType().Name.Replace("Loader", "", StringComparison.Ordinal)}: {ex.Message}", ex);
        }
    }
}
