using MediaCore.Inference.Tts;

namespace MediaCore.Inference.Tests.Tts;

public sealed class FliteVoiceTests
{
    private const string Order = "how much is the butter chicken and the paneer momos";

    [Fact]
    public async Task Slt_speaks_a_sentence_at_16_kHz_in_20_ms_chunks()
    {
        using var voice = new FliteVoice();
        var audio = await SynthesizedAudio.CollectAsync(voice, Order);

        Assert.Equal("flite:slt", voice.VoiceName);
        TtsContractChecks.AssertPlausibleSpeech(audio, words: 10, expectedRate: 16000);
        Assert.True(audio.Chunks.Count(c => c.Samples.Length == 320) >= audio.Chunks.Count - 1, "only the last chunk may be short");
    }

    [Theory]
    [InlineData(FliteVoiceId.Slt, 16000)]
    [InlineData(FliteVoiceId.Kal, 8000)]
    [InlineData(FliteVoiceId.Kal16, 16000)]
    [InlineData(FliteVoiceId.Awb, 16000)]
    [InlineData(FliteVoiceId.Rms, 16000)]
    public async Task Every_voice_speaks_at_its_native_rate(FliteVoiceId id, int rate)
    {
        using var voice = new FliteVoice(id);
        var audio = await SynthesizedAudio.CollectAsync(voice, "your table for six is booked for tomorrow");
        TtsContractChecks.AssertPlausibleSpeech(audio, words: 8, expectedRate: rate);
    }

    [Fact]
    public async Task Several_sentences_come_out_in_order_as_one_stream()
    {
        using var voice = new FliteVoice(FliteVoiceId.Kal);
        var first = await SynthesizedAudio.CollectAsync(voice, "Welcome to the restaurant.");
        var both = await SynthesizedAudio.CollectAsync(voice, "Welcome to the restaurant. What would you like to order today?");

        Assert.True(both.DurationSeconds > first.DurationSeconds + 0.8);
        TtsContractChecks.AssertSameSpeech(first.Samples, both.Samples[..first.Samples.Length], voice.SampleRate); // the first clause leads
    }

    [Fact]
    public async Task Duration_stretch_slows_speech_down()
    {
        using var normal = new FliteVoice(FliteVoiceId.Kal);
        using var slow = new FliteVoice(FliteVoiceId.Kal, durationStretch: 1.5f);
        var normalAudio = await SynthesizedAudio.CollectAsync(normal, Order);
        var slowAudio = await SynthesizedAudio.CollectAsync(slow, Order);
        Assert.InRange(slowAudio.DurationSeconds / normalAudio.DurationSeconds, 1.25, 1.75);
    }

    [Fact]
    public async Task Cancellation_stops_within_one_chunk()
    {
        using var voice = new FliteVoice();
        await TtsContractChecks.AssertCancellationStopsWithinOneChunk(voice, Order + ". " + Order);
    }

    [Fact]
    public async Task Concurrent_calls_on_one_voice_each_get_their_own_correct_audio()
    {
        using var voice = new FliteVoice();
        await TtsContractChecks.AssertConcurrentCallsMatchSequential(voice,
            ["yes, please.", "two masala chai please", "what are your hours", "i want to book a table for six tomorrow"]);
    }

    [Fact]
    public async Task Punctuation_only_text_yields_no_audio()
    {
        using var voice = new FliteVoice(FliteVoiceId.Kal);
        var audio = await SynthesizedAudio.CollectAsync(voice, " ... ");
        Assert.Empty(audio.Chunks);
    }
}
