using System.Globalization;
using System.Text;

namespace Assistant.Web.Http;

/// <summary>
/// Values from a request as they may appear in a log line (probe finding 4): control characters (CR, LF, ESC, …) and the
/// Unicode line and paragraph separators are written as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\uXXXX</c>, so a crafted id can
/// neither start a forged log line nor colour a terminal; long values are cut.
/// </summary>
public static class LogText
{
    /// <summary>Longest value written (longer ones end in "…").</summary>
    public const int MaxLength = 200;

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? "";
        }

        var cut = value.Length > MaxLength;
        var text = cut ? value[..MaxLength] : value;
        if (!cut && !NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return cut ? builder.Append('…').ToString() : builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\\' or '\u2028' or '\u2029' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
