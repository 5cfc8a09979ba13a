using Assistant.Procedures.Library;

namespace Assistant.Procedures.Tests;

/// <summary>Invented general documents (a fictional "Gemeente Testveld"), written for these tests only.</summary>
internal static class Samples
{
    public const string Regulation = """
        ---
        title: Personeelsreglement Testveld
        audience: hr
        ---
        # Personeelsreglement Testveld

        ## Hoofdstuk 2. De oproep

        Artikel 8. § 1. De oproep tot kandidaten blijft open gedurende een termijn die ten minste 10 kalenderdagen bedraagt voor niveau C en ten minste 20 kalenderdagen voor niveau A.
        § 2. De termijn begint te lopen op de dag na de publicatie. Valt de laatste dag op een zaterdag, een zondag of een sluitingsdag, dan loopt de termijn tot de eerstvolgende werkdag.

        ## Hoofdstuk 3. De commissie

        Artikel 9. De selectiecommissie bestaat uit ten minste vijf leden, onder wie twee externe deskundigen.

        ## Hoofdstuk 4. De reserve

        Artikel 12. § 1. De wervingsreserve is drie jaar geldig. De laatste geldige dag is de dag vóór dezelfde kalenderdag.
        § 2. De raad kan de reserve tweemaal verlengen met telkens zes maanden.

        ## Hoofdstuk 5. De proeftijd

        Artikel 15. De proeftijd duurt vier maanden voor niveau C en acht maanden voor niveau A. De proeftijd eindigt op de laatste dag van de maand waarin hij afloopt.

        ## Sluitingsdagen 2030

        | Datum | Reden |
        | --- | --- |
        | 4 maart 2030 | teamdag |
        | 5 maart 2030 | brugdag |
        """;

    public const string Handbook = """
        # Werkwijze onthaal

        ## Een nieuwe medewerker verwelkomen

        Wat de nieuwe medewerker op de eerste dag meebrengt:

        - de identiteitskaart
        - een recent uittreksel uit het strafregister

        ## Stappen voor de leidinggevende

        1) Plan een kennismaking met het team.
        2) Toon de werkplek en de veiligheidsregels.
        """;

    public static ProcedureLibrary Library(string handbookAudience = "hr")
    {
        var regulation = GeneralLoader.FromText("reglement.md", Regulation);
        var handbook = GeneralLoader.FromText("onthaal.md", Handbook, $"title: Werkwijze onthaal\naudience: {handbookAudience}\n");
        return new ProcedureLibrary([regulation, handbook], []);
    }
}
