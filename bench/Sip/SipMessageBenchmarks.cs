using System.Text;
using BenchmarkDotNet.Attributes;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Sdp;

namespace MediaCore.Bench.Sip;

/// <summary>
/// SIP message hot paths: parse an INVITE with SDP (allocates the message object — fine for signalling, keep it
/// modest), serialise a 200 OK into a reused buffer, parse and answer an SDP offer.
/// Run: dotnet run -c Release --project bench -- --filter '*SipMessageBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class SipMessageBenchmarks
{
    private const string Sdp =
        "v=0\r\no=- 3916826135 3916826135 IN IP4 203.0.113.10\r\ns=SBC\r\nc=IN IP4 203.0.113.10\r\nt=0 0\r\n" +
        "m=audio 16384 RTP/AVP 8 0 18 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:18 G729/8000\r\n" +
        "a=fmtp:18 annexb=no\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=ptime:20\r\na=sendrecv\r\n";

    private static readonly string Invite =
        "INVITE sip:+15551230000@198.51.100.5:5060;user=phone SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-524287-1---5f3a;rport\r\n" +
        "Max-Forwards: 69\r\n" +
        "Record-Route: <sip:203.0.113.10;lr;ftag=a73kszlfl>\r\n" +
        "Contact: <sip:+15559876543@203.0.113.10:5060;transport=udp>\r\n" +
        "To: <sip:+15551230000@198.51.100.5>\r\n" +
        "From: \"ACME Corp\" <sip:+15559876543@203.0.113.10>;tag=a73kszlfl\r\n" +
        "Call-ID: 1j9FpLxk3uxtm8tn@203.0.113.10\r\n" +
        "CSeq: 102 INVITE\r\n" +
        "Allow: INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, NOTIFY, INFO, UPDATE\r\n" +
        "Supported: replaces, timer\r\n" +
        "Content-Type: application/sdp\r\n" +
        "User-Agent: TrunkSBC/4.2\r\n" +
        "Content-Length: " + Sdp.Length + "\r\n\r\n" + Sdp;

    private readonly byte[] _invite = Encoding.ASCII.GetBytes(Invite);
    private readonly byte[] _sdp = Encoding.ASCII.GetBytes(Sdp);
    private readonly byte[] _output = new byte[4096];
    private readonly SdpOfferAnswer _negotiator = new();
    private SipResponse _ok = null!;

    [GlobalSetup]
    public void Setup()
    {
        SipMessageParser.TryParse(_invite, SipParseLimits.Default, out var message, out _);
        _ok = SipResponseFactory.CreateResponse((SipRequest)message!, 200, toTag: "8f3c1e2a");
        _ok.Headers.Add(SipHeaderNames.Contact, "<sip:mediacore@198.51.100.5:5060>");
        _ok.SetBody("application/sdp", Sdp);
    }

    [Benchmark]
    public SipMessage? ParseInviteWithSdp()
    {
        SipMessageParser.TryParse(_invite, SipParseLimits.Default, out var message, out _);
        return message;
    }

    [Benchmark]
    public int Serialize200Ok()
    {
        _ok.TryWrite(_output, out int written);
        return written;
    }

    [Benchmark]
    public SdpSession? ParseSdp()
    {
        SdpSession.TryParse(_sdp, out var session, out _);
        return session;
    }

    [Benchmark]
    public SdpNegotiatedMedia? ParseSdpAndAnswer()
    {
        SdpSession.TryParse(_sdp, out var offer, out _);
        _negotiator.TryCreateAnswer(offer!, "198.51.100.5", 40000, 1, 1, out _, out var media, out _);
        return media;
    }
}
