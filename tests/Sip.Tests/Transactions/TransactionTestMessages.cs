using System.Net;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Tests.Transactions;

internal static class TransactionTestMessages
{
    public static readonly SipTimerSettings Timers = SipTimerSettings.Default;
    public static readonly SipSource Udp = new(SipTransportProtocol.Udp, new IPEndPoint(IPAddress.Loopback, 5070));
    public static readonly SipSource Tcp = new(SipTransportProtocol.Tcp, new IPEndPoint(IPAddress.Loopback, 5070), 7);

    public static SipRequest Request(string method) => (SipRequest)Parse(
        $"{method} sip:bob@127.0.0.1 SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKtest1\r\n" +
        "Max-Forwards: 70\r\n" +
        "From: <sip:alice@127.0.0.1>;tag=a1\r\n" +
        "To: <sip:bob@127.0.0.1>\r\n" +
        "Call-ID: tx-test@127.0.0.1\r\n" +
        $"CSeq: 1 {method}\r\n" +
        "Content-Length: 0\r\n\r\n");

    public static SipResponse Response(SipRequest request, int status) => SipResponseFactory.CreateResponse(request, status, toTag: "b1");

    private static SipMessage Parse(string text) =>
        SipMessageParser.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var m, out var e) ? m : throw new InvalidOperationException(e.ToString());

    public static IEnumerable<TransactionActionKind> Kinds(this IReadOnlyList<TransactionAction> actions) => actions.Select(a => a.Kind);

    public static TransactionAction Timer(this IReadOnlyList<TransactionAction> actions, SipTimer timer) =>
        actions.Single(a => a.Kind == TransactionActionKind.StartTimer && a.Timer == timer);
}
