using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
using MediaCore.Server.Hosting;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore check --serve-config FILE`: the serve configuration parses (errors name the file and the key) and, when
/// it records calls, the privacy keys are in the environment and the SQLite folder is writable, so `serve` will start.
/// </summary>
internal static class RecordsConfigCheck
{
    /// <summary>Writes one line per finding; false after writing the error.</summary>
    public static bool Run(string file, TextWriter output, TextWriter error)
    {
        ServeConfig config;
        try
        {
            config = ServeConfigLoader.Load(file);
        }
        catch (ConfigException e)
        {
            error.WriteLine("error: " + e.Message);
            return false;
        }
        output.WriteLine($"serve config: {Path.GetFullPath(file)} ok");
        if (config.Records is not { } records)
        {
            output.WriteLine("records: off (no records: section)");
            return true;
        }
        try
        {
            PrivacyKeys.FromEnvironment();
        }
        catch (PrivacyKeysMissingException e)
        {
            error.WriteLine($"error: {file}: records: {e.Message}");
            return false;
        }
        if (records.Store.Kind == RecordStoreKind.Sqlite && Path.GetDirectoryName(records.Store.Path) is { } folder
            && !CanWrite(folder))
        {
            error.WriteLine($"error: {file}: records.path: cannot create or write the folder {folder}");
            return false;
        }
        output.WriteLine($"records: {records.Describe()}; privacy keys set; retention " +
            $"{records.Retention.Transcripts.TotalDays:0}/{records.Retention.EncryptedNumbers.TotalDays:0}/{records.Retention.Entities.TotalDays:0} days");
        return true;
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".mediacore-check-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
