using MediaCore.Bench.Load.Audio;
using MediaCore.Inference.Tts;
using MediaCore.Media.Codecs.G711;
using MediaCore.Media.Resampling;
using MediaCore.Server.Demo;

namespace MediaCore.Bench.Load.Agent;

/// <summary>
/// The agent scenario's caller lines, voiced once (flite kal, 8 kHz, G.711) and shared read-only by every call:
/// questions the tenant grammar knows, and — with barge-in on — every second line spoken over the bot's reply
/// <see cref="TalkOverAfter"/> after it started.
/// </summary>
public sealed class AgentCallerScript
{
    /// <summary>Questions for the Himalayan Kitchen grammar (the fake LLM answers anything; STT must hear speech).</summary>
    public static readonly IReadOnlyList<string> Questions = DemoScript.DefaultLines.Take(4).ToArray();

    public const string BargeInLine = "wait stop please";

    private AgentCallerScript(G711Law law, IReadOnlyList<AgentLine> lines, TimeSpan talkOverAfter)
    {
        Law = law;
        Lines = lines;
        TalkOverAfter = talkOverAfter;
        Silence = new byte[SpeechClip.FrameSamples];
        Encode(new short[SpeechClip.FrameSamples], Silence, law);
    }

    public G711Law Law { get; }

    public IReadOnlyList<AgentLine> Lines { get; }

    public TimeSpan TalkOverAfter { get; }

    /// <summary>One frame of digital silence (sent whenever the caller is not speaking).</summary>
    public byte[] Silence { get; }

    /// <summary>
    /// <paramref name="turns"/> lines: questions in turn; with <paramref name="bargeIn"/> every odd line is
    /// <see cref="BargeInLine"/> spoken over the reply to the line before it.
    /// </summary>
    public static async Task<AgentCallerScript> VoiceAsync(int turns, bool bargeIn, G711Law law, TimeSpan talkOverAfter)
    {
        using var voice = new FliteVoice(FliteVoiceId.Kal16);
        var lines = new List<AgentLine>();
        for (int i = 0; i < turns; i++)
        {
            bool talkOver = bargeIn && i % 2 == 1;
            string text = talkOver ? BargeInLine : Questions[(bargeIn ? i / 2 : i) % Questions.Count];
            var pcm16k = await DemoScript.SpeakAsync(voice, text).ConfigureAwait(false);
            lines.Add(Encode(text, To8k(pcm16k), law, talkOver));
        }
        return new AgentCallerScript(law, lines, talkOverAfter);
    }

    private static short[] To8k(short[] pcm16k)
    {
        var resampler = new Resampler(ScriptedCaller.Rate, SpeechClip.SampleRate);
        var output = new short[resampler.MaxOutputSamples(pcm16k.Length) + SpeechClip.FrameSamples];
        int written = resampler.Process(pcm16k, output);
        return output[..written];
    }

    private static AgentLine Encode(string text, short[] pcm, G711Law law, bool talkOver)
    {
        int frames = Math.Max(1, pcm.Length / SpeechClip.FrameSamples);
        var payloads = new byte[frames * SpeechClip.FrameSamples];
        int lastVoiced = -1;
        for (int f = 0; f < frames; f++)
        {
            var destination = payloads.AsSpan(f * SpeechClip.FrameSamples, SpeechClip.FrameSamples);
            Encode(pcm.AsSpan(f * SpeechClip.FrameSamples, Math.Min(SpeechClip.FrameSamples, pcm.Length - f * SpeechClip.FrameSamples)), destination, law);
            if (FrameLevel.IsAudible(destination, law))
                lastVoiced = f;
        }
        return new AgentLine(text, payloads, frames, lastVoiced, talkOver);
    }

    private static void Encode(ReadOnlySpan<short> pcm, Span<byte> destination, G711Law law)
    {
        Span<short> frame = stackalloc short[SpeechClip.FrameSamples];
        frame.Clear();
        pcm.CopyTo(frame);
        if (law == G711Law.MuLaw) MuLaw.Encode(frame, destination);
        else ALaw.Encode(frame, destination);
    }
}

/// <summary>One voiced caller line: G.711 payloads (160 bytes a frame), its last audible frame, and whether it talks over the bot.</summary>
public sealed record AgentLine(string Text, byte[] Payloads, int FrameCount, int LastVoicedFrame, bool TalkOver)
{
    public ReadOnlySpan<byte> Frame(int index) => Payloads.AsSpan(index * SpeechClip.FrameSamples, SpeechClip.FrameSamples);
}
