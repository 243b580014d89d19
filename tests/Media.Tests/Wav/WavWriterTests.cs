using MediaCore.Media.Codecs.G711;
using MediaCore.Media.Wav;

namespace MediaCore.Media.Tests.Wav;

public sealed class WavWriterTests
{
    [Fact]
    public void Pcm16RoundTripsRealSpeechExactlyThroughAFile()
    {
        var original = WavReader.Read(TestPaths.Audio("en_goforward.wav"));
        var path = Path.Combine(Path.GetTempPath(), $"mediacore-wav-{Guid.NewGuid():N}.wav");
        try
        {
            WavWriter.Write(path, original);
            var back = WavReader.Read(path);
            Assert.Equal(original.SampleRate, back.SampleRate);
            Assert.Equal(original.Channels, back.Channels);
            Assert.Equal(original.Samples, back.Samples);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MuLawWavHoldsTheG711CodeWordsAndReadsBackAsTheirLevels()
    {
        var speech = WavReader.Read(TestPaths.Audio("en_osr_us_000_0034_8k.wav"));
        var bytes = WavWriter.ToBytes(speech, WavSampleFormat.MuLaw);
        Assert.Equal(7, BitConverter.ToUInt16(bytes, 20)); // WAVE_FORMAT_MULAW
        Assert.Equal(8, BitConverter.ToUInt16(bytes, 34));
        Assert.Equal(44 + speech.Samples.Length + (speech.Samples.Length & 1), bytes.Length);
        var back = WavReader.Parse(bytes, "mulaw.wav");
        Assert.Equal(speech.SampleRate, back.SampleRate);
        for (var i = 0; i < speech.Samples.Length; i++)
            Assert.Equal(MuLaw.Decode(MuLaw.Encode(speech.Samples[i])), back.Samples[i]);
    }

    [Fact]
    public void HeaderIsTheCanonicalFortyFourBytes()
    {
        var bytes = WavWriter.ToBytes(new WavAudio(22050, 2, new short[] { 1, 2, 3, 4 }));
        Assert.Equal("RIFF"u8.ToArray(), bytes[..4]);
        Assert.Equal((uint)(bytes.Length - 8), BitConverter.ToUInt32(bytes, 4));
        Assert.Equal("WAVEfmt "u8.ToArray(), bytes[8..16]);
        Assert.Equal(22050u * 2 * 2, BitConverter.ToUInt32(bytes, 28));
        Assert.Equal(4, BitConverter.ToUInt16(bytes, 32));
        Assert.Equal("data"u8.ToArray(), bytes[36..40]);
        Assert.Equal(8u, BitConverter.ToUInt32(bytes, 40));
    }
}
