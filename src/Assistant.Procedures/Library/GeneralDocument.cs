using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Library;

/// <summary>One general document: its file (relative to <c>general/</c>), metadata and structured units.</summary>
public sealed record GeneralDocument(string File, DocumentMeta Meta, IReadOnlyList<ProcedureUnit> Units);
