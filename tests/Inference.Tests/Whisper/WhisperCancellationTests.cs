using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Whisper;

namespace MediaCore.Inference.Tests.Whisper;

/// <summary>Cancellation goes through ggml's abort callback in the real library, polled between graph steps.</summary>
[Collection(GeneratedWhisperModelCollection.Name)]
public sealed class WhisperCancellationTests(GeneratedWhisperModelFixture fixture)
{
    private static readonly SpeechRecognitionOptions English = new() { Language = "en" };

    [Fact]
    public void A_token_cancelled_before_the_decode_throws_without_decoding()
    {
        using var stt = new WhisperSpeechToText(fixture.Model, GeneratedWhisperModelFixture.FastSettings);
        using var session = stt.StartWhisperSession(English);
        var polls = 0;
        session.AbortPollHook = _ => polls++;
        session.AcceptAudio(new short[16000]);
        Assert.Throws<OperationCanceledException>(() => session.Partial(new CancellationToken(canceled: true)));
        Assert.Equal(0, polls);
    }

    [Fact]
    public void A_token_cancelled_from_the_abort_callback_stops_the_decode_midway()
    {
        using var stt = new WhisperSpeechToText(fixture.Model, GeneratedWhisperModelFixture.FastSettings);
        using var session = stt.StartWhisperSession(English);
        var audio = TestWav.Read16k(WhisperTestPaths.Audio("en_jfk.wav"));

        // First measure how many polls a whole decode makes, then cancel at the second poll of another one.
        var fullPolls = 0;
        session.AbortPollHook = _ => Interlocked.Increment(ref fullPolls);
        session.AcceptAudio(audio);
        Assert.NotEqual(string.Empty, session.Partial().Text);
        Assert.True(fullPolls > 4, $"a full decode polled only {fullPolls} times");

        using var cts = new CancellationTokenSource();
        var pollsUntilStopped = 0;
        session.AbortPollHook = n =>
        {
            pollsUntilStopped = n;
            if (n == 2)
                cts.Cancel();
        };
        Assert.Throws<OperationCanceledException>(() => session.Partial(cts.Token));
        Assert.InRange(pollsUntilStopped, 2, fullPolls - 1);

        // The state survives an abort: the next decode works and matches the uncancelled one.
        session.AbortPollHook = null;
        var again = session.Partial();
        Assert.NotEqual(string.Empty, again.Text);
    }

    [Fact]
    public void Finish_clears_the_utterance_even_when_cancelled()
    {
        using var stt = new WhisperSpeechToText(fixture.Model, GeneratedWhisperModelFixture.FastSettings);
        using var session = stt.StartWhisperSession(English);
        session.AcceptAudio(new short[16000]);
        Assert.Throws<OperationCanceledException>(() => session.Finish(new CancellationToken(canceled: true)));
        Assert.Equal(TimeSpan.Zero, session.BufferedAudio);
    }
}
