namespace MediaCore.Sip.Parsing;

/// <summary>Hard limits applied while parsing or framing; anything beyond them is rejected, never buffered.</summary>
public sealed record SipParseLimits
{
    public static SipParseLimits Default { get; } = new();

    /// <summary>Whole message (start line + headers + body). 64 KiB is the largest UDP payload.</summary>
    public int MaxMessageSize { get; init; } = 64 * 1024;

    /// <summary>Header fields (after joining folded lines).</summary>
    public int MaxHeaders { get; init; } = 100;

    /// <summary>One logical header line including its folds, and the start line.</summary>
    public int MaxHeaderLineLength { get; init; } = 8 * 1024;

    /// <summary>Declared or actual body size.</summary>
    public int MaxBodySize { get; init; } = 32 * 1024;

    /// <summary>
    /// RFC 3261 §18.3 says bytes after Content-Length in a datagram MUST be discarded; set this to reject them
    /// with <see cref="SipParseError.BodyLongerThanContentLength"/> instead (strict mode, e.g. for tests).
    /// </summary>
    public bool RejectBytesAfterBody { get; init; }
}
