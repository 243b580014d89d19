using Xunit.Abstractions;

namespace MediaCore.Server.Tests.TenantCalls;

/// <summary>Bristol Plumbing over a real SIP call: an emergency said out loud reaches the owner notification hook.</summary>
[Collection(TenantCallCollection.Name)]
public sealed class TradesCallTests(TenantCallEngines engines, ITestOutputHelper log)
{
    private const string TenantId = "bristol-plumbing";

    [Fact]
    public async Task A_burst_pipe_call_flags_an_emergency_and_notifies_the_owner()
    {
        var call = await TenantCall.PlaceAsync(engines, log, TenantId,
            "i have a burst pipe and my kitchen is flooding", "thank you goodbye");

        Assert.True(call.Result.ExitCode == 0, call.Context);
        var first = call.DialogReplies.FirstOrDefault();
        Assert.True(first is not null, call.Context);
        Assert.True(first.State["emergency"]!.GetValue<bool>(), call.Context);
        Assert.Contains("alerted Dave", first.Text);
        var notifier = Assert.IsType<MediaCore.Pipeline.Business.RecordingOwnerNotifier>(call.Services.Notifier);
        var notice = Assert.Single(notifier.Notices);
        Assert.Equal(TenantId, notice.TenantId);
        Assert.Contains("burst pipe", notice.CallerText);
    }
}
