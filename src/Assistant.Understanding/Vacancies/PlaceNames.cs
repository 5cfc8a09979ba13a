namespace Assistant.Understanding.Vacancies;

/// <summary>
/// French and English names of Belgian places (cities, municipalities, provinces, regions) mapped to the Dutch names the
/// vacancy documents use ("courtrai" → "kortrijk", "anvers"/"antwerp" → "antwerpen", "saint-nicolas" → "sint-niklaas").
/// Two-word names also map word by word ("saint" → "sint", "nicolas" → "niklaas"); every name maps as one joined
/// word (the resolver also joins adjacent words). Folded forms (lower case, no accents).
/// </summary>
internal static class PlaceNames
{
    private static readonly Dictionary<string, string> Map = Build(
        // Flanders and Brussels: Dutch name first, then its French and English names.
        "antwerpen: anvers antwerp", "gent: gand ghent", "brugge: bruges", "leuven: louvain", "mechelen: malines mechlin",
        "kortrijk: courtrai", "oostende: ostende ostend", "dendermonde: termonde", "aalst: alost", "ronse: renaix",
        "ieper: ypres", "sint-niklaas: saint-nicolas", "halle: hal", "tienen: tirlemont", "tongeren: tongres",
        "veurne: furnes", "menen: menin", "oudenaarde: audenarde", "geraardsbergen: grammont", "lier: lierre",
        "brussel: bruxelles brussels", "diksmuide: dixmude", "poperinge: poperinghe", "deinze: deynze", "eeklo: eecloo",
        "tielt: thielt", "roeselare: roulers", "torhout: thourout", "nieuwpoort: nieuport", "blankenberge: blankenberghe",
        "wervik: wervicq", "harelbeke: harlebeke", "zoutleeuw: leau", "sint-truiden: saint-trond", "borgloon: looz",
        "bilzen: bilsen", "genk: genck", "geel: gheel", "vilvoorde: vilvorde", "asse: assche", "scherpenheuvel: montaigu",
        "zottegem: sottegem", "waregem: warreghem", "izegem: iseghem", "herentals: herenthals", "hoegaarden: hougaerde",
        "kortenberg: cortenbergh", "overijse: overyse", "drogenbos: droogenbosch", "sint-genesius-rode: rhode-saint-genese",
        "wezembeek-oppem: wezembeek-oppem", "kraainem: crainhem", "sint-pieters-leeuw: leeuw-saint-pierre",
        "elsene: ixelles", "ukkel: uccle", "oudergem: auderghem", "schaarbeek: schaerbeek", "sint-gillis: saint-gilles",
        "vorst: forest", "sint-joost-ten-node: saint-josse-ten-noode", "sint-jans-molenbeek: molenbeek-saint-jean",
        "sint-lambrechts-woluwe: woluwe-saint-lambert", "sint-pieters-woluwe: woluwe-saint-pierre",
        "sint-agatha-berchem: berchem-sainte-agathe", "watermaal-bosvoorde: watermael-boitsfort",
        "limburg: limbourg", "vlaanderen: flandre flandres flanders", "wallonie: wallonia",
        // Wallonia: the Dutch names some Dutch documents use, from the French and English names.
        "luik: liege", "bergen: mons", "namen: namur", "doornik: tournai", "aarlen: arlon", "nijvel: nivelles",
        "waver: wavre", "moeskroen: mouscron", "edingen: enghien", "komen: comines", "lessen: lessines", "aat: ath",
        "zinnik: soignies", "hoei: huy", "borgworm: waremme", "geldenaken: jodoigne", "terhulpen: la-hulpe",
        "eigenbrakel: braine-l'alleud", "bastenaken: bastogne", "verviers: verviers", "charleroi: charleroi");

    /// <summary>The Dutch folded name for a French or English folded name (a word or joined words), or null.</summary>
    public static string? Dutch(string folded) => Map.GetValueOrDefault(folded);

    /// <summary>Every French or English form the table knows (for tests).</summary>
    public static IReadOnlyCollection<string> Exonyms => Map.Keys;

    private static Dictionary<string, string> Build(params string[] lines)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var dutch = line[..colon].Trim();
            var dutchParts = Parts(dutch);
            foreach (var other in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = Parts(other);
                if (string.Concat(parts) != string.Concat(dutchParts))
                {
                    map.TryAdd(string.Concat(parts), string.Concat(dutchParts));
                }

                if (parts.Length == 2 && dutchParts.Length == 2)
                {
                    for (var i = 0; i < parts.Length; i++)
                    {
                        if (parts[i] != dutchParts[i] && parts[i].Length > 2)
                        {
                            map.TryAdd(parts[i], dutchParts[i]);
                        }
                    }
                }
            }
        }

        return map;
    }

    private static string[] Parts(string name) => name.Replace("'", " ", StringComparison.Ordinal).Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
}
