using MediaCore.Media.Codecs.G711;

namespace MediaCore.Media.Tests.Codecs;

public sealed class G711LawTests
{
    [Fact]
    public void MuLawEncodesEveryPcmValueLikeTheReference()
    {
        for (int pcm = short.MinValue; pcm <= short.MaxValue; pcm++)
        {
            var expected = G711Reference.LinearToMuLaw(pcm);
            if (MuLaw.Encode((short)pcm) != expected)
                Assert.Fail($"µ-law encode({pcm}) = 0x{MuLaw.Encode((short)pcm):X2}, reference 0x{expected:X2}");
        }
    }

    [Fact]
    public void ALawEncodesEveryPcmValueLikeTheReference()
    {
        for (int pcm = short.MinValue; pcm <= short.MaxValue; pcm++)
        {
            var expected = G711Reference.LinearToALaw(pcm);
            if (ALaw.Encode((short)pcm) != expected)
                Assert.Fail($"A-law encode({pcm}) = 0x{ALaw.Encode((short)pcm):X2}, reference 0x{expected:X2}");
        }
    }

    [Fact]
    public void BothLawsDecodeEveryCodeWordLikeTheReference()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal(G711Reference.MuLawToLinear((byte)code), MuLaw.Decode((byte)code));
            Assert.Equal(G711Reference.ALawToLinear((byte)code), ALaw.Decode((byte)code));
        }
    }

    [Fact]
    public void BulkSpanMethodsMatchTheScalarOnesOverAllInputs()
    {
        var pcm = new short[65536];
        for (var i = 0; i < pcm.Length; i++)
            pcm[i] = (short)i;
        var mu = new byte[pcm.Length];
        var a = new byte[pcm.Length];
        MuLaw.Encode(pcm, mu);
        ALaw.Encode(pcm, a);
        var muBack = new short[pcm.Length];
        var aBack = new short[pcm.Length];
        MuLaw.Decode(mu, muBack);
        ALaw.Decode(a, aBack);
        for (var i = 0; i < pcm.Length; i++)
        {
            Assert.Equal(G711Reference.LinearToMuLaw(pcm[i]), mu[i]);
            Assert.Equal(G711Reference.LinearToALaw(pcm[i]), a[i]);
            Assert.Equal(G711Reference.MuLawToLinear(mu[i]), muBack[i]);
            Assert.Equal(G711Reference.ALawToLinear(a[i]), aBack[i]);
        }
    }

    [Theory]
    [InlineData(0, 0xFF)]
    [InlineData(-1, 0x7F)]
    [InlineData(32767, 0x80)]
    [InlineData(-32768, 0x00)]
    [InlineData(32635, 0x80)]
    [InlineData(100, 0xF2)]
    public void MuLawKnownCodeWords(int pcm, int code) => Assert.Equal((byte)code, MuLaw.Encode((short)pcm));

    [Theory]
    [InlineData(0, 0xD5)]
    [InlineData(-1, 0x55)]
    [InlineData(32767, 0xAA)]
    [InlineData(-32768, 0x2A)]
    [InlineData(8, 0xD5)]
    public void ALawKnownCodeWords(int pcm, int code) => Assert.Equal((byte)code, ALaw.Encode((short)pcm));

    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0x7F, 0)]
    [InlineData(0x80, 32124)]
    [InlineData(0x00, -32124)]
    public void MuLawKnownLevels(int code, int pcm) => Assert.Equal(pcm, MuLaw.Decode((byte)code));

    [Theory]
    [InlineData(0xD5, 8)]
    [InlineData(0x55, -8)]
    [InlineData(0xAA, 32256)]
    [InlineData(0x2A, -32256)]
    public void ALawKnownLevels(int code, int pcm) => Assert.Equal(pcm, ALaw.Decode((byte)code));

    [Fact]
    public void EveryDecodedLevelReencodesToItsCodeWordExceptMuLawNegativeZero()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal((byte)code, ALaw.Encode(ALaw.Decode((byte)code)));
            if (code != 0x7F)
                Assert.Equal((byte)code, MuLaw.Encode(MuLaw.Decode((byte)code)));
        }
        Assert.Equal(0xFF, MuLaw.Encode(MuLaw.Decode(0x7F)));
    }

    [Fact]
    public void BulkMethodsRejectAShortDestination()
    {
        Assert.Throws<ArgumentException>(() => MuLaw.Encode(new short[4], new byte[3]));
        Assert.Throws<ArgumentException>(() => ALaw.Decode(new byte[4], new short[3]));
    }
}
