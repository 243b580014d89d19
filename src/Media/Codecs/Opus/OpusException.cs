namespace MediaCore.Media.Codecs.Opus;

/// <summary>A libopus call failed; <see cref="ErrorCode"/> is the OPUS_* code and the message has opus_strerror's text.</summary>
public sealed class OpusException : Exception
{
    public OpusException(string operation, int errorCode)
        : base($"{operation} failed: {OpusNative.ErrorText(errorCode)} (opus error {errorCode}).") =>
        ErrorCode = errorCode;

    public int ErrorCode { get; }
}
