using MediaCore.Media.Native;

namespace MediaCore.Server.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Prints_a_line_per_native_library_and_per_engine_slot()
    {
        var run = CliRun.Of("check");

        var lines = run.Output.Split('\n');
        foreach (var library in NativeLibraryCatalog.All)
        {
            var line = Assert.Single(lines, l => l.StartsWith($"native  {library.LogicalName} ", StringComparison.Ordinal));
            Assert.Contains(library.FileName, line);
            Assert.True(line.Contains(" ok ") || line.Contains("MISSING"), line);
        }
        Assert.Single(lines, l => l.StartsWith("engine  stt: ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("engine  tts[en]: ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("engine  tts[hi]: ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("engine  vad: ", StringComparison.Ordinal));
        // This machine has PocketSphinx, flite and espeak-ng, so every slot has an engine.
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void A_config_file_selects_the_engines_and_the_reasons_say_so()
    {
        using var temp = new TempFolder();
        var config = temp.File("inference.json");
        File.WriteAllText(config, """{ "stt": "pocketsphinx", "vad": "energy", "voices": { "en": "flite:kal" } }""");

        var run = CliRun.Of("check", "--config", config);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("engine  stt: pocketsphinx (requested pocketsphinx) - configured", run.Output);
        Assert.Contains("engine  vad: energy (requested energy) - configured", run.Output);
        Assert.Contains("engine  tts[en]: flite:kal (requested flite:kal)", run.Output);
    }

    [Fact]
    public void A_slot_without_any_engine_fails_the_check()
    {
        using var temp = new TempFolder();
        var config = temp.File("inference.json");
        // An unknown whisper model plus an empty PocketSphinx model folder leaves STT with nothing.
        File.WriteAllText(config, $$"""{ "whisperModel": "whisper-none", "pocketSphinxModelFolder": "{{temp.Path}}" }""");

        var run = CliRun.Of("check", "--config", config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("engine  stt: none", run.Output);
        Assert.Contains("whisper model 'whisper-none' is not in the models manifest", run.Output);
        Assert.Contains("PocketSphinx model unusable", run.Output);
    }

    [Fact]
    public void An_invalid_config_file_is_named_in_the_error()
    {
        using var temp = new TempFolder();
        var config = temp.File("broken.json");
        File.WriteAllText(config, """{ "stt": "kaldi" }""");

        var run = CliRun.Of("check", "--config", config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(config, run.Error);
    }
}
