using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MediaCore.Records.Tests.Stores;

/// <summary>
/// A throwaway PostgreSQL server for the test run: initdb into a temp folder, pg_ctl start on a free loopback port,
/// one database; every test gets its own schema. PostgreSQL refuses to run as root, so as root the server runs as
/// the `postgres` user (runuser) and that user owns the folder. If the binaries are missing and we are root, Debian's
/// `postgresql` package is installed first. Any failure is thrown with the reason (the tests must not pass silently).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Database = "mediacore_records";
    private readonly string _root;
    private readonly string _binDir;
    private readonly bool _asPostgresUser;

    public PostgresServer()
    {
        _binDir = FindBinDir() ?? InstallAndFind();
        _asPostgresUser = Environment.UserName == "root";
        _root = Path.Combine(Path.GetTempPath(), "mediacore-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_root);
        if (_asPostgresUser) Run("chown", ["-R", "postgres:postgres", _root]);
        Port = FreePort();
        RunPg("initdb", ["-D", DataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        // fsync off: a test server's durability is irrelevant and fsyncs are slow on a shared CI disk.
        RunPg("pg_ctl", ["-D", DataDir, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -h 127.0.0.1 -k {_root} -F -c max_connections=50", "start"]);
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", connection);
        create.ExecuteNonQuery();
    }

    public int Port { get; }

    private string DataDir => Path.Combine(_root, "data");

    public string ConnectionString(string database = Database, string? searchPath = null) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=30" +
        (searchPath is null ? "" : $";Search Path={searchPath}");

    /// <summary>A fresh, empty schema; the returned connection string puts it first on the search path.</summary>
    public string NewSchema()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new NpgsqlConnection(ConnectionString());
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        create.ExecuteNonQuery();
        return ConnectionString(searchPath: schema);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            RunPg("pg_ctl", ["-D", DataDir, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string? FindBinDir()
    {
        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot)) return null;
        return Directory.GetDirectories(debianRoot)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static string InstallAndFind()
    {
        if (Environment.UserName != "root")
            throw new InvalidOperationException("POSTGRESQL NOT INSTALLED: the Postgres record store tests need Debian's `postgresql` " +
                "package (apt-get install -y postgresql); not root, so it cannot be installed from the tests.");
        Run("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"]);
        return FindBinDir() ?? throw new InvalidOperationException(
            "POSTGRESQL NOT INSTALLED: `apt-get install -y postgresql` ran but /usr/lib/postgresql/*/bin/initdb is still missing.");
    }

    private void RunPg(string tool, string[] args)
    {
        var path = Path.Combine(_binDir, tool);
        if (_asPostgresUser) Run("runuser", ["-u", "postgres", "--", path, .. args]);
        else Run(path, args);
    }

    private static void Run(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {stdout.Result} {stderr.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
