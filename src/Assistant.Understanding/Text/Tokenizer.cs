namespace Assistant.Understanding.Text;

/// <summary>
/// Splits a message into word, number and punctuation tokens. Hyphens split words ("STAR-interview" → star, interview);
/// French elisions split after the apostrophe ("d'assistant" → d', assistant); English "'s" becomes its own token;
/// digits keep their decimal separator ("2,5", "3.123,31").
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Elisions = new(StringComparer.Ordinal)
    {
        "l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "presqu",
    };

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(32);
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (TextFolding.IsApostrophe(c) && i + 1 < n && char.IsLetter(text[i + 1])))
            {
                var start = i;
                i++;
                while (i < n)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (TextFolding.IsApostrophe(d) && i + 1 < n && char.IsLetter(text[i + 1]))
                    {
                        i++;
                    }
                    else if ((d == '.' || d == ',') && i + 1 < n && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                AddWord(tokens, text, start, i - start);
            }
            else
            {
                if (c is '.' or ',' or '?' or '!' or ';' or ':' or '/' or '%' or '€' or '(' or ')' or '+')
                {
                    var p = c.ToString();
                    tokens.Add(c == '€' ? new Token("eur", p, i, TokenKind.Word) : new Token(p, p, i, TokenKind.Punctuation));
                }

                i++;
            }
        }

        return tokens;
    }

    private static void AddWord(List<Token> tokens, string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        var folded = TextFolding.Fold(span);
        var lower = span.ToString().ToLowerInvariant();
        var apostrophe = folded.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe > 0 && apostrophe < folded.Length - 1)
        {
            var prefix = folded[..apostrophe];
            var rest = folded[(apostrophe + 1)..];
            if (Elisions.Contains(prefix) && !(prefix == "s" && rest.Length == 0))
            {
                tokens.Add(new Token(prefix + "'", lower[..(apostrophe + 1)], start, TokenKind.Word));
                AddWord(tokens, text, start + apostrophe + 1, length - apostrophe - 1);
                return;
            }

            if (rest == "s")
            {
                tokens.Add(new Token(prefix, lower[..apostrophe], start, TokenKind.Word));
                tokens.Add(new Token("'s", "'s", start + apostrophe, TokenKind.Word));
                return;
            }
        }

        tokens.Add(new Token(folded, lower, start, IsNumeric(folded) ? TokenKind.Number : TokenKind.Word));
    }

    private static bool IsNumeric(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsDigit(c) && c != '.' && c != ',')
            {
                return false;
            }
        }

        return true;
    }
}
