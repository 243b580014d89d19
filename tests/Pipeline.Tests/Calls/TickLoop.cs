using System.Diagnostics;
using MediaCore.Media.Frames;
using MediaCore.Pipeline.Calls;

namespace MediaCore.Pipeline.Tests.Calls;

/// <summary>
/// Plays the media plane for a <see cref="CallPipeline"/>: one inbound frame and one outbound pull per tick, paced at
/// <see cref="TickInterval"/> of real time (real time by default: local STT on a busy CI box is barely faster).
/// Records every outbound frame.
/// </summary>
internal sealed class TickLoop(CallPipeline pipeline)
{
    private const int FrameSamples = 320;
    private readonly short[] _silence = new short[FrameSamples];
    private readonly short[] _out = new short[FrameSamples];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _ticks;

    public TimeSpan TickInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Per tick: (tick index, bot audio returned).</summary>
    public List<(long Tick, bool Audio)> Outbound { get; } = [];

    public List<short> BotAudio { get; } = [];

    public void Tick(ReadOnlySpan<short> inbound)
    {
        var due = TickInterval * _ticks++;
        var wait = due - _clock.Elapsed;
        if (wait > TimeSpan.Zero)
            Thread.Sleep(wait);
        pipeline.OnInboundFrame(inbound, SampleRates.Wideband);
        bool audio = pipeline.FillOutboundFrame(_out);
        Outbound.Add((pipeline.TickCount, audio));
        if (audio)
            BotAudio.AddRange(_out);
    }

    public void Silence(int frames)
    {
        for (int i = 0; i < frames; i++)
            Tick(_silence);
    }

    public void Say(short[] speech)
    {
        var frame = new short[FrameSamples];
        for (int offset = 0; offset < speech.Length; offset += FrameSamples)
        {
            Array.Clear(frame);
            speech.AsSpan(offset, Math.Min(FrameSamples, speech.Length - offset)).CopyTo(frame);
            Tick(frame);
        }
    }

    /// <summary>Ticks silence until <paramref name="condition"/> holds or <paramref name="maxFrames"/> pass.</summary>
    public bool SilenceUntil(Func<bool> condition, int maxFrames)
    {
        for (int i = 0; i < maxFrames; i++)
        {
            if (condition())
                return true;
            Tick(_silence);
        }
        return condition();
    }

    /// <summary>Ticks silence until the bot has been silent for <paramref name="quietFrames"/> frames after speaking.</summary>
    public void UntilBotDone(int quietFrames = 50, int maxFrames = 3_000)
    {
        int quiet = 0;
        bool spoke = false;
        for (int i = 0; i < maxFrames && !(spoke && quiet >= quietFrames); i++)
        {
            Tick(_silence);
            bool audio = Outbound[^1].Audio;
            spoke |= audio;
            quiet = audio ? 0 : quiet + 1;
        }
    }
}
