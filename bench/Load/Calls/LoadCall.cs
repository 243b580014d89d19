using System.Diagnostics;
using System.Net;
using MediaCore.Bench.Load.Audio;
using MediaCore.Bench.Load.Rtp;
using MediaCore.Bench.Load.Sip;
using MediaCore.Media.Scheduling;
using MediaCore.Sip.Sdp;

namespace MediaCore.Bench.Load.Calls;

/// <summary>One caller from dial to hang-up: INVITE/answer, stream the caller's audio in real time while recording, BYE.</summary>
public static class LoadCall
{
    private static readonly TimeSpan TrailingListen = TimeSpan.FromMilliseconds(150);

    public static async Task<CallRecord> RunAsync(int index, LoadSipClient sip, ICallerAudio caller, SdpOfferAnswer negotiator,
        MediaTickScheduler scheduler, CancellationToken cancellation)
    {
        var leg = sip.CreateLeg();
        var localAddress = sip.LocalEndPoint.Address;
        await using var media = new CallRtpEndpoint(localAddress, caller);
        var offer = negotiator.CreateOffer(localAddress.ToString(), media.LocalEndPoint.Port,
            (ulong)Random.Shared.NextInt64(1, long.MaxValue), 1);
        long inviteAt = Stopwatch.GetTimestamp();
        var record = new CallRecord { Index = index, CallId = leg.CallId, InviteTimestamp = inviteAt };
        try
        {
            var outcome = await leg.InviteAsync(offer, negotiator, cancellation).ConfigureAwait(false);
            record = record with { Invite = outcome };
            if (!outcome.Answered)
                return record with { Failure = outcome.StatusCode == 0 ? "INVITE timed out" : $"INVITE answered {outcome.StatusCode}" };
            var answer = outcome.Media!;
            var remote = new IPEndPoint(IPAddress.Parse(answer.RemoteAddress), answer.RemotePort);
            media.Start(remote, (byte)answer.Codec.PayloadType, scheduler);
            await Task.WhenAny(media.Finished, leg.RemoteHangup, Task.Delay(Timeout.Infinite, cancellation)).ConfigureAwait(false);
            if (media.Finished.IsCompleted)
                await Task.Delay(TrailingListen, cancellation).ConfigureAwait(false); // the target's last frames are still in flight
            bool remoteHungUp = leg.RemoteHangup.IsCompleted;
            int bye = remoteHungUp ? 0 : await leg.ByeAsync(cancellation).ConfigureAwait(false);
            string? failure = remoteHungUp ? "target hung up early" : bye is >= 200 and < 300 ? null : $"BYE answered {bye}";
            record = record with { ByeStatus = bye, RemoteHungUp = remoteHungUp, Failure = failure };
        }
        catch (OperationCanceledException)
        {
            record = record with { Failure = "cancelled" };
        }
        finally
        {
            leg.Close();
        }
        await media.DisposeAsync().ConfigureAwait(false);
        var turns = caller.Turns;
        return record with
        {
            FrameSendTimestamps = media.FrameSendTimestamps,
            Received = media.Received.ToArray(),
            SpeechFrames = turns.Count > 0 ? turns[0].LastVoicedFrame + 1 : 0,
            LastVoicedFrame = turns.Count > 0 ? turns[0].LastVoicedFrame : -1,
            TalkOverFrames = turns.Where(t => t.TalkOver).Select(t => t.FirstFrame).ToArray(),
            Turns = turns,
            SendErrors = media.SendErrors,
        };
    }
}
