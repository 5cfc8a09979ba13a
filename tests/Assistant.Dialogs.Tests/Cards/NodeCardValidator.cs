using System.ComponentModel;
using System.Diagnostics;

namespace Assistant.Dialogs.Tests.Cards;

/// <summary>
/// Runs tests/card-validation/validate.js (the adaptivecards npm library) over card files, installing its pinned
/// packages with <c>npm ci</c> the first time. Node and npm must be on PATH: without them the tests fail and say so.
/// </summary>
internal static class NodeCardValidator
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string ProjectFolder => Path.Combine(SeedAnswers.RepositoryRoot(), "tests", "card-validation");

    /// <summary>The validator's exit code and its output (one line per card, then a summary).</summary>
    public static async Task<(int ExitCode, string Output)> Validate(IReadOnlyList<string> files)
    {
        await EnsureInstalled();
        return await Run("node", [Path.Combine(ProjectFolder, "validate.js"), .. files], TimeSpan.FromMinutes(2));
    }

    private static async Task EnsureInstalled()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(ProjectFolder, "node_modules", "adaptivecards", "package.json")))
            {
                return;
            }

            var (code, output) = await Run("npm", ["ci", "--prefix", ProjectFolder, "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            Assert.True(code == 0, $"'npm ci --prefix tests/card-validation' failed ({code}):\n{output}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output)> Run(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{program}' was not found on PATH ({e.Message}). The Adaptive Card validation needs Node.js 18+ with npm " +
                "(e.g. 'apt-get install nodejs npm'); it then installs tests/card-validation with 'npm ci'.", e);
        }

        using (process)
        {
            using var cancel = new CancellationTokenSource(timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
            var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}");
            }

            return (process.ExitCode, (await stdout) + (await stderr));
        }
    }
}
