using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Assistant.Tests.Postgres;

/// <summary>
/// A real PostgreSQL server for one test class: Debian's binaries (<c>/usr/lib/postgresql/*/bin</c>, installed by
/// <c>scripts/setup.sh</c>; <c>PG_BIN</c> overrides), <c>initdb</c> in a temp folder and <c>pg_ctl</c> on a free loopback
/// port, stopped and deleted on dispose. As root it runs them as the <c>postgres</c> user (the server refuses root).
/// When PostgreSQL cannot be found or started, <see cref="Unavailable"/> says why and the tests using it skip.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _bin;
    private readonly string? _folder;
    private readonly string? _runAs;

    public PostgresServer()
    {
        try
        {
            _bin = FindBinaries();
            if (_bin is null)
            {
                Unavailable = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; scripts/setup.sh installs Debian's postgresql)";
                return;
            }

            if (Environment.UserName == "root")
            {
                _runAs = "postgres";
                if (Run("/usr/bin/id", ["-u", _runAs], TimeSpan.FromSeconds(10)).ExitCode != 0)
                {
                    Unavailable = "running as root and no 'postgres' user exists to run the server (install Debian's postgresql package)";
                    return;
                }
            }

            _folder = Path.Combine(Path.GetTempPath(), "assistant-pg-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(_folder);
            if (_runAs is not null)
            {
                Check(Run("/bin/chown", [_runAs, _folder], TimeSpan.FromSeconds(10)), "chown");
            }

            Check(Run(Tool("initdb"), ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"], TimeSpan.FromMinutes(3)), "initdb");
            Port = FreePort();
            Start();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
            Unavailable = "PostgreSQL could not be started: " + ex.Message;
        }
    }

    /// <summary>Why the server is not there (the skip reason), or null when it runs.</summary>
    public string? Unavailable { get; }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_folder!, "data");

    /// <summary>A connection string to <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Timeout = 5, MaxPoolSize = 200 }.ConnectionString;

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Starts the (stopped) server again on the same port and data.</summary>
    public void Start() =>
        Check(Run(Tool("pg_ctl"), ["-D", DataDirectory, "-l", Path.Combine(_folder!, "server.log"), "-w", "-t", "120", "-o",
            $"-p {Port} -c listen_addresses=127.0.0.1 -k {_folder} -c max_connections=300 -c shared_buffers=32MB -c fsync=off", "start"], TimeSpan.FromMinutes(3)), "pg_ctl start");

    /// <summary>Stops the server: <c>fast</c> (clients disconnected, clean shutdown) or <c>immediate</c> (as a crash).</summary>
    public void Stop(string mode = "fast") =>
        Check(Run(Tool("pg_ctl"), ["-D", DataDirectory, "-m", mode, "-w", "-t", "120", "stop"], TimeSpan.FromMinutes(3)), "pg_ctl stop");

    public void Dispose()
    {
        if (_folder is null)
        {
            return;
        }

        if (Unavailable is null)
        {
            try
            {
                Run(Tool("pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], TimeSpan.FromMinutes(1));
            }
            catch (InvalidOperationException)
            {
                // already stopped
            }
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private string Tool(string name) => Path.Combine(_bin!, name);

    private static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } configured && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        const string Root = "/usr/lib/postgresql";
        return Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(dir => (Dir: Path.Combine(dir, "bin"), Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
                .Where(x => File.Exists(Path.Combine(x.Dir, "initdb")) && File.Exists(Path.Combine(x.Dir, "pg_ctl")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private (int ExitCode, string Output) Run(string program, string[] arguments, TimeSpan timeout)
    {
        var start = _runAs is not null && program != "/usr/bin/id" && program != "/bin/chown"
            ? new ProcessStartInfo("/usr/sbin/runuser") { ArgumentList = { "-u", _runAs, "--", program } }
            : new ProcessStartInfo(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} timed out after {timeout}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void Check((int ExitCode, string Output) result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed (exit {result.ExitCode}): {result.Output.Trim()}");
        }
    }
}
