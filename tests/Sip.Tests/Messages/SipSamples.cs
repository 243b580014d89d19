using System.Text;

namespace MediaCore.Sip.Tests.Messages;

/// <summary>Real-world-looking SIP traffic (shapes seen from trunks, softphones and registrars).</summary>
internal static class SipSamples
{
    /// <summary>Turns "\n" into CRLF and fills "Content-Length: X" with the body's byte length.</summary>
    public static byte[] Build(string head, string body = "")
    {
        string crlfBody = body.Replace("\r\n", "\n").Replace("\n", "\r\n");
        string crlfHead = head.Replace("\r\n", "\n").TrimEnd('\n').Replace("\n", "\r\n");
        int length = Encoding.UTF8.GetByteCount(crlfBody);
        crlfHead = crlfHead.Replace("Content-Length: X", "Content-Length: " + length).Replace("l: X", "l: " + length);
        return Encoding.UTF8.GetBytes(crlfHead + "\r\n\r\n" + crlfBody);
    }

    public const string TrunkOfferSdp = """
        v=0
        o=- 3916826135 3916826135 IN IP4 203.0.113.10
        s=SBC
        c=IN IP4 203.0.113.10
        t=0 0
        m=audio 16384 RTP/AVP 8 0 18 101
        a=rtpmap:8 PCMA/8000
        a=rtpmap:0 PCMU/8000
        a=rtpmap:18 G729/8000
        a=fmtp:18 annexb=no
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-16
        a=ptime:20
        a=sendrecv

        """;

    public static byte[] TrunkInvite => Build("""
        INVITE sip:+15551230000@198.51.100.5:5060;user=phone SIP/2.0
        Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-524287-1---5f3a;rport
        Max-Forwards: 69
        Record-Route: <sip:203.0.113.10;lr;ftag=a73kszlfl>
        Contact: <sip:+15559876543@203.0.113.10:5060;transport=udp>
        To: <sip:+15551230000@198.51.100.5>
        From: "ACME Corp" <sip:+15559876543@203.0.113.10>;tag=a73kszlfl
        Call-ID: 1j9FpLxk3uxtm8tn@203.0.113.10
        CSeq: 102 INVITE
        Allow: INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, NOTIFY, INFO, UPDATE
        Supported: replaces, timer
        Content-Type: application/sdp
        User-Agent: TrunkSBC/4.2
        Content-Length: X
        """, TrunkOfferSdp);

    public static byte[] Ok200 => Build("""
        SIP/2.0 200 OK
        Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-524287-1---5f3a;rport=5060;received=203.0.113.10
        Record-Route: <sip:203.0.113.10;lr;ftag=a73kszlfl>
        From: "ACME Corp" <sip:+15559876543@203.0.113.10>;tag=a73kszlfl
        To: <sip:+15551230000@198.51.100.5>;tag=8f3c1e2a
        Call-ID: 1j9FpLxk3uxtm8tn@203.0.113.10
        CSeq: 102 INVITE
        Contact: <sip:mediacore@198.51.100.5:5060>
        Server: MediaCore/1.0
        Content-Type: application/sdp
        Content-Length: X
        """, """
        v=0
        o=MediaCore 1 1 IN IP4 198.51.100.5
        s=MediaCore
        c=IN IP4 198.51.100.5
        t=0 0
        m=audio 40000 RTP/AVP 8 101
        a=rtpmap:8 PCMA/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-16
        a=ptime:20
        a=sendrecv

        """);

    public static byte[] Ack => Build("""
        ACK sip:mediacore@198.51.100.5:5060 SIP/2.0
        Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-524287-1---77aa;rport
        Max-Forwards: 70
        To: <sip:+15551230000@198.51.100.5>;tag=8f3c1e2a
        From: "ACME Corp" <sip:+15559876543@203.0.113.10>;tag=a73kszlfl
        Call-ID: 1j9FpLxk3uxtm8tn@203.0.113.10
        CSeq: 102 ACK
        Content-Length: X
        """);

    public static byte[] Bye => Build("""
        BYE sip:mediacore@198.51.100.5:5060 SIP/2.0
        Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-524287-1---9c01;rport
        Max-Forwards: 70
        To: <sip:+15551230000@198.51.100.5>;tag=8f3c1e2a
        From: "ACME Corp" <sip:+15559876543@203.0.113.10>;tag=a73kszlfl
        Call-ID: 1j9FpLxk3uxtm8tn@203.0.113.10
        CSeq: 103 BYE
        Reason: Q.850;cause=16;text="Normal call clearing"
        Content-Length: X
        """);

    public static byte[] Cancel => Build("""
        CANCEL sip:+15551230000@198.51.100.5:5060;user=phone SIP/2.0
        Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-524287-1---5f3a;rport
        Max-Forwards: 70
        To: <sip:+15551230000@198.51.100.5>
        From: "ACME Corp" <sip:+15559876543@203.0.113.10>;tag=a73kszlfl
        Call-ID: 1j9FpLxk3uxtm8tn@203.0.113.10
        CSeq: 102 CANCEL
        Content-Length: X
        """);

    public static byte[] Register => Build("""
        REGISTER sip:registrar.example.com SIP/2.0
        Via: SIP/2.0/TCP 192.0.2.33:49152;branch=z9hG4bKnashds7;rport
        Max-Forwards: 70
        To: Bob <sip:bob@example.com>
        From: Bob <sip:bob@example.com>;tag=456248
        Call-ID: 843817637684230@998sdasdh09
        CSeq: 1826 REGISTER
        Contact: <sip:bob@192.0.2.33:49152;transport=tcp>;expires=3600;q=0.7;+sip.instance="<urn:uuid:00000000-0000-1000-8000-000A95A0E128>"
        Expires: 7200
        User-Agent: baresip v1.0.0 (x86_64/linux)
        Content-Length: X
        """);

    public static byte[] Unauthorized401 => Build("""
        SIP/2.0 401 Unauthorized
        Via: SIP/2.0/TCP 192.0.2.33:49152;branch=z9hG4bKnashds7;rport=49152;received=192.0.2.33
        To: Bob <sip:bob@example.com>;tag=2493k59kd
        From: Bob <sip:bob@example.com>;tag=456248
        Call-ID: 843817637684230@998sdasdh09
        CSeq: 1826 REGISTER
        WWW-Authenticate: Digest realm="example.com", nonce="ea9c8e88df84f1cec4341ae6cbe5a359", opaque="", algorithm=MD5, qop="auth"
        Content-Length: X
        """);

    public static byte[] RegisterWithAuth => Build("""
        REGISTER sip:registrar.example.com SIP/2.0
        Via: SIP/2.0/TCP 192.0.2.33:49152;branch=z9hG4bKnashds8;rport
        Max-Forwards: 70
        To: Bob <sip:bob@example.com>
        From: Bob <sip:bob@example.com>;tag=456248
        Call-ID: 843817637684230@998sdasdh09
        CSeq: 1827 REGISTER
        Contact: <sip:bob@192.0.2.33:49152;transport=tcp>;expires=3600
        Authorization: Digest username="bob", realm="example.com", nonce="ea9c8e88df84f1cec4341ae6cbe5a359", uri="sip:registrar.example.com", response="2a1d6bd1c3c6a0b4d6f1b5f7b0c8a2e4", algorithm=MD5, cnonce="0a4f113b", qop=auth, nc=00000001
        Content-Length: X
        """);

    public static byte[] Options => Build("""
        OPTIONS sip:198.51.100.5 SIP/2.0
        Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-opt-0001
        Max-Forwards: 70
        To: <sip:198.51.100.5>
        From: <sip:ping@203.0.113.10>;tag=ping-1
        Call-ID: options-keepalive-0001@203.0.113.10
        CSeq: 1 OPTIONS
        Accept: application/sdp
        Content-Length: X
        """);

    public static byte[] Refer => Build("""
        REFER sip:+15559876543@203.0.113.10:5060 SIP/2.0
        Via: SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bK-refer-1;rport
        Max-Forwards: 70
        To: "ACME Corp" <sip:+15559876543@203.0.113.10>;tag=a73kszlfl
        From: <sip:+15551230000@198.51.100.5>;tag=8f3c1e2a
        Call-ID: 1j9FpLxk3uxtm8tn@203.0.113.10
        CSeq: 2 REFER
        Contact: <sip:mediacore@198.51.100.5:5060>
        Refer-To: <sip:agent42@pbx.example.com?Replaces=12345%40192.0.2.4%3Bto-tag%3D12345%3Bfrom-tag%3D5FFE-3994>
        Referred-By: <sip:mediacore@198.51.100.5>
        Event: refer
        Content-Length: X
        """);

    public static byte[] NotifySipfrag => Build("""
        NOTIFY sip:mediacore@198.51.100.5:5060 SIP/2.0
        Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-notify-1;rport
        Max-Forwards: 70
        To: <sip:+15551230000@198.51.100.5>;tag=8f3c1e2a
        From: "ACME Corp" <sip:+15559876543@203.0.113.10>;tag=a73kszlfl
        Call-ID: 1j9FpLxk3uxtm8tn@203.0.113.10
        CSeq: 104 NOTIFY
        Event: refer;id=2
        Subscription-State: terminated;reason=noresource
        Content-Type: message/sipfrag;version=2.0
        Content-Length: X
        """, "SIP/2.0 200 OK\n");

    public static IEnumerable<object[]> All()
    {
        yield return new object[] { "INVITE", TrunkInvite };
        yield return new object[] { "200", Ok200 };
        yield return new object[] { "ACK", Ack };
        yield return new object[] { "BYE", Bye };
        yield return new object[] { "CANCEL", Cancel };
        yield return new object[] { "REGISTER", Register };
        yield return new object[] { "401", Unauthorized401 };
        yield return new object[] { "REGISTER+auth", RegisterWithAuth };
        yield return new object[] { "OPTIONS", Options };
        yield return new object[] { "REFER", Refer };
        yield return new object[] { "NOTIFY", NotifySipfrag };
    }
}
