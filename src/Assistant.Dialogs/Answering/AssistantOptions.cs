namespace Assistant.Dialogs.Answering;

/// <summary>Answering settings (configuration section <c>Assistant:Answers</c>).</summary>
public sealed class AssistantOptions
{
    public const string SectionName = "Assistant:Answers";

    /// <summary>The index coefficient applied to yearly amounts at 100% of a salary-scale table (DOMAIN.md: 2.1223 from 1 March 2025).</summary>
    public decimal IndexCoefficient { get; set; } = 2.1223m;

    /// <summary>Retrieval hits scoring below this are not shown; the answer then says the documents do not cover the question.</summary>
    public float RetrievalThreshold { get; set; } = 1.0f;

    /// <summary>The general HR contact given when no vacancy is known (e-mail or phone), if any.</summary>
    public string? GeneralContact { get; set; }

    /// <summary>The HR mailbox procedure answers refer to (individual cases, what the documents do not say); <see cref="GeneralContact"/> when empty.</summary>
    public string? HrMailbox { get; set; }
}
