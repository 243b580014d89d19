using System.Text;

namespace MediaCore.Server.Browser;

/// <summary>Close-frame reasons: RFC 6455 §5.5 limits a control frame payload to 125 bytes, 2 of them the status code.</summary>
internal static class BrowserCloseReason
{
    private const int MaxReasonBytes = 123;

    public static string Fit(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxReasonBytes)
            return reason;
        var cut = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, cut)) > MaxReasonBytes)
            cut--;
        return reason[..cut];
    }
}
