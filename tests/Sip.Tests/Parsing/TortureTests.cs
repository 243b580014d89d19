using System.Text;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Tests.Messages;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Tests.Parsing;

/// <summary>Hand-made reproductions of RFC 4475 torture messages (valid §3.1.1 and invalid §3.1.2).</summary>
public class TortureTests
{
    private static SipMessage ParseValid(byte[] wire)
    {
        Assert.True(SipMessageParser.TryParse(wire, out var message, out var error), error.ToString());
        // Whatever we accept must re-serialise into something we accept identically.
        var again = message.ToArray();
        Assert.True(SipMessageParser.TryParse(again, out var reparsed, out error), error.ToString());
        Assert.Equal(again, reparsed.ToArray());
        return message;
    }

    private static SipParseError ParseInvalid(string head, string body = "")
    {
        Assert.False(SipMessageParser.TryParse(SipSamples.Build(head, body), out _, out var error));
        return error;
    }

    [Fact]
    public void Wsinv_folding_unusual_spacing_and_compact_headers()
    {
        const string body = "v=0\no=mhandley 29739 7272939 IN IP4 192.0.2.3\ns=-\nc=IN IP4 192.0.2.4\nt=0 0\nm=audio 49217 RTP/AVP 0 12\nm=video 3227 RTP/AVP 31\na=rtpmap:31 LPC\n";
        var message = ParseValid(SipSamples.Build("""
            INVITE sip:vivekg@chair-dnrc.example.com;unknownparam SIP/2.0
            TO :
             sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n
            from   : "J Rosenberg \\\""       <sip:jdrosen@example.com>
              ;
              tag = 98asjd8
            MaX-fOrWaRdS: 0068
            Call-ID: wsinv.ndaksdj@192.0.2.1
            Content-Length   : X
            cseq: 0009
              INVITE
            Via  : SIP  /   2.0
             /UDP
                192.0.2.2;branch=390skdjuw
            s :
            NewFangledHeader:   newfangled value
             continued newfangled value
            UnknownHeaderWithUnusualValue: ;;,,;;,;
            Content-Type: application/sdp
            Route:
             <sip:services.example.com;lr;unknownwith=value;unknown-no-value>
            v:  SIP  / 2.0  / TCP     spindle.example.com   ;
              branch  =   z9hG4bK9ikj8  ,
             SIP  /    2.0   / UDP  192.168.255.111   ; branch=
             z9hG4bK30239
            m:"Quoted string \"\"" <sip:jdrosen@example.com> ; newparam =
                  newvalue ;
              secondparam ; q = 0.33
            """.Replace("Content-Length   : X", "Content-Length   : " + Encoding.ASCII.GetByteCount(body.Replace("\n", "\r\n"))), body));

        Assert.Equal("1918181833n", message.To!.Tag);
        Assert.Equal("J Rosenberg \\\"", message.From!.DisplayName);
        Assert.Equal("98asjd8", message.From.Tag);
        Assert.Equal(68, message.MaxForwards);
        Assert.Equal(9, message.CSeq!.Value.Number);
        Assert.Equal("newfangled value continued newfangled value", message.Headers.GetFirst("NewFangledHeader"));
        Assert.Equal("", message.Headers.GetFirst("Subject"));
        var vias = message.Vias;
        Assert.Equal(3, vias.Count);
        Assert.Equal("390skdjuw", vias[0].Branch);
        Assert.Equal("spindle.example.com", vias[1].Host);
        Assert.Equal("TCP", vias[1].Transport);
        Assert.Equal("z9hG4bK30239", vias[2].Branch);
        var contact = Assert.Single(message.Contacts);
        Assert.Equal("Quoted string \"\"", contact.Address!.DisplayName);
        Assert.Equal(0.33, contact.Q);
        Assert.Equal("newvalue", contact.Parameters.Get("newparam"));
        Assert.True(contact.Parameters.Contains("secondparam"));
        Assert.Contains("m=video", message.BodyText);
    }

    [Fact]
    public void Intmeth_unusual_method_uri_and_escaped_controls_in_display_name()
    {
        const string method = "!interesting-Method0123456789_*+`.%indeed'~";
        const string uri = "sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@example.com";
        var message = ParseValid(SipSamples.Build($$"""
            {{method}} {{uri}} SIP/2.0
            Via: SIP/2.0/TCP host1.example.com;branch=z9hG4bK-.!%66*_+`'~
            To: "BEL:\{{'\a'}} NUL:\{{'\0'}} DEL:\{{'\x7F'}}" <sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*@example.com>
            From: token1~` token2'+_ token3*%!.- <sip:mundane@example.com>;fromParam''~+*_!.-%="работающий";tag=_token~1'+`*%!-.
            Call-ID: intmeth.word%ZK-!.*_+'@word`~)(><:\/"][?}{
            CSeq: 139122385 {{method}}
            Max-Forwards: 255
            extensionHeader-!.%*+_`'~: 大停電
            Content-Length: X
            """));
        var request = Assert.IsType<SipRequest>(message);
        Assert.Equal(method, request.Method);
        var sip = Assert.IsType<SipUri>(request.RequestUri);
        Assert.Equal("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*", sip.User);
        Assert.Equal("&it+has=1,weird!*pas$wo~d_too.(doesn't-it)", sip.Password);
        Assert.Equal(uri, sip.ToString());
        Assert.Equal("BEL:\a NUL:\0 DEL:\x7F", message.To!.DisplayName);
        Assert.Equal("token1~` token2'+_ token3*%!.-", message.From!.DisplayName);
        Assert.Equal("\"работающий\"", message.From.Parameters.Get("fromParam''~+*_!.-%"));
        Assert.Equal("大停電", message.Headers.GetFirst("extensionHeader-!.%*+_`'~"));
    }

    [Fact]
    public void Esc01_escaped_uris()
    {
        var message = ParseValid(SipSamples.Build("""
            INVITE sip:sips%3Auser%40example.com@example.net SIP/2.0
            To: sip:%75se%72@example.com
            From: <sip:I%20have%20spaces@example.net>;tag=938
            Max-Forwards: 87
            i: esc01.239409asdfakjkn23onasd0-3234
            CSeq: 234234 INVITE
            Via: SIP/2.0/UDP host5.example.net;branch=z9hG4bKkdjuw
            C: application/sdp
            Contact:
              <sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31>
            l: X
            """, "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n"));
        var ruri = (SipUri)((SipRequest)message).RequestUri;
        Assert.Equal("sips:user@example.com", ruri.UnescapedUser);
        Assert.Equal("user", ((SipUri)message.To!.Uri).UnescapedUser);
        Assert.Equal("I have spaces", ((SipUri)message.From!.Uri).UnescapedUser);
        var contactUri = (SipUri)message.Contacts[0].Uri!;
        Assert.Equal("v%61lue%25%34%31", contactUri.Parameters.Get("n%61me"));
        Assert.Equal("esc01.239409asdfakjkn23onasd0-3234", message.CallId);
        Assert.Equal("application/sdp", message.ContentType!.Value);
    }

    [Fact]
    public void Compact_forms_expand_and_keep_original_spelling()
    {
        var wire = SipSamples.Build("""
            INVITE sip:bob@example.com SIP/2.0
            v: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKkdjuw
            f: Alice <sip:alice@example.com>;tag=1
            t: <sip:bob@example.com>
            i: compact-1@192.0.2.1
            CSeq: 1 INVITE
            Max-Forwards: 70
            m: <sip:alice@192.0.2.1>
            k: 100rel, timer
            o: dialog
            r: <sip:carol@example.com>
            b: <sip:alice@example.com>
            u: refer, dialog
            x: 1800;refresher=uac
            c: text/plain
            l: X
            """, "hi");
        var message = ParseValid(wire);
        Assert.Equal(wire, message.ToArray());
        Assert.Equal("compact-1@192.0.2.1", message.CallId);
        Assert.Equal("Alice", message.From!.DisplayName);
        Assert.Equal(new[] { "100rel", "timer" }, message.Supported);
        Assert.Equal("dialog", message.Event!.Value);
        Assert.NotNull(message.ReferTo);
        Assert.NotNull(message.ReferredBy);
        Assert.Equal("refer, dialog", message.Headers.GetFirst("Allow-Events"));
        Assert.Equal("1800;refresher=uac", message.Headers.GetFirst("Session-Expires"));
        Assert.Equal("text/plain", message.ContentType!.Value);
        Assert.Equal(2, message.ContentLength);
        Assert.Equal("v", message.Headers.Fields[0].Name);
        Assert.Equal("Via", message.Headers.Fields[0].CanonicalName);
    }

    [Fact]
    public void Multiple_lines_and_comma_lists_are_the_same_list_and_quotes_or_brackets_do_not_split()
    {
        var message = ParseValid(SipSamples.Build("""
            OPTIONS sip:bob@example.com SIP/2.0
            Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1, SIP/2.0/UDP b.example.com;branch=z9hG4bK2
            Via: SIP/2.0/UDP c.example.com;branch=z9hG4bK3
            Route: <sip:p1.example.com;lr>, "Proxy, Two" <sip:a,b@p2.example.com;lr>
            Route: <sip:p3.example.com;lr>
            Max-Forwards: 70
            To: <sip:bob@example.com>
            From: <sip:alice@example.com>;tag=x
            Call-ID: lists@example.com
            CSeq: 5 OPTIONS
            Require: foo
            Require: bar, baz
            Content-Length: X
            """));
        Assert.Equal(new[] { "a.example.com", "b.example.com", "c.example.com" }, message.Vias.Select(v => v.Host));
        var routes = message.Routes;
        Assert.Equal(3, routes.Count);
        Assert.Equal("Proxy, Two", routes[1].DisplayName);
        Assert.Equal("a,b", ((SipUri)routes[1].Uri).User);
        Assert.Equal(new[] { "foo", "bar", "baz" }, message.Require);

        message.PopVia();
        Assert.Equal(new[] { "b.example.com", "c.example.com" }, message.Vias.Select(v => v.Host));
    }

    [Fact]
    public void Unusual_but_valid_start_lines()
    {
        const string head = """
            SIP/2.0 {0}
            Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1
            To: <sip:bob@example.com>;tag=2
            From: <sip:alice@example.com>;tag=1
            Call-ID: start@example.com
            CSeq: 1 INVITE
            Content-Length: X
            """;
        var noReason = (SipResponse)ParseValid(SipSamples.Build(string.Format(head, "100 ")));
        Assert.Equal("", noReason.ReasonPhrase);
        var unicode = (SipResponse)ParseValid(SipSamples.Build(string.Format(head, "200 = 2**3 * 5**2 но сто девяносто девять - простое")));
        Assert.Equal("= 2**3 * 5**2 но сто девяносто девять - простое", unicode.ReasonPhrase);

        var opaque = ParseValid(SipSamples.Build(ReqLine("OPTIONS nobodyknowsthisscheme:totallyopaquecontent SIP/2.0")));
        Assert.IsType<OpaqueUri>(((SipRequest)opaque).RequestUri);
        var tel = ParseValid(SipSamples.Build(ReqLine("OPTIONS tel:+1-201-555-0123;ext=1234 SIP/2.0")));
        Assert.Equal("+12015550123", ((TelUri)((SipRequest)tel).RequestUri).Digits);
        var version = ParseValid(SipSamples.Build(ReqLine("OPTIONS sip:t.watson@example.org SIP/7.0")));
        Assert.Equal("SIP/7.0", version.Version); // RFC 4475 §3.1.2.12 badvers: the transaction layer answers 505
        var leadingCrlf = "\r\n\r\n"u8.ToArray().Concat(SipSamples.Build(ReqLine("OPTIONS sip:x@example.org SIP/2.0"))).ToArray();
        ParseValid(leadingCrlf);
    }

    private static string ReqLine(string line) => line + "\n" + """
        Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1
        To: <sip:bob@example.com>
        From: <sip:alice@example.com>;tag=1
        Call-ID: start@example.com
        CSeq: 1 OPTIONS
        Max-Forwards: 0
        Content-Length: X
        """;

    [Fact]
    public void Invalid_torture_messages_get_the_right_error()
    {
        Assert.Equal(SipParseError.BadStartLine, ParseInvalid(ReqLine("OPTIONS  sip:x@example.org  SIP/2.0")));   // lwsstart
        Assert.Equal(SipParseError.BadStartLine, ParseInvalid(ReqLine("OPTIONS sip:x@example.org; lr SIP/2.0"))); // lwsruri
        Assert.Equal(SipParseError.BadStartLine, ParseInvalid(ReqLine("OPTIONS sip:x@example.org SIP/2.0 ")));    // trws
        Assert.Equal(SipParseError.BadRequestUri, ParseInvalid(ReqLine("OPTIONS <sip:x@example.org> SIP/2.0")));  // ltgtruri
        Assert.Equal(SipParseError.BadRequestUri, ParseInvalid(ReqLine("OPTIONS sip:x@example.org?Route=%3Csip:example.com%3E SIP/2.0"))); // escruri
        Assert.Equal(SipParseError.BadStartLine, ParseInvalid(ReqLine("OPTIONS sip:x@example.org SIP/2.0").Replace("OPTIONS sip:x@example.org SIP/2.0", "SIP/2.0 4294967301 better not break the receiver"))); // bigcode
        string ok = ReqLine("OPTIONS sip:x@example.org SIP/2.0");
        Assert.Equal(SipParseError.BodyShorterThanContentLength, ParseInvalid(ok.Replace("Content-Length: X", "Content-Length: 9999"), "short")); // clerr
        Assert.Equal(SipParseError.BadContentLength, ParseInvalid(ok.Replace("Content-Length: X", "Content-Length: -999")));  // ncl
        Assert.Equal(SipParseError.BadCSeq, ParseInvalid(ok.Replace("CSeq: 1 OPTIONS", "CSeq: 36893488147419103232 OPTIONS"))); // scalar02
        Assert.Equal(SipParseError.BadMaxForwards, ParseInvalid(ok.Replace("Max-Forwards: 0", "Max-Forwards: 300")));
        Assert.Equal(SipParseError.BadTo, ParseInvalid(ok.Replace("To: <sip:bob@example.com>", "To: \"Mr. J. User <sip:j.user@example.com>"))); // quotbal
        Assert.Equal(SipParseError.BadTo, ParseInvalid(ok.Replace("To: <sip:bob@example.com>", "To: \"Watson, Thomas\" < sip:t.watson@example.org >"))); // badaspec
        Assert.Equal(SipParseError.BadFrom, ParseInvalid(ok.Replace("From: <sip:alice@example.com>", "From: Bell, Alexander <sip:a.g.bell@example.com>"))); // baddn
        Assert.Equal(SipParseError.CSeqMethodMismatch, ParseInvalid(ok.Replace("CSeq: 1 OPTIONS", "CSeq: 1 INVITE"))); // mismatch01
        Assert.Equal(SipParseError.BadVia, ParseInvalid(ok.Replace("SIP/2.0/UDP 192.0.2.1", "SIP/2.0/UDP 192.0.2.1:99999"))); // port out of range
    }
}
