using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Grpc;

/// <summary>
/// Where the control API bearer token comes from, in order: configuration (Control:Token), the environment variable
/// MEDIACORE_CONTROL_TOKEN, the token file from an earlier run, or a fresh random token written to that file.
/// The file is created owner-read/write only (0600) from the first byte; the log names the file, never the token.
/// </summary>
public static class ControlTokenSource
{
    public const string EnvironmentVariable = "MEDIACORE_CONTROL_TOKEN";
    public const string DefaultFileName = "control.token";
    private const int TokenBytes = 32;

    public static string Resolve(string? configured, string tokenFile, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return configured.Trim();
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return fromEnvironment.Trim();
        if (File.Exists(tokenFile))
        {
            var existing = File.ReadAllText(tokenFile).Trim();
            if (existing.Length > 0)
            {
                logger.LogInformation("Control API token read from {TokenFile}", tokenFile);
                return existing;
            }
        }
        var token = Generate();
        Write(tokenFile, token);
        logger.LogWarning("No control API token configured; generated one and wrote it to {TokenFile} (mode 600)", tokenFile);
        return token;
    }

    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static void Write(string path, string token)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
            writer.WriteLine(token);
        // UnixCreateMode applies only to a new file; an existing empty file keeps its mode unless we set it.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
