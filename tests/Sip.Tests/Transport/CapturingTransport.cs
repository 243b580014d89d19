using System.Net;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Tests.Transport;

/// <summary>An in-memory transport: records what the stack sends (parsed), so tests can drive the receive handler directly.</summary>
public sealed class CapturingTransport : ISipTransport
{
    private readonly List<(SipMessage? Message, IPEndPoint To, int Thread)> _sent = new();
    private readonly Dictionary<int, int> _countByThread = new();

    /// <summary>False for fuzzing: count sends without keeping them.</summary>
    public bool KeepMessages { get; init; } = true;

    /// <summary>Sent bytes that did not parse as SIP (must stay 0: we only ever send well-formed messages).</summary>
    public int Unparsable { get; private set; }

    public List<string> UnparsableSamples { get; } = new();

    public CapturingTransport(SipTransportProtocol protocol = SipTransportProtocol.Udp, int port = 5060)
    {
        Protocol = protocol;
        LocalEndPoint = new IPEndPoint(IPAddress.Loopback, port);
    }

    public SipTransportProtocol Protocol { get; }
    public IPEndPoint LocalEndPoint { get; }

    public void Start(SipDataReceived onData) { }

    public bool TrySend(ReadOnlySpan<byte> data, IPEndPoint remote, long connectionId)
    {
        bool ok = SipMessageParser.TryParse(data, out var message, out var error);
        if (!ok && UnparsableSamples.Count < 5) UnparsableSamples.Add(error + "\n" + System.Text.Encoding.Latin1.GetString(data));
        int thread = Environment.CurrentManagedThreadId;
        lock (_sent)
        {
            if (!ok) Unparsable++;
            _countByThread[thread] = _countByThread.GetValueOrDefault(thread) + 1;
            if (KeepMessages) _sent.Add((message, remote, thread));
        }
        return true;
    }

    public List<(SipMessage? Message, IPEndPoint To, int Thread)> Sent
    {
        get { lock (_sent) return _sent.ToList(); }
    }

    /// <summary>Sends made on the calling thread (timer retransmissions run elsewhere).</summary>
    public int CountOnThisThread()
    {
        lock (_sent) return _countByThread.GetValueOrDefault(Environment.CurrentManagedThreadId);
    }

    public SipResponse LastResponse
    {
        get { lock (_sent) return (SipResponse)_sent.Last(s => s.Message is SipResponse).Message!; }
    }

    public void Clear()
    {
        lock (_sent) _sent.Clear();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
