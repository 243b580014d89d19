using MediaCore.Inference.Abstractions;
using MediaCore.Inference.PocketSphinx;
using MediaCore.Inference.Tts;
using MediaCore.Media.Wav;
using MediaCore.Server.Metrics;

namespace MediaCore.Server.Tests.Metrics;

/// <summary>
/// The metered engines over the real flite voice and PocketSphinx recogniser: one real-time-factor observation per
/// finished synthesis / utterance, counting only the engine's own time.
/// </summary>
public sealed class MeteredEnginesTests
{
    private const int ConsumerWaitMs = 4_000;

    [Fact]
    public async Task Tts_rtf_counts_only_engine_time_and_skips_abandoned_syntheses()
    {
        var rtf = new MetricsRegistry().Histogram("tts_rtf", "TTS RTF.", MediaCoreMetrics.RealTimeFactor, "engine");
        using var flite = new FliteVoice();
        var metered = new MeteredTextToSpeech(flite, rtf);
        long samples = 0;
        await foreach (var chunk in metered.SynthesizeAsync("Your table for four is booked for tomorrow at eight thirty."))
        {
            if (samples == 0)
                await Task.Delay(ConsumerWaitMs); // the TTS worker waiting for playout room: not the engine's time
            samples += chunk.Samples.Length;
        }
        double audioSeconds = samples / (double)flite.SampleRate;
        var observed = rtf.Labels("flite:slt");
        Assert.Equal(1, observed.Count);
        Assert.InRange(audioSeconds, 2, ConsumerWaitMs / 1000.0); // so counting the wait would give an RTF ≥ 1
        Assert.InRange(observed.Sum, 1e-5, 0.9);

        await foreach (var _ in metered.SynthesizeAsync("This sentence is cut off after its first chunk."))
            break; // a barge-in: no complete synthesis to measure
        Assert.Equal(1, observed.Count);
    }

    [Fact]
    public void Stt_rtf_is_observed_per_finished_utterance_with_audio()
    {
        var rtf = new MetricsRegistry().Histogram("stt_rtf", "STT RTF.", MediaCoreMetrics.RealTimeFactor, "engine");
        using var engine = new PocketSphinxSpeechToText();
        var metered = new MeteredSpeechToText(engine, rtf);
        var speech = WavReader.Read(Path.Combine(TestPaths.SharedDir, "audio", "en_cards_001.wav")).Samples; // 16 kHz mono
        using var session = metered.StartSession(new SpeechRecognitionOptions { Language = "en" });

        for (int offset = 0, frame = 0; offset < speech.Length; offset += 320, frame++)
        {
            session.AcceptAudio(speech.AsSpan(offset, Math.Min(320, speech.Length - offset)));
            if (frame % 25 == 24)
                session.Partial();
        }
        var transcript = session.Finish();
        var observed = rtf.Labels(PocketSphinxSpeechToText.Name);
        Assert.Equal(1, observed.Count);
        Assert.True(observed.Sum > 0, "decoding takes time");
        Assert.True(observed.Sum >= transcript.DecodeTime.TotalSeconds / transcript.AudioDuration.TotalSeconds * 0.5,
            $"busy time covers the engine's decode: rtf {observed.Sum}, decode {transcript.DecodeTime} for {transcript.AudioDuration}");

        session.AcceptAudio(speech);
        session.Reset();    // a false start: dropped, not measured
        session.Finish();   // nothing left to decode
        Assert.Equal(1, observed.Count);
    }
}
