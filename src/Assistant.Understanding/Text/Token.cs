namespace Assistant.Understanding.Text;

/// <summary>
/// One token of the user's text. <see cref="Folded"/> is lower case without accents (what rules match on),
/// <see cref="Lower"/> keeps the user's spelling in lower case (what descriptions quote).
/// </summary>
internal readonly record struct Token(string Folded, string Lower, int Start, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsNumber => Kind == TokenKind.Number;
    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
