namespace MediaCore.Sip.Sdp;

/// <summary>t=&lt;start-time&gt; &lt;stop-time&gt; plus its r= repeat lines kept verbatim (RFC 4566 §5.9, §5.10).</summary>
public sealed class SdpTiming
{
    public SdpTiming(ulong start = 0, ulong stop = 0)
    {
        Start = start;
        Stop = stop;
    }

    public ulong Start { get; set; }
    public ulong Stop { get; set; }
    public List<string> Repeats { get; } = new();

    public static bool TryParse(string value, out SdpTiming timing)
    {
        timing = new SdpTiming();
        var parts = value.Split(' ');
        if (parts.Length != 2) return false;
        if (!ulong.TryParse(parts[0], System.Globalization.NumberStyles.None, null, out ulong start)) return false;
        if (!ulong.TryParse(parts[1], System.Globalization.NumberStyles.None, null, out ulong stop)) return false;
        timing = new SdpTiming(start, stop);
        return true;
    }

    public override string ToString() => $"{Start} {Stop}";
}
