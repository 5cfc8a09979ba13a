using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Assistant.Cli.Evaluation;

/// <summary>Writes the JSONL that evalcheck.py reads: one compact line <c>{"case": id, "turn": i, "response": {…}}</c> per turn, UTF-8 without BOM.</summary>
public sealed class EvalResultsWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private readonly StreamWriter _writer;

    public EvalResultsWriter(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    }

    /// <summary>Writes one line; a turn without a response is skipped (the reference judge reports it as not recorded).</summary>
    public void Write(EvalTurnResult result)
    {
        if (result.Response is not { } response)
        {
            return;
        }

        _writer.WriteLine(Line(result.CaseId, result.Turn, response));
        _writer.Flush();
    }

    /// <summary>One JSONL line.</summary>
    public static string Line(string caseId, int turn, JsonElement response)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("case", caseId);
            json.WriteNumber("turn", turn);
            json.WritePropertyName("response");
            response.WriteTo(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public void Dispose() => _writer.Dispose();
}
