using System.Buffers.Binary;
using MediaCore.Media.Wav;

namespace MediaCore.Media.Tests.Wav;

public sealed class WavReaderTests
{
    [Theory]
    [InlineData("en_jfk.wav", 16000, 11.0)] // has a LIST chunk before data
    [InlineData("en_one_two_three.wav", 44100, 2.7)]
    [InlineData("en_osr_us_000_0034_8k.wav", 8000, 35.6)]
    [InlineData("en_cards_001.wav", 16000, 1.1)]
    public void ReadsTheSharedSpeechClips(string file, int rate, double seconds)
    {
        var audio = WavReader.Read(TestPaths.Audio(file));
        Assert.Equal(rate, audio.SampleRate);
        Assert.Equal(1, audio.Channels);
        Assert.InRange(audio.Duration.TotalSeconds, seconds - 0.1, seconds + 0.1);
        // Real speech: clearly not silence, and not clipped garbage.
        var rms = Math.Sqrt(audio.Samples.Average(s => (double)s * s));
        Assert.InRange(rms, 100, 12000);
    }

    [Fact]
    public void SkipsUnknownChunksAndMatchesTheRawDataBytes()
    {
        var path = TestPaths.Audio("en_jfk.wav");
        var bytes = File.ReadAllBytes(path);
        var audio = WavReader.Read(path);
        var dataOffset = bytes.AsSpan().IndexOf("data"u8) + 8;
        for (var i = 0; i < 1000; i++)
            Assert.Equal(BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(dataOffset + 2 * i)), audio.Samples[i]);
    }

    [Fact]
    public void NonRiffIsRejectedNamingTheFile()
    {
        var error = Assert.Throws<WavFormatException>(() => WavReader.Parse("OggS\0\0\0\0WAVEfmt "u8, "clip.ogg"));
        Assert.Equal("clip.ogg", error.FileName);
        Assert.Contains("clip.ogg", error.Message);
        Assert.Contains("not a RIFF file", error.Message);
    }

    [Fact]
    public void NonWaveFormTypeIsRejected() =>
        AssertProblem(Rewrite(b => "AVI "u8.CopyTo(b.AsSpan(8))), "not 'WAVE'");

    [Fact]
    public void TooShortHeaderIsRejected() => AssertProblem(new byte[] { 0x52, 0x49 }, "too short");

    [Fact]
    public void TruncatedDataIsRejected()
    {
        var bytes = WavWriter.ToBytes(new WavAudio(8000, 1, new short[400]));
        AssertProblem(bytes[..^100], "truncated");
    }

    [Fact]
    public void MissingDataChunkIsRejected() => AssertProblem(WavWriter.ToBytes(new WavAudio(8000, 1, new short[4]))[..36], "no data chunk");

    [Fact]
    public void MissingFmtChunkIsRejected() =>
        AssertProblem(Rewrite(b => "junk"u8.CopyTo(b.AsSpan(12))), "before any fmt chunk");

    [Fact]
    public void UnsupportedFormatIsRejected() =>
        AssertProblem(Rewrite(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(20), 3)), "unsupported format: tag 3");

    [Fact]
    public void UnsupportedBitDepthIsRejected() =>
        AssertProblem(Rewrite(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(34), 24)), "24 bits");

    [Fact]
    public void ZeroChannelsIsRejected() =>
        AssertProblem(Rewrite(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(22), 0)), "0 channels");

    [Fact]
    public void ReadsStereoAndDownmixesToMono()
    {
        short[] interleaved = [1000, 3000, -2000, -4000, 7, 9];
        var stereo = WavReader.Parse(WavWriter.ToBytes(new WavAudio(48000, 2, interleaved)), "stereo.wav");
        Assert.Equal(2, stereo.Channels);
        Assert.Equal(3, stereo.FrameCount);
        Assert.Equal(new short[] { 2000, -3000, 8 }, stereo.ToMono().Samples);
    }

    [Fact]
    public void SeededFuzzNeverThrowsAnythingButWavFormatException()
    {
        var valid = WavWriter.ToBytes(new WavAudio(8000, 1, new short[64]));
        var random = new Random(20261121);
        for (var round = 0; round < 5000; round++)
        {
            var bytes = (byte[])valid.Clone();
            var length = random.Next(bytes.Length + 1);
            for (var flips = random.Next(1, 6); flips > 0; flips--)
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            try
            {
                var audio = WavReader.Parse(bytes.AsSpan(0, length), "fuzz.wav");
                Assert.True(audio.SampleRate > 0 && audio.Channels > 0);
            }
            catch (WavFormatException error)
            {
                Assert.StartsWith("fuzz.wav: ", error.Message);
            }
        }
    }

    private static byte[] Rewrite(Action<byte[]> change)
    {
        var bytes = WavWriter.ToBytes(new WavAudio(8000, 1, new short[16]));
        change(bytes);
        return bytes;
    }

    private static void AssertProblem(byte[] bytes, string expected)
    {
        var error = Assert.Throws<WavFormatException>(() => WavReader.Parse(bytes, "bad.wav"));
        Assert.StartsWith("bad.wav: ", error.Message);
        Assert.Contains(expected, error.Problem);
    }
}
