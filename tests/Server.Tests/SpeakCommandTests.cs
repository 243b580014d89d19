using MediaCore.Media.Wav;

namespace MediaCore.Server.Tests;

public sealed class SpeakCommandTests
{
    [Fact]
    public void Flite_writes_a_non_silent_16_kHz_wav_of_the_normalised_text()
    {
        using var temp = new TempFolder();
        var output = temp.File("reply.wav");

        var run = CliRun.Of("speak", "Your table for 4 is booked at 8:30.", "--out", output, "--voice", "flite:slt");

        Assert.True(run.ExitCode == 0, run.ToString());
        var audio = WavReader.Read(output);
        Assert.Equal(16000, audio.SampleRate);
        Assert.Equal(1, audio.Channels);
        // "your table for four is booked at eight thirty": about 2–4 s of speech, not a click.
        Assert.InRange(audio.Duration.TotalSeconds, 1.5, 6);
        Assert.True(Rms(audio.Samples) > 500, $"RMS {Rms(audio.Samples):F0}");
        Assert.Contains("flite:slt", run.Output);
    }

    [Fact]
    public void Hindi_with_espeak_writes_22050_Hz_speech()
    {
        using var temp = new TempFolder();
        var output = temp.File("hindi.wav");

        var run = CliRun.Of("speak", "नमस्ते आपका स्वागत है", "--out", output, "--language", "hi", "--voice", "espeak-ng:hi");

        Assert.True(run.ExitCode == 0, run.ToString());
        var audio = WavReader.Read(output);
        Assert.Equal(22050, audio.SampleRate);
        Assert.InRange(audio.Duration.TotalSeconds, 0.8, 5);
        Assert.True(Rms(audio.Samples) > 500, $"RMS {Rms(audio.Samples):F0}");
    }

    [Fact]
    public void A_malformed_voice_name_is_rejected()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("speak", "hello", "--out", temp.File("x.wav"), "--voice", "festival-kal");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("engine:voice", run.Error);
        Assert.False(File.Exists(temp.File("x.wav")));
    }

    private static double Rms(short[] samples) => Math.Sqrt(samples.Average(s => (double)s * s));
}
