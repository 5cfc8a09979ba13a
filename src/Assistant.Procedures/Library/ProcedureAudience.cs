namespace Assistant.Procedures.Library;

/// <summary>Who may read a general document: everyone (public web), the phone-line staff too, or HR only.</summary>
public enum ProcedureAudience
{
    /// <summary>Answered on every channel, the public website included.</summary>
    Public,

    /// <summary>Answered to staff (the phone line, <c>/staff</c>) and to HR; never on the public web channel.</summary>
    Staff,

    /// <summary>Answered only to HR members (the default for a general document).</summary>
    Hr,
}
