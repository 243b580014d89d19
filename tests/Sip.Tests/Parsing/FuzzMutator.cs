using System.Text;

namespace MediaCore.Sip.Tests.Parsing;

/// <summary>Seeded byte-level mutations biased toward SIP/SDP syntax characters.</summary>
internal sealed class FuzzMutator
{
    private static readonly byte[] Interesting = Encoding.ASCII.GetBytes(":;,\"<>\r\n \t%@\\=/?&[]*0129.-+~'`()#\0").Concat(new byte[] { 0x7F, 0x80, 0xC3, 0xFF }).ToArray();

    private static readonly string[] Tokens =
    {
        "\r\n", "\r\n ", "\r\n\r\n", "Via: ", "v: ", "Content-Length: ", "l: 999999999999", "CSeq: 1 ", "<sip:", ">", ";tag=",
        "SIP/2.0", "sip:", "tel:+1", "\"", "\\\"", "%", "%2", "[::1]", ":99999", ";rport", ";branch=z9hG4bK", ",", "m=audio 0 RTP/AVP 0",
        "a=rtpmap:", "c=IN IP4 0.0.0.0", "a=sendonly", "a=fmtp:101 ", "t=", "o=- ", "\n", "=", "18446744073709551616",
    };

    private readonly Random _random;

    public FuzzMutator(int seed) => _random = new Random(seed);

    public int Next(int max) => _random.Next(max);

    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        int steps = 1 + _random.Next(4);
        for (int s = 0; s < steps; s++) MutateOnce(data);
        return data.ToArray();
    }

    public byte[] RandomBytes(int maxLength)
    {
        var bytes = new byte[_random.Next(maxLength)];
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = _random.Next(3) == 0 ? Interesting[_random.Next(Interesting.Length)] : (byte)_random.Next(256);
        return bytes;
    }

    private void MutateOnce(List<byte> data)
    {
        int at = data.Count == 0 ? 0 : _random.Next(data.Count);
        switch (_random.Next(8))
        {
            case 0 when data.Count > 0: data[at] = (byte)_random.Next(256); break;
            case 1: data.Insert(at, Interesting[_random.Next(Interesting.Length)]); break;
            case 2 when data.Count > 0: data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(16))); break;
            case 3 when data.Count > 0:
                var slice = data.GetRange(at, Math.Min(data.Count - at, 1 + _random.Next(64)));
                data.InsertRange(_random.Next(data.Count), slice);
                break;
            case 4 when data.Count > 0: data.RemoveRange(at, data.Count - at); break;
            case 5: data.InsertRange(at, Encoding.ASCII.GetBytes(Tokens[_random.Next(Tokens.Length)])); break;
            case 6 when data.Count > 0: data[at] = Interesting[_random.Next(Interesting.Length)]; break;
            default:
                // Swap two lines: reorders headers / SDP lines.
                int a = IndexOfLine(data, _random.Next(40)), b = IndexOfLine(data, _random.Next(40));
                if (a >= 0 && b >= 0 && a != b) (data[a], data[b]) = (data[b], data[a]);
                break;
        }
    }

    private static int IndexOfLine(List<byte> data, int line)
    {
        for (int i = 0; i < data.Count; i++)
            if (data[i] == (byte)'\n' && --line < 0) return i + 1 < data.Count ? i + 1 : -1;
        return -1;
    }
}
