namespace Assistant.Procedures.Structure;

/// <summary>What a unit of a general document is.</summary>
public enum UnitKind
{
    /// <summary>A paragraph of a numbered article ("Art. 12. §1."), its enumerations (1°, 2°) included.</summary>
    Paragraph,

    /// <summary>A numbered step ("Stap 3.", "2.", "4)").</summary>
    Step,

    /// <summary>An item of a bullet list or checklist.</summary>
    Item,

    /// <summary>A row of a table (cells joined by ": ").</summary>
    TableRow,

    /// <summary>A line of running text outside articles and lists.</summary>
    Text,
}
