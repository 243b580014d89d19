using MediaCore.Media.Rtp;

namespace MediaCore.Media.Tests.Rtp;

/// <summary>Seeded random packets and mutations: round trips hold and nothing throws.</summary>
public sealed class RtpPacketFuzzTests
{
    [Fact]
    public void RandomPacketsRoundTrip()
    {
        var random = new Random(3550);
        var buffer = new byte[2048];
        for (int n = 0; n < 2000; n++)
        {
            var csrcs = new uint[random.Next(0, 16)];
            for (int i = 0; i < csrcs.Length; i++)
                csrcs[i] = (uint)random.NextInt64(0, 1L << 32);
            var extensionData = new byte[random.Next(0, 5) * 4];
            random.NextBytes(extensionData);
            var payload = new byte[random.Next(0, 400)];
            random.NextBytes(payload);
            var header = new RtpHeader((byte)random.Next(0, 128), (ushort)random.Next(0, 65536), (uint)random.NextInt64(0, 1L << 32), (uint)random.NextInt64(0, 1L << 32), random.Next(2) == 1);
            var extension = random.Next(2) == 1 ? new RtpHeaderExtension((ushort)random.Next(0, 65536), extensionData) : default;
            var packet = new RtpPacket(header, payload, csrcs, extension, (byte)(random.Next(3) == 0 ? random.Next(1, 256) : 0));

            Assert.True(packet.TryWrite(buffer, out int written));
            Assert.Equal(packet.GetSerializedSize(), written);
            Assert.True(RtpPacket.TryParse(buffer.AsSpan(0, written), out var parsed, out var error), error.ToString());
            Assert.True(packet.ContentEquals(parsed));
        }
    }

    [Fact]
    public void HundredThousandMutationsNeverThrowAndReparseEqual()
    {
        var random = new Random(8285);
        var seed = new byte[] { 0xB2, 0xEF, 0xFF, 0xFF, 0, 0, 0, 1, 1, 2, 3, 4, 0x11, 0x11, 0x11, 0x11, 0x22, 0x22, 0x22, 0x22,
            0xBE, 0xDE, 0, 2, 0x10, 0xAA, 0, 0x21, 0xBB, 0xCC, 0, 0, 1, 2, 3, 0, 0, 0, 4 };
        var mutated = new byte[seed.Length + 16];
        var rewritten = new byte[512];
        int parsedCount = 0;
        for (int n = 0; n < 100_000; n++)
        {
            int length = Mutate(random, seed, mutated);
            var input = mutated.AsSpan(0, length);
            if (!RtpPacket.TryParse(input, out var packet, out _))
                continue;
            parsedCount++;
            Assert.True(packet.TryWrite(rewritten, out int written));
            Assert.True(RtpPacket.TryParse(rewritten.AsSpan(0, written), out var reparsed, out _));
            Assert.True(packet.ContentEquals(reparsed));
        }
        Assert.InRange(parsedCount, 1_000, 99_000);  // the fuzz exercises both paths
    }

    private static int Mutate(Random random, byte[] seed, byte[] target)
    {
        seed.CopyTo(target, 0);
        int length = random.Next(0, target.Length + 1);
        if (length > seed.Length)
            random.NextBytes(target.AsSpan(seed.Length, length - seed.Length));
        int flips = random.Next(1, 6);
        for (int i = 0; i < flips && length > 0; i++)
            target[random.Next(length)] ^= (byte)(1 << random.Next(8));
        return length;
    }
}
