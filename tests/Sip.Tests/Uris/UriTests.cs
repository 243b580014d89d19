using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Tests.Uris;

public class UriTests
{
    [Theory]
    [InlineData("sip:alice@atlanta.com")]
    [InlineData("sip:alice:secretword@atlanta.com;transport=tcp")]
    [InlineData("sips:alice@atlanta.com?subject=project%20x&priority=urgent")]
    [InlineData("sip:+1-212-555-1212:1234@gateway.com;user=phone")]
    [InlineData("sips:1212@gateway.com")]
    [InlineData("sip:alice@192.0.2.4")]
    [InlineData("sip:atlanta.com;method=REGISTER?to=alice%40atlanta.com")]
    [InlineData("sip:alice;day=tuesday@atlanta.com")]
    [InlineData("sip:[2001:db8::10]:5070;transport=udp;lr")]
    [InlineData("sip:proxy.example.com;lr;maddr=239.255.255.1;ttl=15")]
    [InlineData("tel:+1-201-555-0123")]
    [InlineData("tel:7042;phone-context=example.com")]
    [InlineData("tel:863-1234;phone-context=+1-914-555")]
    [InlineData("urn:service:sos")]
    public void Parse_and_ToString_round_trip(string text)
    {
        Assert.True(AddressUri.TryParse(text, out var uri), text);
        Assert.Equal(text, uri.ToString());
    }

    [Fact]
    public void Sip_uri_components()
    {
        Assert.True(SipUri.TryParse("sips:alice:pw@[2001:db8::10]:5061;transport=tls;lr?subject=hi%20there", out var uri));
        Assert.True(uri.IsSecure);
        Assert.Equal("sips", uri.Scheme);
        Assert.Equal("alice", uri.User);
        Assert.Equal("pw", uri.Password);
        Assert.Equal("[2001:db8::10]", uri.Host);
        Assert.Equal(5061, uri.Port);
        Assert.Equal("tls", uri.Transport);
        Assert.True(uri.IsLooseRouter);
        Assert.Equal(new KeyValuePair<string, string>("subject", "hi%20there"), Assert.Single(uri.Headers));

        uri.IsLooseRouter = false;
        uri.Transport = null;
        Assert.Equal("sips:alice:pw@[2001:db8::10]:5061?subject=hi%20there", uri.ToString());
    }

    [Fact]
    public void Escaped_user_decodes_and_escape_builds_it()
    {
        Assert.True(SipUri.TryParse("sip:I%20have%20spaces%C3%A9@example.net", out var uri));
        Assert.Equal("I have spacesé", uri.UnescapedUser);
        Assert.Equal("I%20have%20spaces%C3%A9", SipUri.EscapeUser("I have spacesé"));
        Assert.Equal("alice+1;x=y", SipUri.EscapeUser("alice+1;x=y"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sip:")]
    [InlineData("sip:@host")]
    [InlineData("sip:alice@")]
    [InlineData("sip:alice@host:")]
    [InlineData("sip:alice@host:70000")]
    [InlineData("sip:alice@host:12a")]
    [InlineData("sip:al ice@host")]
    [InlineData("sip:alice@ho st")]
    [InlineData("sip:alice@host;=x")]
    [InlineData("sip:alice@host;a=b c")]
    [InlineData("sip:alice@host?x")]
    [InlineData("sip:alice@[::1")]
    [InlineData("sip:alice@[zz::1]")]
    [InlineData("sip:alice%2@host")]
    [InlineData("sip:alice@host%41")]
    [InlineData("tel:")]
    [InlineData("tel:abc")]
    [InlineData("tel:1234")] // local number without phone-context (RFC 3966 §5.1.5)
    [InlineData("1sip:x")]
    [InlineData("nocolon")]
    [InlineData("urn:")]
    [InlineData("urn:has space")]
    public void Garbage_is_rejected(string text) => Assert.False(AddressUri.TryParse(text, out _));

    [Fact]
    public void Tel_uri_components()
    {
        Assert.True(TelUri.TryParse("tel:863-1234;phone-context=+1-914-555;isub=12", out var tel));
        Assert.False(tel.IsGlobal);
        Assert.Equal("+1-914-555", tel.PhoneContext);
        Assert.Equal("8631234", tel.Digits);
        Assert.Equal("12", tel.Parameters.Get("isub"));
    }

    [Theory]
    [InlineData("\"Alice \\\"A\\\" Liddell\" <sip:alice@example.com>", "Alice \"A\" Liddell", "sip:alice@example.com")]
    [InlineData("Bob <sips:bob@example.com>", "Bob", "sips:bob@example.com")]
    [InlineData("caller<sip:caller@example.com>", "caller", "sip:caller@example.com")]
    [InlineData("<tel:+15550100>", null, "tel:+15550100")]
    [InlineData("sip:carol@chicago.com", null, "sip:carol@chicago.com")]
    [InlineData("\"\" <sip:anon@anonymous.invalid>", "", "sip:anon@anonymous.invalid")]
    public void Name_addr_and_addr_spec(string text, string? displayName, string uri)
    {
        Assert.True(NameAddress.TryParse(text, out var address, out int consumed));
        Assert.Equal(text.Length, consumed);
        Assert.Equal(displayName, address.DisplayName);
        Assert.Equal(uri, address.Uri.ToString());
        Assert.Equal(text.Replace("caller<", "caller <"), address.ToString());
    }

    [Fact]
    public void Addr_spec_parameters_belong_to_the_header_not_the_uri()
    {
        Assert.True(SipAddressHeader.TryParse("sip:carol@chicago.com;tag=88sja8x", out var header));
        Assert.Equal("88sja8x", header.Tag);
        Assert.Equal(0, ((SipUri)header.Uri).Parameters.Count);

        Assert.True(SipAddressHeader.TryParse("<sip:carol@chicago.com;transport=tcp>;tag=1", out header));
        Assert.Equal("tcp", ((SipUri)header.Uri).Transport);
        Assert.Equal("1", header.Tag);

        // A URI with ';' must be bracketed when written back with header parameters.
        var rebuilt = new SipAddressHeader(new NameAddress(AddressUri.Parse("sip:a@b;transport=tcp")) { UsesAngleBrackets = false });
        rebuilt.Tag = "x";
        Assert.Equal("<sip:a@b;transport=tcp>;tag=x", rebuilt.ToString());
    }

    [Fact]
    public void Display_name_with_control_chars_is_escaped_when_serialised()
    {
        var address = new NameAddress(AddressUri.Parse("sip:a@b"), "x\ty\"z\\");
        Assert.Equal("\"x\\\ty\\\"z\\\\\" <sip:a@b>", address.ToString());
        Assert.True(NameAddress.TryParse(address.ToString(), out var back, out _));
        Assert.Equal("x\ty\"z\\", back.DisplayName);
    }

    [Fact]
    public void Contact_wildcard_and_params()
    {
        Assert.True(SipContact.TryParse("*", out var star));
        Assert.True(star.IsWildcard);
        Assert.Equal("*", star.ToString());
        Assert.True(SipContact.TryParse("<sip:a@192.0.2.1:5060>;expires=60;q=1.0", out var c));
        Assert.Equal(60, c.Expires);
        Assert.Equal(1.0, c.Q);
        c.Expires = 0;
        Assert.Equal("<sip:a@192.0.2.1:5060>;expires=0;q=1.0", c.ToString());
    }

    [Fact]
    public void Via_parameters_and_rport()
    {
        Assert.True(SipVia.TryParse("SIP/2.0/UDP [2001:db8::1]:5060;branch=z9hG4bK77;rport;received=192.0.2.9;maddr=239.1.1.1;ttl=16", out var via));
        Assert.Equal("[2001:db8::1]", via.Host);
        Assert.True(via.HasRPort);
        Assert.Null(via.RPort);
        Assert.Equal(16, via.Ttl);
        Assert.Equal("239.1.1.1", via.Maddr);
        via.SetRPort(40123);
        Assert.Equal(40123, via.RPort);
        Assert.Equal("SIP/2.0/UDP [2001:db8::1]:5060;branch=z9hG4bK77;rport=40123;received=192.0.2.9;maddr=239.1.1.1;ttl=16", via.ToString());
        Assert.False(SipVia.TryParse("SIP/2.0/UDP", out _));
        Assert.False(SipVia.TryParse("SIP/2.0 192.0.2.1", out _));
        Assert.False(SipVia.TryParse("SIP/2.0/UDP 192.0.2.1;branch=\"open", out _));
    }
}
