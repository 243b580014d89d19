using System.Text;

namespace MediaCore.Server.Grpc;

/// <summary>
/// grpc-message is percent-encoded UTF-8 (PROTOCOL-HTTP2.md): bytes outside 0x20-0x7E and '%' itself are sent as
/// %XX. Decoding is lenient as the spec asks: a malformed escape is kept as literal text, never an error.
/// </summary>
public static class GrpcMessageText
{
    public static string Encode(string message)
    {
        if (!NeedsEncoding(message))
            return message;
        var sb = new StringBuilder(message.Length + 16);
        foreach (byte b in Encoding.UTF8.GetBytes(message))
        {
            if (b >= 0x20 && b <= 0x7E && b != (byte)'%')
                sb.Append((char)b);
            else
                sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }

    public static string Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded) || !encoded.Contains('%'))
            return encoded ?? "";
        var bytes = new List<byte>(encoded.Length);
        for (int i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && TryHex(encoded[i + 1], encoded[i + 2], out byte b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(encoded[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool NeedsEncoding(string message)
    {
        foreach (char c in message)
            if (c < 0x20 || c > 0x7E || c == '%')
                return true;
        return false;
    }

    private static bool TryHex(char hi, char lo, out byte value)
    {
        value = 0;
        int h = HexValue(hi), l = HexValue(lo);
        if (h < 0 || l < 0)
            return false;
        value = (byte)(h << 4 | l);
        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
