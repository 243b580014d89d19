namespace MediaCore.Media.Sessions;

/// <summary>Why <see cref="RtpSession.MediaTimedOut"/> fired.</summary>
public enum MediaTimeoutReason
{
    /// <summary>No RTP arrived at all since the session started.</summary>
    NoMediaReceived,

    /// <summary>RTP flowed, then stopped for longer than the timeout.</summary>
    MediaStopped,
}
