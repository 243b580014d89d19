using MediaCore.Inference.Whisper.ModelFile;

namespace MediaCore.Inference.Tests.Whisper;

/// <summary>The header reader on whisper.cpp's own loader fixtures, and the writer's output read back.</summary>
public sealed class GgmlWhisperModelFileTests
{
    [Fact]
    public void English_fixture_header_and_vocabulary_are_read()
    {
        var info = GgmlWhisperModelInfo.Read(WhisperTestPaths.EnglishFixture);
        Assert.Equal(new GgmlWhisperHyperParameters(51864, 1500, 384, 6, 4, 448, 384, 6, 4, 80, 1), info.HyperParameters);
        Assert.False(info.HyperParameters.IsMultilingual);
        Assert.Equal((80, 201), (info.MelFilterCount, info.FftBinCount));
        Assert.Equal(50257, info.Tokens.Count);
        Assert.Equal(["!", "\"", "#"], new[] { info.TokenText(0), info.TokenText(1), info.TokenText(2) });
        Assert.Equal("<|endoftext|>", info.TokenText(50256));
        Assert.False(info.HasTensors);
        Assert.Equal(info.FileLength, info.VocabularyEndOffset);
    }

    [Fact]
    public void Multilingual_fixture_header_is_read()
    {
        var info = GgmlWhisperModelInfo.Read(WhisperTestPaths.MultilingualFixture);
        Assert.Equal(51865, info.HyperParameters.NVocab);
        Assert.True(info.HyperParameters.IsMultilingual);
        Assert.Equal(50257, info.Tokens.Count);
        Assert.Equal("!", info.TokenText(0));
    }

    [Fact]
    public void Written_model_has_the_header_the_copied_vocabulary_and_every_tensor()
    {
        using var stream = new MemoryStream();
        GgmlWhisperModelWriter.Write(stream, GgmlWhisperHyperParameters.TestTiny,
            new GgmlWhisperModelWriterOptions { VocabularySource = WhisperTestPaths.EnglishFixture });
        var path = Path.Combine(Path.GetTempPath(), $"mediacore-whisper-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, stream.ToArray());
            var info = GgmlWhisperModelInfo.Read(path);
            var fixture = File.ReadAllBytes(WhisperTestPaths.EnglishFixture);
            Assert.Equal(GgmlWhisperHyperParameters.TestTiny, info.HyperParameters);
            Assert.True(stream.ToArray().AsSpan(48, fixture.Length - 48).SequenceEqual(fixture.AsSpan(48)));
            Assert.Equal(info.ExpectedTensorBytes, info.FileLength - info.VocabularyEndOffset);
            Assert.False(info.IsTruncated);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Same_seed_writes_the_same_bytes_and_a_generated_vocabulary_is_readable()
    {
        static byte[] Write(ulong seed)
        {
            using var stream = new MemoryStream();
            GgmlWhisperModelWriter.Write(stream, GgmlWhisperHyperParameters.TestTiny with { FType = 0 },
                new GgmlWhisperModelWriterOptions { Seed = seed });
            return stream.ToArray();
        }

        var a = Write(3);
        Assert.Equal(a, Write(3));
        Assert.NotEqual(a, Write(4));
        var path = Path.Combine(Path.GetTempPath(), $"mediacore-whisper-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, a);
            var info = GgmlWhisperModelInfo.Read(path);
            Assert.Equal(50257, info.Tokens.Count);
            Assert.Equal(" w5", info.TokenText(5));
            Assert.Equal(info.ExpectedTensorBytes, info.FileLength - info.VocabularyEndOffset);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Real_dimension_presets_have_the_documented_sizes()
    {
        // f16 tiny ≈ 77.7 MB and base ≈ 148 MB on disk (tensor bytes dominate).
        Assert.InRange(WhisperTensorLayout.TensorBytes(GgmlWhisperHyperParameters.RealTiny), 75_000_000, 78_000_000);
        Assert.InRange(WhisperTensorLayout.TensorBytes(GgmlWhisperHyperParameters.RealBase), 140_000_000, 150_000_000);
        Assert.Null(GgmlWhisperHyperParameters.RealBase.Validate());
    }

    [Fact]
    public void Reader_rejects_bad_input_without_throwing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mediacore-whisper-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, [0x6c, 0x6d, 0x67, 0x67, 1, 2, 3]);
            Assert.False(GgmlWhisperModelInfo.TryRead(path, out _, out var error));
            Assert.Contains("header", error);
            Assert.False(GgmlWhisperModelInfo.TryRead(path + ".missing", out _, out _));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
