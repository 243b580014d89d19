using MediaCore.Media.Codecs.G711;
using MediaCore.Media.Codecs.Concealment;

namespace MediaCore.Media.Tests.Codecs;

public sealed class G711CodecTests
{
    private const int Frame = 160;

    [Theory]
    [InlineData(G711Law.MuLaw)]
    [InlineData(G711Law.ALaw)]
    public void EncoderAndDecoderRoundTripSpeechWithinTheQuantisationStep(G711Law law)
    {
        using var encoder = new G711Encoder(law);
        using var decoder = new G711Decoder(law);
        var speech = SpeechFrame();
        Span<byte> payload = stackalloc byte[Frame];
        Span<short> decoded = stackalloc short[Frame];
        Assert.Equal(Frame, encoder.Encode(speech, payload));
        Assert.Equal(Frame, decoder.Decode(payload, decoded));
        for (var i = 0; i < Frame; i++)
        {
            // G.711 steps are at most 1/16 of the segment: |error| ≤ |x|/32 + a small floor.
            var error = Math.Abs(decoded[i] - speech[i]);
            Assert.True(error <= Math.Abs(speech[i]) / 16 + 16, $"sample {i}: {speech[i]} → {decoded[i]}");
        }
    }

    [Fact]
    public void EncoderRejectsAPayloadBufferThatIsTooSmall()
    {
        using var encoder = new G711Encoder(G711Law.MuLaw);
        Assert.Equal(-1, encoder.Encode(new short[Frame], new byte[Frame - 1]));
    }

    [Fact]
    public void DecoderRejectsAnEmptyPayloadOrSmallBuffer()
    {
        using var decoder = new G711Decoder(G711Law.ALaw);
        Assert.Equal(-1, decoder.Decode(ReadOnlySpan<byte>.Empty, new short[Frame]));
        Assert.Equal(-1, decoder.Decode(new byte[Frame], new short[Frame - 1]));
    }

    [Fact]
    public void ConcealmentRepeatsTheLastFrameFadingToSilenceAfterSixtyMilliseconds()
    {
        using var encoder = new G711Encoder(G711Law.MuLaw);
        using var decoder = new G711Decoder(G711Law.MuLaw);
        var payload = new byte[Frame];
        var good = new short[Frame];
        encoder.Encode(SpeechFrame(), payload);
        decoder.Decode(payload, good);

        var energies = new double[5];
        var concealed = new short[Frame];
        for (var loss = 0; loss < energies.Length; loss++)
        {
            Assert.Equal(Frame, decoder.Conceal(concealed));
            energies[loss] = Energy(concealed);
            if (loss == 0)
                Assert.Equal(good[0], concealed[0]); // starts as an exact repeat
            for (var i = 0; i < Frame; i++)
                Assert.True(Math.Abs(concealed[i]) <= Math.Abs(good[i]), "concealment never amplifies");
        }
        Assert.True(energies[0] > energies[1] && energies[1] > energies[2] && energies[2] > 0, string.Join(", ", energies));
        Assert.Equal(0, energies[3]);
        Assert.Equal(0, energies[4]);

        decoder.Decode(payload, good); // a good packet ends the loss run: the next loss repeats at full level again
        decoder.Conceal(concealed);
        Assert.Equal(good[0], concealed[0]);
    }

    [Fact]
    public void ConcealmentBeforeAnyGoodFrameIsOneFrameOfSilence()
    {
        using var decoder = new G711Decoder(G711Law.ALaw);
        var pcm = new short[Frame];
        pcm.AsSpan().Fill(7);
        Assert.Equal(Frame, decoder.Conceal(pcm));
        Assert.All(pcm, s => Assert.Equal(0, s));
        Assert.Equal(-1, decoder.Conceal(new short[Frame - 1]));
    }

    [Fact]
    public void ConcealerCountsConsecutiveLosses()
    {
        var concealer = new RepeatFadeConcealer(4, 8);
        concealer.Remember([1000, 1000, 1000, 1000]);
        var output = new short[4];
        concealer.Conceal(output);
        concealer.Conceal(output);
        Assert.Equal(2, concealer.ConsecutiveLosses);
    }

    [Fact]
    public void EncodeDecodeAndConcealAllocateNothing()
    {
        using var encoder = new G711Encoder(G711Law.ALaw);
        using var decoder = new G711Decoder(G711Law.ALaw);
        var pcm = SpeechFrame();
        var payload = new byte[Frame];
        var output = new short[Frame];
        Assert.Equal(0, AllocationProbe.FewestBytes(() =>
        {
            for (var i = 0; i < 1000; i++)
                Cycle();
        }));

        void Cycle()
        {
            encoder.Encode(pcm, payload);
            decoder.Decode(payload, output);
            decoder.Conceal(output);
        }
    }

    internal static short[] SpeechFrame()
    {
        var frame = new short[Frame];
        for (var i = 0; i < Frame; i++)
            frame[i] = (short)(9000 * Math.Sin(2 * Math.PI * 200 * i / 8000) + 4000 * Math.Sin(2 * Math.PI * 1100 * i / 8000));
        return frame;
    }

    private static double Energy(ReadOnlySpan<short> pcm)
    {
        double sum = 0;
        foreach (var s in pcm)
            sum += (double)s * s;
        return sum;
    }
}
