using System.Runtime.CompilerServices;
using Assistant.Knowledge.Base;
using Assistant.Procedures.Facts;
using Assistant.Procedures.Search;
using Assistant.Procedures.Structure;

namespace Assistant.Procedures.Library;

/// <summary>
/// The general documents of a knowledge folder, their procedure facts and a search per role. Immutable; built once per
/// knowledge snapshot (<see cref="For"/>), so a reload of the folder brings a new library.
/// </summary>
public sealed class ProcedureLibrary
{
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, ProcedureLibrary> BySnapshot = [];
    private readonly Dictionary<string, UnitSearch> _searches = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public ProcedureLibrary(IReadOnlyList<GeneralDocument> documents, IReadOnlyList<GeneralLoadError> errors)
    {
        Documents = documents;
        Errors = errors;
        Units = documents.SelectMany(d => d.Units).ToList();
        Facts = TermRules.Extract(Units);
    }

    /// <summary>An empty library (no <c>general/</c> folder).</summary>
    public static ProcedureLibrary Empty { get; } = new([], []);

    public IReadOnlyList<GeneralDocument> Documents { get; }

    public IReadOnlyList<GeneralLoadError> Errors { get; }

    public IReadOnlyList<ProcedureUnit> Units { get; }

    public ProcedureFacts Facts { get; }

    /// <summary>The library of the snapshot's knowledge folder, loaded on first use.</summary>
    public static ProcedureLibrary For(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return BySnapshot.GetValue(snapshot, s => s.KnowledgePath is { } path ? GeneralLoader.Load(path) : Empty);
    }

    /// <summary>The units <paramref name="role"/> may read.</summary>
    public IEnumerable<ProcedureUnit> Visible(string role) => Units.Where(u => ProcedureRoles.CanSee(role, u.Audience));

    /// <summary>A search over the units <paramref name="role"/> may read (built once per role).</summary>
    public UnitSearch SearchFor(string role)
    {
        lock (_lock)
        {
            if (!_searches.TryGetValue(role, out var search))
            {
                search = new UnitSearch(Visible(role), role == ProcedureRoles.Hr ? ProcedureAudience.Hr : role == ProcedureRoles.Staff ? ProcedureAudience.Staff : ProcedureAudience.Public);
                _searches[role] = search;
            }

            return search;
        }
    }

    /// <summary>The units of article <paramref name="number"/> in each document that has one, grouped per document.</summary>
    public IReadOnlyList<IReadOnlyList<ProcedureUnit>> Article(string number) =>
        Units.Where(u => string.Equals(u.Article, number, StringComparison.OrdinalIgnoreCase))
            .GroupBy(u => u.Document)
            .Select(g => (IReadOnlyList<ProcedureUnit>)g.OrderBy(u => u.Index).ToList())
            .ToList();
}
