namespace Assistant.Procedures.Library;

/// <summary>The metadata of a general document, from its sidecar <c>&lt;file&gt;.meta.yaml</c> or its front matter.</summary>
/// <param name="Title">The title cited with answers; the file name when none is given.</param>
/// <param name="Audience">Who may read it; <see cref="ProcedureAudience.Hr"/> by default.</param>
/// <param name="Owner">The service that maintains it, if given.</param>
/// <param name="Version">Its version, as written.</param>
/// <param name="ValidFrom">The date it applies from, if given.</param>
public sealed record DocumentMeta(string Title, ProcedureAudience Audience, string? Owner = null, string? Version = null, DateOnly? ValidFrom = null);
