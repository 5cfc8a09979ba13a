using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.Cli.Evaluation;

namespace Assistant.Cli.Tests.Evaluation;

/// <summary>
/// The reference judge, shared/eval/evalcheck.py, run as a process, and the same judgement done by <see cref="EvalJudge"/>
/// over the same files. shared/ is the sibling of the repository root (the folder with appsettings.json).
/// </summary>
internal static partial class ReferenceJudge
{
    /// <summary>../shared/eval next to the repository root, or null when it does not exist.</summary>
    public static string? SharedEvalFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }

    /// <summary>Why evalcheck.py cannot run here (no shared/, no python3, no PyYAML), or null when it can.</summary>
    public static async Task<string?> UnavailableAsync()
    {
        if (SharedEvalFolder() is not { } folder || !File.Exists(Path.Combine(folder, "evalcheck.py")))
        {
            return "shared/eval/evalcheck.py not found next to the repository";
        }

        var (code, _, error) = await PythonAsync("-c", "import yaml");
        return code == 0 ? null : $"python3 with PyYAML is not available ({error.Trim()}); scripts/setup.sh installs python3-yaml";
    }

    /// <summary>Runs evalcheck.py; returns the failed (case, turn) pairs and its closing line.</summary>
    public static async Task<(HashSet<(string Case, int Turn)> Failed, string Summary, string Output)> RunAsync(string casesPath, string resultsPath)
    {
        var script = Path.Combine(SharedEvalFolder()!, "evalcheck.py");
        var (code, output, error) = await PythonAsync(script, casesPath, resultsPath);
        Assert.True(code is 0 or 1, $"evalcheck.py exited with {code}: {error}");
        var failed = new HashSet<(string, int)>();
        foreach (Match match in FailLine().Matches(output))
        {
            failed.Add((match.Groups[1].Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (failed, lines.Length == 0 ? "" : lines[^1], output);
    }

    /// <summary>What <see cref="EvalJudge"/> says about the same files, with evalcheck.py's rules for missing responses and ids.</summary>
    public static HashSet<(string Case, int Turn)> JudgeWithEvalJudge(string casesPath, string resultsPath)
    {
        var cases = EvalCaseReader.ReadFile(casesPath, []);
        var responses = new Dictionary<(string, int), JsonElement>();
        foreach (var line in File.ReadLines(resultsPath).Where(l => l.Trim().Length > 0))
        {
            var root = JsonDocument.Parse(line).RootElement;
            var caseId = root.GetProperty("case").ValueKind == JsonValueKind.String ? root.GetProperty("case").GetString()! : root.GetProperty("case").GetRawText();
            responses[(caseId, root.TryGetProperty("turn", out var t) ? t.GetInt32() : 0)] = root.TryGetProperty("response", out var r) ? r : default;
        }

        var failed = new HashSet<(string, int)>();
        foreach (var evalCase in cases)
        {
            for (var i = 0; i < evalCase.Turns.Count; i++)
            {
                if (!evalCase.IdIsString || !responses.TryGetValue((evalCase.Id, i), out var response)
                    || EvalJudge.Check(evalCase.Turns[i].Expect, response).Count > 0)
                {
                    failed.Add((evalCase.Id, i));
                }
            }
        }

        return failed;
    }

    private static async Task<(int Code, string Output, string Error)> PythonAsync(params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["PYTHONUTF8"] = "1";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await error);
        }
        catch (Win32Exception ex)
        {
            return (-1, "", ex.Message);
        }
    }

    [GeneratedRegex(@"^FAIL (.+?)\[(\d+)\]: ", RegexOptions.Multiline)]
    private static partial Regex FailLine();
}
