using MediaCore.Bench.Load.Calls;
using MediaCore.Bench.Load.Rtp;
using MediaCore.Media.Codecs.G711;
using MediaCore.Media.Frames;

namespace MediaCore.Bench.Load.Audio;

/// <summary>
/// What one caller says, frame by frame, pre-encoded once and shared read-only by every call of a run (so the 20 ms
/// send path only copies bytes): speech from the start for <see cref="SpeechFrames"/> frames, then digital silence
/// (the caller listens), with optional talk-over bursts (the caller interrupts the bot) at given offsets.
/// </summary>
public sealed class CallerScript : ICallerAudio
{
    private readonly byte[] _payloads;
    private readonly bool[] _speaking;

    public CallerScript(SpeechClip clip, G711Law law, TimeSpan speech, TimeSpan callLength,
        IReadOnlyList<TimeSpan> talkOverOffsets, TimeSpan talkOverLength)
    {
        Law = law;
        FrameCount = FramesIn(callLength);
        SpeechFrames = Math.Min(FramesIn(speech), Math.Min(clip.FrameCount, FrameCount));
        _payloads = new byte[FrameCount * SpeechClip.FrameSamples];
        _speaking = new bool[FrameCount];
        for (int f = 0; f < SpeechFrames; f++)
            Put(f, clip.Frame(f));
        var onsets = new List<int>();
        int source = SpeechFrames; // talk-over reuses later parts of the recording, not a repeat of the opening words
        foreach (var offset in talkOverOffsets)
        {
            int first = FramesIn(offset);
            if (first <= SpeechFrames || first >= FrameCount)
                continue;
            onsets.Add(first);
            for (int f = first; f < Math.Min(FrameCount, first + FramesIn(talkOverLength)); f++)
                Put(f, clip.Frame(source++));
        }
        var silence = new short[SpeechClip.FrameSamples];
        for (int f = 0; f < FrameCount; f++)
            if (!_speaking[f])
                Encode(f, silence);
        TalkOverFrames = onsets;
        LastVoicedFrame = -1;
        for (int f = SpeechFrames - 1; f >= 0 && LastVoicedFrame < 0; f--)
            if (FrameLevel.IsAudible(Payload(f), law))
                LastVoicedFrame = f;
        Turns = [new CallerTurn(0, 0, LastVoicedFrame, TalkOver: false), .. onsets.Select((o, i) => new CallerTurn(i + 1, o, -1, TalkOver: true))];
    }

    public int MaxFrames => FrameCount;

    /// <summary>The opening utterance, then each talk-over (their end of speech is not measured: −1).</summary>
    public IReadOnlyList<CallerTurn> Turns { get; }

    public bool TryGetFrame(int frame, long now, out ReadOnlySpan<byte> payload)
    {
        payload = frame < FrameCount ? Payload(frame) : default;
        return frame < FrameCount;
    }

    /// <summary>A fixed script does not listen.</summary>
    public void OnPacket(in ReceivedPacket packet)
    {
    }

    /// <summary>
    /// The last audible frame of the opening utterance (the recording may end in a pause): the caller's end of speech
    /// for response latency. −1 when the utterance is silent.
    /// </summary>
    public int LastVoicedFrame { get; }

    public G711Law Law { get; }

    public int FrameCount { get; }

    /// <summary>Frames of the opening utterance; the caller's end of speech is the end of frame SpeechFrames−1.</summary>
    public int SpeechFrames { get; }

    /// <summary>Frame indices where the caller starts talking over the bot.</summary>
    public IReadOnlyList<int> TalkOverFrames { get; }

    public TimeSpan Length => TimeSpan.FromMilliseconds(FrameCount * AudioFrame.DurationMilliseconds);

    public ReadOnlySpan<byte> Payload(int frame) => _payloads.AsSpan(frame * SpeechClip.FrameSamples, SpeechClip.FrameSamples);

    public bool IsSpeaking(int frame) => _speaking[frame];

    private void Put(int frame, ReadOnlySpan<short> pcm)
    {
        _speaking[frame] = true;
        Encode(frame, pcm);
    }

    private void Encode(int frame, ReadOnlySpan<short> pcm)
    {
        var destination = _payloads.AsSpan(frame * SpeechClip.FrameSamples, SpeechClip.FrameSamples);
        if (Law == G711Law.MuLaw) MuLaw.Encode(pcm, destination);
        else ALaw.Encode(pcm, destination);
    }

    private static int FramesIn(TimeSpan span) => (int)(span.TotalMilliseconds / AudioFrame.DurationMilliseconds);
}
