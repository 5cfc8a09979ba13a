namespace Assistant.Dialogs.Conversations;

/// <summary>One active dialog on the stack: its id ("eligibility", "choose-vacancy") and the slots it keeps.</summary>
public sealed record DialogFrame(string DialogId)
{
    /// <summary>The vacancy the dialog is about.</summary>
    public string? VacancyId { get; init; }

    /// <summary>The intent to resume once the dialog is done (for "choose-vacancy").</summary>
    public string? Intent { get; init; }

    /// <summary>The aspect to resume with.</summary>
    public string? Aspect { get; init; }

    /// <summary>The slot asked for last ("diploma", "experience", …).</summary>
    public string? Asking { get; init; }

    /// <summary>The candidate vacancies offered (for "choose-vacancy").</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>The question that started the dialog (re-asked once the vacancy is chosen).</summary>
    public string? Question { get; init; }

    /// <summary>How many times in a row the same slot was asked again (each time with the reason); the dialog stops after a few.</summary>
    public int Repeats { get; init; }

    /// <summary>The user asked something else meanwhile; the dialog waits for an answer to <see cref="Asking"/> or for "verder".</summary>
    public bool Paused { get; init; }
}
