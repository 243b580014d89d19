namespace MediaCore.Media.Sessions;

/// <summary>A re-INVITE that changes the codec or the remote address, applied to a running session.</summary>
public sealed partial class RtpSession
{
    /// <summary>
    /// Applies a new remote description to a started session: a new codec or telephone-event type rebuilds the codecs,
    /// jitter buffer and resamplers (RFC 3264 §8.3.2: the new format is used from the next packet); a new address
    /// re-latches. The SSRC, sequence number and timestamp continue, so the peer sees one stream.
    /// </summary>
    public void Renegotiate(MediaDescription remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        if (Volatile.Read(ref _state) != 1)
            throw new InvalidOperationException("Only a started session can be renegotiated.");
        lock (_tickGate)
        {
            lock (_mediaLock)
            {
                if (remote == _remote)
                    return;
                ushort sequence = _sequence;
                uint timestamp = _timestamp;
                ReleaseCodecs();
                _inboundResampler = null;
                _outboundResampler = null;
                _dtmfSender = null;
                _dtmfReceiver = null;
                _receiverStatistics = null;   // its clock rate is the old codec's
                _remote = remote;
                PrepareMedia(remote, _handler!);
                _sequence = sequence;
                _timestamp = timestamp;
                _talkspurtStart = true;
            }
        }
    }
}
