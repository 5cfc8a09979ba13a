using System.Text;
using Assistant.Core.Text;

namespace Assistant.Understanding.Text;

/// <summary>
/// Lower-casing and accent folding ("Anciënniteit" → "ancienniteit", "diplôme" → "diplome") through Core's one fold
/// (<see cref="TextFold"/>), with what questions need on top: œ/æ as oe/ae, ø as o, apostrophes as '.
/// </summary>
internal static class TextFolding
{
    /// <summary>The folded form of <paramref name="text"/>: lower case, no diacritics, one kind of apostrophe.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        var n = 0;
        foreach (var c in text)
        {
            var f = FoldChar(char.ToLowerInvariant(c));
            if (f == 'œ')
            {
                buffer[n++] = 'o';
                buffer[n++] = 'e';
            }
            else if (f == 'æ')
            {
                buffer[n++] = 'a';
                buffer[n++] = 'e';
            }
            else
            {
                buffer[n++] = f;
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>True for the apostrophe characters users type (', ’, ‘, ʼ, `).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';

    /// <summary>How many letters typical of French and rare in Dutch (è, à, ç, ê, …) the text has.</summary>
    public static int FrenchAccentCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is 'è' or 'à' or 'â' or 'ç' or 'ê' or 'î' or 'ô' or 'û' or 'ù' or 'œ' or 'È' or 'À' or 'Ç')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Joins words with single spaces.</summary>
    public static string Join(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(w);
        }

        return sb.ToString();
    }

    /// <summary>Core's fold (<see cref="TextFold.FoldChar"/>) plus what understanding reads alike: ø as o, every apostrophe as '.</summary>
    private static char FoldChar(char c) => c switch
    {
        'ø' => 'o',
        '’' or '‘' or 'ʼ' or '`' or '´' => '\'',
        _ => TextFold.FoldChar(c),
    };
}
