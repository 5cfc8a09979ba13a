using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Dialogs.Cards;

namespace Assistant.Dialogs.Tests.Cards;

/// <summary>
/// The cards of real answers, in nl, en and fr, checked by the real client library: tests/card-validation/validate.js
/// parses each with the adaptivecards npm package (the version Web Chat bundles) and fails on any parse or validation
/// event, unknown property or property newer than schema 1.5.
/// </summary>
public sealed class CardValidationTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Questions =
    [
        "Kom ik in aanmerking in Harelbeke zonder bachelor?",
        "Am I eligible in Harelbeke without a bachelor's degree?",
        "Suis-je éligible à Harelbeke sans bachelier ?",
        "Kom ik in aanmerking voor de job van directeur interne organisatie?",
        "Am I eligible for the director job in Lievegem?",
        "Puis-je postuler pour le poste de directeur à Lievegem ?",
        "Kom ik in aanmerking in Kortrijk met een masterdiploma en 1 jaar ervaring?",
        "Wat verdien ik in Lievegem met 10 jaar anciënniteit?",
        "What would I earn in Lievegem with 10 years of seniority?",
        "Combien gagnerais-je à Lievegem avec 10 ans d'ancienneté ?",
        "Wat verdien ik in Lievegem met 20 jaar ervaring in de privé?",
        "What is the salary for the social media assistant at the Chamber?",
        "Hoe verloopt de selectieprocedure bij de Kamer?",
        "How does the selection procedure at the Chamber work?",
        "Comment se déroule la procédure de sélection à la Chambre ?",
        "Hoe verloopt de selectie in Lievegem?",
        "Tot wanneer kan ik solliciteren in Harelbeke?",
        "Jusqu'à quand puis-je postuler à Harelbeke ?",
        "When is the oral exam in Harelbeke?",
        "Wie kan ik contacteren over de verloning bij de provincie Antwerpen?",
        "Who can I contact about pay at the province of Antwerp?",
        "Qui puis-je contacter au sujet de la rémunération à la province d'Anvers ?",
        "Wie is de contactpersoon in Kortrijk?",
    ];

    [Fact]
    public async Task Validate_CardsOfRealAnswersInThreeLanguages_AreValidForTheAdaptiveCardsLibrary()
    {
        var folder = Directory.CreateTempSubdirectory("assistant-cards-");
        var files = new List<string>();
        for (var i = 0; i < Questions.Length; i++)
        {
            var answer = await SeedAnswers.Ask(Questions[i]);
            var plain = AnswerCards.For(answer.Facts is { } payload ? answer with { Facts = payload with { Vacancy = null, Now = null } } : answer);
            var rich = AnswerCards.For(answer);
            Assert.True(plain is not null && rich is not null, $"no card for \"{Questions[i]}\" (intent {answer.Intent}, facts {answer.Facts?.GetType().Name})");
            files.Add(Write(folder, $"{i:00}-{answer.Language}-{answer.Intent}.json", plain));
            files.Add(Write(folder, $"{i:00}-{answer.Language}-{answer.Intent}-vacancy.json", rich));
        }

        var (exitCode, output) = await NodeCardValidator.Validate(files);

        Assert.True(exitCode == 0, $"validate.js exit code {exitCode}; cards kept in {folder.FullName}:\n{output}");
        Assert.Equal(files.Count, output.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
        Assert.Contains("adaptivecards 3.0.6, schema 1.5", output, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Validate_BrokenCards_AreRejectedWithTheReason()
    {
        var folder = Directory.CreateTempSubdirectory("assistant-cards-");
        var misspelt = Card("""{"type": "TextBlock", "text": "x", "Weight": "bolder"}""");
        var badValue = Card("""{"type": "TextBlock", "text": "x", "weight": "heavy"}""");
        var tooNew = Card("""{"type": "TextBlock", "text": "x"}""", """{"type": "Action.Submit", "title": "x", "role": "button"}""");
        var noUrl = Card("""{"type": "TextBlock", "text": "x"}""", """{"type": "Action.OpenUrl", "title": "x"}""");
        var files = new[] { Write(folder, "misspelt.json", misspelt), Write(folder, "bad-value.json", badValue), Write(folder, "too-new.json", tooNew), Write(folder, "no-url.json", noUrl) };

        var (exitCode, output) = await NodeCardValidator.Validate(files);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL misspelt.json: $.body[0]: unknown property \"Weight\" on TextBlock", output, StringComparison.Ordinal);
        Assert.Contains("FAIL bad-value.json: parse: InvalidPropertyValue", output, StringComparison.Ordinal);
        Assert.Contains("Action.Submit.role needs schema 1.6", output, StringComparison.Ordinal);
        Assert.Contains("FAIL no-url.json: validate: PropertyCantBeNull", output, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    private static JsonObject Card(string element, string? action = null) =>
        JsonNode.Parse($$"""{"type": "AdaptiveCard", "version": "1.5", "body": [{{element}}], "actions": [{{action}}]}""")!.AsObject();

    private static string Write(DirectoryInfo folder, string name, JsonObject? card)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, card!.ToJsonString(Indented));
        return path;
    }
}
