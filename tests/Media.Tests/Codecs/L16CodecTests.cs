using MediaCore.Media.Codecs.L16;

namespace MediaCore.Media.Tests.Codecs;

public sealed class L16CodecTests
{
    [Fact]
    public void EncodesNetworkByteOrder()
    {
        using var encoder = new L16Encoder(8000);
        var payload = new byte[6];
        Assert.Equal(6, encoder.Encode(new short[] { 0x0102, -2, short.MinValue }, payload));
        Assert.Equal(new byte[] { 0x01, 0x02, 0xFF, 0xFE, 0x80, 0x00 }, payload);
    }

    [Fact]
    public void RoundTripsEverySampleValueExactly()
    {
        var pcm = new short[65536];
        for (var i = 0; i < pcm.Length; i++)
            pcm[i] = (short)i;
        using var encoder = new L16Encoder(16000);
        using var decoder = new L16Decoder(16000);
        var payload = new byte[pcm.Length * 2];
        var back = new short[pcm.Length];
        Assert.Equal(payload.Length, encoder.Encode(pcm, payload));
        // Too long for the concealer's 120 ms memory: decode still works, only the first part is remembered.
        Assert.Equal(pcm.Length, decoder.Decode(payload, back));
        Assert.Equal(pcm, back);
    }

    [Fact]
    public void RejectsOddPayloadsSmallBuffersAndEmptyPayloads()
    {
        using var encoder = new L16Encoder(8000);
        using var decoder = new L16Decoder(8000);
        Assert.Equal(-1, encoder.Encode(new short[3], new byte[5]));
        Assert.Equal(-1, decoder.Decode(new byte[5], new short[3]));
        Assert.Equal(-1, decoder.Decode(new byte[6], new short[2]));
        Assert.Equal(-1, decoder.Decode(ReadOnlySpan<byte>.Empty, new short[2]));
    }

    [Fact]
    public void ConcealsWithTheLastFrameThenSilence()
    {
        using var encoder = new L16Encoder(16000);
        using var decoder = new L16Decoder(16000);
        var frame = new short[320];
        frame.AsSpan().Fill(1000);
        var payload = new byte[640];
        encoder.Encode(frame, payload);
        decoder.Decode(payload, new short[320]);
        var concealed = new short[320];
        Assert.Equal(320, decoder.Conceal(concealed));
        Assert.Equal(1000, concealed[0]);
        decoder.Conceal(concealed);
        decoder.Conceal(concealed);
        decoder.Conceal(concealed);
        Assert.All(concealed, s => Assert.Equal(0, s));
    }
}
