namespace MediaCore.Inference.Tests.Vad;

public sealed class SileroVadNoSpeechTests(SileroVadFixture fixture) : IClassFixture<SileroVadFixture>
{
    public static TheoryData<string, int> Signals => new()
    {
        { "silence", 16000 }, { "white", 16000 }, { "pink", 16000 }, { "hum", 16000 },
        { "silence", 8000 }, { "white", 8000 }, { "pink", 8000 }, { "hum", 8000 },
    };

    [Theory]
    [MemberData(nameof(Signals))]
    public void Five_seconds_without_speech_never_reach_one_half(string kind, int rate)
    {
        var audio = NoSpeech.Make(kind, rate);
        using var vad = fixture.Model.CreateDetector(rate);

        var probabilities = VadRun.Frames(vad, audio, rate / 50);

        Assert.All(probabilities, p => Assert.True(p < 0.5f, $"{kind} at {rate} Hz reached {p:F2}"));
    }
}

/// <summary>Five seconds of line conditions a caller may leave between utterances (telephone-ish levels).</summary>
internal static class NoSpeech
{
    public static short[] Make(string kind, int rate) => kind switch
    {
        "silence" => VadTestAudio.Silence(rate, 5),
        "white" => VadTestAudio.WhiteNoise(rate, 5, rms: 300, seed: 42),   // about -40 dBFS
        "pink" => VadTestAudio.PinkNoise(rate, 5, rms: 300, seed: 43),
        "hum" => VadTestAudio.Hum(rate, 5, amplitude: 1000),               // about -33 dBFS peak
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
