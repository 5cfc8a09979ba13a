using Assistant.Storage;

namespace Assistant.Hosting;

/// <summary>The storage settings with the data folder resolved against the base folder (what the stores are built from).</summary>
public sealed record ResolvedStorage(StorageOptions Options);
