namespace MediaCore.Server.Tests.Records;

/// <summary>One recorded booking call (the slow part: real SIP/RTP, STT, TTS), shared by the tests that read it.</summary>
public sealed class BookedCallFixture : IDisposable
{
    public static readonly string[] BookingLines =
        ["i want to book a table for four tomorrow at eight thirty", "my name is asha", "yes", "thank you goodbye"];

    private readonly TempFolder _folder = new();

    public BookedCallFixture()
    {
        Database = _folder.File("records.db");
        Run = RecordedDemo.Run(_folder.Path, Database, BookingLines);
    }

    public string Folder => _folder.Path;

    public string Database { get; }

    internal CliRun Run { get; }

    public void Dispose() => _folder.Dispose();
}
