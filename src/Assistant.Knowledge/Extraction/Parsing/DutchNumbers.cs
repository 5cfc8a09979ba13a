using System.Globalization;

namespace Assistant.Knowledge.Extraction.Parsing;

/// <summary>Numbers as Dutch vacancy texts write them: digits or words ("twee jaar", "één jaar", "twaalf maanden").</summary>
public static class DutchNumbers
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["een"] = 1, ["één"] = 1, ["eén"] = 1, ["enen"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6,
        ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13,
        ["veertien"] = 14, ["vijftien"] = 15, ["zestien"] = 16, ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19,
        ["twintig"] = 20, ["dertig"] = 30, ["veertig"] = 40, ["half"] = 0,
    };

    private static readonly string[] Units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
    private static readonly string[] Tens = ["twintig", "dertig", "veertig"];

    /// <summary>The regex alternation of number words, for building patterns.</summary>
    public const string WordPattern = "(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig)|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig";

    /// <summary>Parses "3", "3,5", "drie", "één"; false for anything else.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        var t = text.Trim();
        if (Words.TryGetValue(t, out var n))
        {
            value = n;
            return true;
        }

        // "vierentwintig", "zesendertig": a unit, "en" (or "ën"), and the tens.
        var lower = t.ToLowerInvariant().Replace("één", "een", StringComparison.Ordinal);
        for (var u = 0; u < Units.Length; u++)
        {
            for (var d = 0; d < Tens.Length; d++)
            {
                if (lower == Units[u] + "en" + Tens[d] || lower == Units[u] + "ën" + Tens[d])
                {
                    value = ((d + 2) * 10) + u + 1;
                    return true;
                }
            }
        }

        return decimal.TryParse(t.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }
}
