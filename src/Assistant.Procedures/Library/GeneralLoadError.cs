namespace Assistant.Procedures.Library;

/// <summary>A general document (or its metadata) that could not be read as it should; the other documents still load.</summary>
public sealed record GeneralLoadError(string File, string Message);
