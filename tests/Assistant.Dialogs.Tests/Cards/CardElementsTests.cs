using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Dialogs.Cards.Elements;

namespace Assistant.Dialogs.Tests.Cards;

/// <summary>The builders write the schema's property names and casing, and leave out nulls and defaults.</summary>
public sealed class CardElementsTests
{
    /// <summary>Writes '+', '€' and '✔' as they are, so the expected JSON reads like the schema's examples.</summary>
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void AdaptiveCard_ToJson_WritesTypeSchemaVersionLangAndBody()
    {
        var sut = new AdaptiveCard([new TextBlock("Hallo")]) { Lang = "nl" }.ToJson();

        Assert.Equal("AdaptiveCard", (string?)sut["type"]);
        Assert.Equal("1.5", (string?)sut["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)sut["$schema"]);
        Assert.Equal("nl", (string?)sut["lang"]);
        Assert.Single(sut["body"]!.AsArray());
        Assert.False(sut.ContainsKey("actions"));
        Assert.False(sut.ContainsKey("fallbackText"));
        Assert.Equal("application/vnd.microsoft.card.adaptive", AdaptiveCard.ContentType);
    }

    [Fact]
    public void TextBlock_AllPropertiesSet_UsesSchemaNamesAndCamelCaseValues()
    {
        var sut = new TextBlock("Tekst")
        {
            Wrap = true, Weight = TextWeight.Bolder, Size = TextSize.ExtraLarge, IsSubtle = true, Color = TextColor.Attention,
            Spacing = CardSpacing.ExtraLarge, Separator = true, Id = "t1", HorizontalAlignment = CellAlignment.Right,
        }.ToJson();

        Assert.Equal(
            """{"type":"TextBlock","id":"t1","text":"Tekst","wrap":true,"weight":"bolder","size":"extraLarge","isSubtle":true,"color":"attention","horizontalAlignment":"right","spacing":"extraLarge","separator":true}""",
            sut.ToJsonString(Relaxed));
    }

    [Fact]
    public void TextBlock_Defaults_AreLeftOut()
    {
        var sut = new TextBlock("Tekst") { Weight = TextWeight.Default, Color = TextColor.Default, Spacing = CardSpacing.Default }.ToJson();

        Assert.Equal("""{"type":"TextBlock","text":"Tekst"}""", sut.ToJsonString(Relaxed));
    }

    [Fact]
    public void FactSet_ToJson_WritesTitleValuePairs()
    {
        var sut = new FactSet([new Fact("Telefoon", "03 240 54 53"), new Fact("E-mail", "a@b.be")]).ToJson();

        Assert.Equal("""{"type":"FactSet","facts":[{"title":"Telefoon","value":"03 240 54 53"},{"title":"E-mail","value":"a@b.be"}]}""", sut.ToJsonString(Relaxed));
    }

    [Fact]
    public void Table_ToJson_HasColumnDefinitionsRowsAndCellsWithItems()
    {
        var sut = new Table(
            [new TableColumnDefinition(2), new TableColumnDefinition { HorizontalCellContentAlignment = CellAlignment.Right }],
            [
                new TableRow([TableCell.Text("Anciënniteit", TextWeight.Bolder), TableCell.Text("Bedrag", TextWeight.Bolder)]),
                new TableRow([TableCell.Text("10 jaar"), TableCell.Text("€ 5.354,00")]) { Style = ContainerStyle.Accent },
            ]).ToJson();

        Assert.Equal("Table", (string?)sut["type"]);
        Assert.Equal("""[{"width":2},{"width":1,"horizontalCellContentAlignment":"right"}]""", sut["columns"]!.ToJsonString(Relaxed));
        var rows = sut["rows"]!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("TableRow", (string?)r!["type"]));
        Assert.False(rows[0]!.AsObject().ContainsKey("style"));
        Assert.Equal("accent", (string?)rows[1]!["style"]);
        var cell = rows[1]!["cells"]![1]!;
        Assert.Equal("TableCell", (string?)cell["type"]);
        var text = Assert.Single(cell["items"]!.AsArray())!.AsObject();
        Assert.Equal(["type", "text", "wrap"], text.Select(p => p.Key));
        Assert.Equal("€ 5.354,00", (string?)text["text"]);
        Assert.False(sut.ContainsKey("firstRowAsHeader"));
        Assert.False(sut.ContainsKey("firstRowAsHeaders"));
        Assert.False(sut.ContainsKey("showGridLines"));
    }

    [Fact]
    public void Table_WithoutGridLines_WritesFalse()
    {
        var sut = new Table([new TableColumnDefinition()], []) { ShowGridLines = false, GridStyle = ContainerStyle.Emphasis }.ToJson();

        Assert.False((bool?)sut["showGridLines"]);
        Assert.Equal("emphasis", (string?)sut["gridStyle"]);
    }

    [Fact]
    public void ColumnSet_ColumnWidths_AreKeywordsNumbersOrPixels()
    {
        var sut = new ColumnSet(
        [
            new Column([new TextBlock("✔")]) { Width = ColumnWidth.Auto },
            new Column([new TextBlock("a")]) { Width = ColumnWidth.Stretch },
            new Column([new TextBlock("b")]) { Width = ColumnWidth.Weight(3) },
            new Column([new TextBlock("c")]) { Width = ColumnWidth.Px(80), Style = ContainerStyle.Good },
            new Column([]),
        ]).ToJson();

        var columns = sut["columns"]!.AsArray();
        Assert.Equal("\"auto\"", columns[0]!["width"]!.ToJsonString(Relaxed));
        Assert.Equal("\"stretch\"", columns[1]!["width"]!.ToJsonString(Relaxed));
        Assert.Equal("3", columns[2]!["width"]!.ToJsonString(Relaxed));
        Assert.Equal("\"80px\"", columns[3]!["width"]!.ToJsonString(Relaxed));
        Assert.Equal("good", (string?)columns[3]!["style"]);
        Assert.Equal("""{"type":"Column","items":[]}""", columns[4]!.ToJsonString(Relaxed));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weight(0));
    }

    [Fact]
    public void Container_WithStyle_WritesStyleAndItems()
    {
        var sut = new Container([new TextBlock("x")]) { Style = ContainerStyle.Emphasis, Separator = true }.ToJson();

        Assert.Equal("""{"type":"Container","style":"emphasis","items":[{"type":"TextBlock","text":"x"}],"separator":true}""", sut.ToJsonString(Relaxed));
    }

    [Fact]
    public void Actions_SubmitAndOpenUrl_WriteTitleDataAndUrl()
    {
        var data = new JsonObject { ["text"] = "Ik heb een masterdiploma" };
        var submit = new SubmitAction("Master", data);
        var card = new AdaptiveCard([]) { Actions = [submit, submit, new OpenUrlAction("Bellen", "tel:+3232405453") { Style = ActionStyle.Positive }] }.ToJson();

        var actions = card["actions"]!.AsArray();
        Assert.Equal("""{"type":"Action.Submit","title":"Master","data":{"text":"Ik heb een masterdiploma"}}""", actions[0]!.ToJsonString(Relaxed));
        Assert.Equal(actions[0]!.ToJsonString(Relaxed), actions[1]!.ToJsonString(Relaxed));
        Assert.Equal("""{"type":"Action.OpenUrl","title":"Bellen","url":"tel:+3232405453","style":"positive"}""", actions[2]!.ToJsonString(Relaxed));
        Assert.Equal("""{"type":"Action.Submit","title":"Ja","data":{"text":"ja"}}""", SubmitAction.Says("Ja", "ja").ToJson().ToJsonString(Relaxed));
    }

    [Fact]
    public void ImageAndActionSet_ToJson_UseSchemaNames()
    {
        var image = new Image("https://example.org/logo.png") { AltText = "Logo", Size = ImageSize.Small }.ToJson();
        var set = new ActionSet([new OpenUrlAction("Mail", "mailto:a@b.be")]).ToJson();

        Assert.Equal("""{"type":"Image","url":"https://example.org/logo.png","altText":"Logo","size":"small"}""", image.ToJsonString(Relaxed));
        Assert.Equal("""{"type":"ActionSet","actions":[{"type":"Action.OpenUrl","title":"Mail","url":"mailto:a@b.be"}]}""", set.ToJsonString(Relaxed));
    }

    [Fact]
    public void ToJson_CalledTwice_GivesIndependentObjects()
    {
        var card = new AdaptiveCard([new TextBlock("x")]);

        var first = card.ToJson();
        first["body"]!.AsArray().Clear();

        Assert.Single(card.ToJson()["body"]!.AsArray());
    }
}
