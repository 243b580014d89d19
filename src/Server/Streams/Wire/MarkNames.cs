using System.Buffers.Text;

namespace MediaCore.Server.Streams.Wire;

/// <summary>Our mark / checkpoint names: "mc-" + a decimal id, written and read without allocating.</summary>
public static class MarkNames
{
    private static ReadOnlySpan<byte> Prefix => "mc-"u8;

    public const int MaxLength = 3 + 20;

    public static int Write(long id, Span<byte> destination)
    {
        Prefix.CopyTo(destination);
        Utf8Formatter.TryFormat(id, destination[Prefix.Length..], out var digits);
        return Prefix.Length + digits;
    }

    /// <summary>False for names this server did not issue (a provider may echo other marks).</summary>
    public static bool TryParseId(ReadOnlySpan<byte> name, out long id)
    {
        id = 0;
        return name.StartsWith(Prefix)
            && Utf8Parser.TryParse(name[Prefix.Length..], out id, out var consumed)
            && consumed == name.Length - Prefix.Length
            && id > 0;
    }
}
