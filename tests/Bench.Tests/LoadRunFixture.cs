using System.Text.Json;
using MediaCore.Bench.Load;
using MediaCore.Bench.Load.Reporting;

namespace MediaCore.Bench.Tests;

/// <summary>
/// One short real load run shared by a class of tests: runs <see cref="Options"/> into a temporary results folder,
/// keeps the report and its JSON, and deletes the folder afterwards.
/// </summary>
public abstract class LoadRunFixture(string folderPrefix, TimeSpan limit) : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), folderPrefix + Guid.NewGuid().ToString("N"));

    public LoadReport Report { get; private set; } = null!;

    public JsonDocument Json { get; private set; } = null!;

    protected abstract LoadOptions Options();

    public async Task InitializeAsync()
    {
        Report = await LoadCommand.RunAsync(Options(), TextWriter.Null, CancellationToken.None).WaitAsync(limit);
        Json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Directory, "report.json")));
    }

    public Task DisposeAsync()
    {
        Json?.Dispose();
        if (System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}
