using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Tests.Records;

/// <summary>A caller who says "please do not record this call" mid-call: the record keeps metadata only.</summary>
[Collection(RecordsCollection.Name)]
public sealed class RecordedOptOutTests
{
    [Fact]
    public async Task Asking_not_to_be_recorded_blanks_the_transcript_and_ends_as_privacy_opt_out()
    {
        using var folder = new TempFolder();
        var database = folder.File("records.db");
        var run = RecordedDemo.Run(folder.Path, database, "please do not record this call", "thank you goodbye");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[heard]  \"please do not record this call\"", run.Output, StringComparison.Ordinal);
        // Acknowledged aloud, and the service goes on (the goodbye is still answered).
        Assert.Contains("[bot]    Okay, I won't keep a transcript of this call. How else can I help you?", run.Output, StringComparison.Ordinal);
        Assert.Contains("[bot]    Thank you for calling Himalayan Kitchen. Goodbye!", run.Output, StringComparison.Ordinal);
        var call = await RecordedDemo.ReadAsync(database, RecordedDemo.CallId(run));
        Assert.Equal(CallOutcome.PrivacyOptOut, call.Outcome);
        Assert.True(call.TranscriptSuppressed);
        Assert.True(call.Turns.Count(t => t.Speaker == Speaker.Caller) >= 2, "the turns' metadata is kept");
        Assert.Equal(Speaker.Bot, call.Turns[0].Speaker); // the greeting, stored before the opt-out, is erased too
        Assert.All(call.Turns, t => Assert.Null(t.Text));
        var optOut = call.Turns.First(t => t.Speaker == Speaker.Caller).Index;
        Assert.Equal(Speaker.Bot, call.Turns[optOut + 1].Speaker); // the acknowledgement: kept as metadata, no text
        Assert.Null(call.CallerName);
        Assert.Null(call.Summary);
        await using var store = await RecordStoreFactory.OpenAsync(new RecordStoreOptions { Path = database });
        Assert.True(await store.IsOptedOutAsync(RecordedDemo.Tenant, RecordsTestKeys.CallerHash()));
        LogScan.AssertClean(run.Output + run.Error);
    }
}
