using MediaCore.Media.Wav;

namespace MediaCore.Server.Tests.Demo;

/// <summary>`mediacore demo` end to end in-process: SIP + RTP on loopback, PocketSphinx, flite, Silero, the tenant dialog.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_call_prints_greeting_and_answered_turns_and_writes_a_non_silent_wav()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mediacore-demo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var lines = Path.Combine(folder, "lines.txt");
            File.WriteAllLines(lines, ["what are your hours", "how much is the chicken fried momos", "thank you goodbye"]);
            var wav = Path.Combine(folder, "call.wav");

            var run = CliRun.Of("demo", "--lines", lines, "--out", wav,
                "--config", Path.Combine(TestPaths.RepoRoot, "samples", "tenants"), "--models", Path.Combine(TestPaths.SharedDir, "models"));

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("[bot]    Namaste, thank you for calling Himalayan Kitchen!", run.Output);
            Assert.Contains("[heard]  \"what are your hours\"", run.Output);
            Assert.Contains("[bot]    We're open Tuesday to Sunday", run.Output);
            Assert.Contains("[heard]  \"how much is the chicken fried momos\"", run.Output);
            Assert.Contains("[bot]    Chicken Fried Momos are", run.Output);
            Assert.Contains("turn latency", run.Output);
            Assert.Contains("demo: ok, 3 turns", run.Output);

            var audio = WavReader.Read(wav);
            Assert.Equal(16_000, audio.SampleRate);
            Assert.True(audio.Duration > TimeSpan.FromSeconds(10), $"only {audio.Duration} recorded");
            double rms = Math.Sqrt(audio.Samples.Average(s => (double)s * s));
            Assert.True(rms > 200, $"the recording is (nearly) silent: rms {rms:F0}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
