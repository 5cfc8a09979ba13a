using System.Globalization;

namespace Assistant.Core.Text;

/// <summary>Number words in Dutch, English and French ("twee", "vijfentwintig", "twelve", "quinze") and decimal digits.</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["nul"] = 0, ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7,
        ["acht"] = 8, ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14,
        ["vijftien"] = 15, ["zestien"] = 16, ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19,
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14,
        ["quinze"] = 15, ["seize"] = 16,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twintig"] = 20, ["dertig"] = 30, ["veertig"] = 40, ["vijftig"] = 50, ["zestig"] = 60, ["zeventig"] = 70,
        ["tachtig"] = 80, ["negentig"] = 90, ["honderd"] = 100,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["cent"] = 100,
    };

    /// <summary>The value of a single number word ("twaalf", "vijfentwintig", "twenty"), or null.</summary>
    public static int? Word(string folded)
    {
        if (Units.TryGetValue(folded, out var u))
        {
            return u;
        }

        if (Tens.TryGetValue(folded, out var t))
        {
            return t;
        }

        // Dutch compounds: "vijfentwintig", "tweeentwintig" (folded from "tweeëntwintig").
        var en = folded.IndexOf("en", 1, StringComparison.Ordinal);
        while (en > 0)
        {
            var unit = folded[..en];
            var ten = folded[(en + 2)..];
            if (Units.TryGetValue(unit, out var uu) && uu is > 0 and < 10 && Tens.TryGetValue(ten, out var tt) && tt < 100)
            {
                return tt + uu;
            }

            en = folded.IndexOf("en", en + 1, StringComparison.Ordinal);
        }

        return null;
    }

    /// <summary>A tens word that may be followed by a unit word ("twenty five", "vingt cinq").</summary>
    public static bool IsTens(string folded) => Tens.TryGetValue(folded, out var t) && t < 100;

    /// <summary>Parses digits with a comma or dot as decimal separator ("2,5", "2.5"); thousands separators are not expected here.</summary>
    public static decimal? Digits(string folded)
    {
        if (folded.Length == 0 || !char.IsDigit(folded[0]))
        {
            return null;
        }

        var s = folded.Replace(',', '.');
        if (s.Count(c => c == '.') > 1)
        {
            return null;
        }

        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>Formats a value the way the rule text writes numbers ("2", "1,5").</summary>
    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
