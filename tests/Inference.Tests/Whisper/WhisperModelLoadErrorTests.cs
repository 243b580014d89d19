using System.Text;
using MediaCore.Inference.Whisper;
using MediaCore.Inference.Whisper.ModelFile;

namespace MediaCore.Inference.Tests.Whisper;

/// <summary>Bad model files fail with an exception naming the file, never a crash.</summary>
[Collection(GeneratedWhisperModelCollection.Name)]
public sealed class WhisperModelLoadErrorTests(GeneratedWhisperModelFixture fixture)
{
    [Fact]
    public void Missing_file_names_the_path()
    {
        var path = Path.Combine(fixture.Folder, "no-such-model.bin");
        var error = Assert.Throws<FileNotFoundException>(() => WhisperModel.Load(path));
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Garbage_file_names_the_path()
    {
        var path = Path.Combine(fixture.Folder, "garbage.bin");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("this is not a whisper model at all, just some text bytes"));
        var error = Assert.Throws<WhisperModelException>(() => WhisperModel.Load(path));
        Assert.Equal(path, error.ModelPath);
        Assert.Contains(path, error.Message);
        Assert.Contains("magic", error.Message);
    }

    [Theory]
    [InlineData(20)]         // inside the header
    [InlineData(30_000)]     // inside the mel filters
    [InlineData(300_000)]    // inside the vocabulary
    [InlineData(2_000_000)]  // inside the tensors
    public void Truncated_file_names_the_path(int keepBytes)
    {
        var path = Path.Combine(fixture.Folder, $"truncated-{keepBytes}.bin");
        using (var source = File.OpenRead(fixture.ModelPath))
        using (var target = File.Create(path))
        {
            var buffer = new byte[keepBytes];
            source.ReadExactly(buffer);
            target.Write(buffer);
        }
        var error = Assert.Throws<WhisperModelException>(() => WhisperModel.Load(path));
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_file_whisper_cpp_itself_rejects_names_the_path_and_the_native_reason()
    {
        // Same size as a valid file, so the managed precheck passes; one tensor name is wrong, so whisper_init returns NULL.
        var path = Path.Combine(fixture.Folder, "renamed-tensor.bin");
        var bytes = File.ReadAllBytes(fixture.ModelPath);
        var name = Encoding.ASCII.GetBytes("encoder.ln_post.weight");
        var at = bytes.AsSpan().IndexOf(name);
        Assert.True(at > 0);
        Encoding.ASCII.GetBytes("encoder.ln_post.wXight").CopyTo(bytes, at);
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<WhisperModelException>(() => WhisperModel.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("unknown tensor", error.Message);
    }

    [Fact]
    public void Loader_fixture_without_tensors_loads_as_an_empty_model()
    {
        using var model = WhisperModel.Load(WhisperTestPaths.EnglishFixture);
        Assert.Equal(384, model.Dimensions.NAudioState);
        Assert.Equal("tiny", model.Dimensions.TypeName);
    }

    [Fact]
    public void Mismatched_dimensions_are_refused_by_the_writer()
    {
        var bad = GgmlWhisperHyperParameters.TestTiny with { NTextState = 128 };
        Assert.Throws<ArgumentException>(() => GgmlWhisperModelWriter.Write(Stream.Null, bad));
    }
}
