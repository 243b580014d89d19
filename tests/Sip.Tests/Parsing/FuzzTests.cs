using System.Buffers;
using System.Text;
using MediaCore.Sip.Auth;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Tests.Messages;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Tests.Parsing;

/// <summary>
/// Seeded fuzzing: random and mutated SIP messages and SDP bodies. Nothing may throw; whatever parses must
/// re-serialise into bytes that parse again to the very same bytes.
/// </summary>
public class FuzzTests
{
    private const int SipIterations = 100_000;
    private const int SdpIterations = 100_000;
    private static readonly SipParseLimits Limits = SipParseLimits.Default;

    private static readonly byte[][] SipCorpus = SipSamples.All().Select(o => (byte[])o[1]).ToArray();

    [Fact]
    public void Sip_messages_never_throw_and_round_trip()
    {
        var fuzz = new FuzzMutator(20261121);
        int parsed = 0;
        for (int i = 0; i < SipIterations; i++)
        {
            byte[] input = i % 10 == 0 ? fuzz.RandomBytes(300) : fuzz.Mutate(SipCorpus[fuzz.Next(SipCorpus.Length)]);
            try
            {
                if (CheckSip(input)) parsed++;
                CheckFraming(input);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"iteration {i}: {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(input)}\n{e.StackTrace}");
            }
        }
        // The mutations must leave many messages valid, otherwise the round-trip half proves nothing.
        Assert.True(parsed > SipIterations / 10, $"only {parsed} parsed");
    }

    private static bool CheckSip(byte[] input)
    {
        if (!SipMessageParser.TryParse(input, Limits, out var message, out var error))
        {
            Assert.NotEqual(SipParseError.None, error);
            return false;
        }
        TouchTypedHeaders(message);
        byte[] first = message.ToArray();
        Assert.Equal(first.Length, message.GetSerializedSize());
        if (!SipMessageParser.TryParse(first, Limits, out var again, out var error2))
            Assert.Fail($"re-parse failed with {error2}:\n{Encoding.UTF8.GetString(first)}");
        Assert.Equal(first, again.ToArray());
        return true;
    }

    private static void TouchTypedHeaders(SipMessage m)
    {
        _ = m.Vias; _ = m.From; _ = m.To; _ = m.CSeq; _ = m.Contacts; _ = m.Routes; _ = m.RecordRoutes; _ = m.MaxForwards;
        _ = m.ContentType; _ = m.Expires; _ = m.Require; _ = m.Supported; _ = m.ReferTo; _ = m.ReferredBy; _ = m.Event;
        _ = m.SubscriptionState; _ = m.Warnings; _ = m.Reasons;
        foreach (var c in m.Contacts) { _ = c.Expires; _ = c.Q; }
        foreach (var v in m.Vias) { _ = v.RPort; _ = v.Ttl; _ = v.ToString(); }
        if (m.From?.Uri is SipUri u) _ = u.UnescapedUser;
        _ = DigestChallenge.SelectStrongest(m.WwwAuthenticate);
        foreach (var a in m.Authorization) DigestCredentials.TryParse(a, out _);
        if (m is SipRequest r) _ = SipResponseFactory.CreateResponse(r, 200).ToArray();
    }

    private static void CheckFraming(byte[] input)
    {
        var buffer = new ReadOnlySequence<byte>(input);
        for (int guard = 0; guard < 8; guard++)
        {
            var result = SipStreamFramer.TryRead(ref buffer, Limits, out var frame, out _);
            if (result != SipFrameResult.Ok) return;
            SipMessageParser.TryParse(frame.ToArray(), Limits, out _, out _);
        }
    }

    private static readonly byte[][] SdpCorpus =
    {
        Encoding.UTF8.GetBytes(SipSamples.TrunkOfferSdp.Replace("\n", "\r\n")),
        new SdpOfferAnswer().CreateOffer("192.0.2.1", 7000, 1, 1).ToArray(),
        Encoding.UTF8.GetBytes("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 5004 RTP/AVP 96 97 0\r\na=rtpmap:96 opus/48000/2\r\na=rtpmap:97 telephone-event/48000\r\na=sendonly\r\nm=video 0 RTP/AVP 31\r\n"),
    };

    [Fact]
    public void Sdp_bodies_never_throw_and_round_trip()
    {
        var fuzz = new FuzzMutator(4566);
        var negotiator = new SdpOfferAnswer();
        var ourOffer = negotiator.CreateOffer("192.0.2.9", 6000, 1, 1);
        int parsed = 0;
        for (int i = 0; i < SdpIterations; i++)
        {
            byte[] input = i % 10 == 0 ? fuzz.RandomBytes(200) : fuzz.Mutate(SdpCorpus[fuzz.Next(SdpCorpus.Length)]);
            try
            {
                if (!SdpSession.TryParse(input, out var session, out var error))
                {
                    Assert.NotEqual(SdpParseError.None, error);
                    continue;
                }
                parsed++;
                string text = session.ToString();
                if (!SdpSession.TryParse(text, out var again, out var error2)) Assert.Fail($"re-parse failed with {error2}:\n{text}");
                Assert.Equal(text, again.ToString());
                negotiator.TryCreateAnswer(session, "192.0.2.9", 6000, 1, 1, out _, out _, out _);
                negotiator.TryApplyAnswer(ourOffer, session, out _, out _);
                _ = SdpHoldDetector.IsHold(session);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"iteration {i}: {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(input)}\n{e.StackTrace}");
            }
        }
        Assert.True(parsed > SdpIterations / 10, $"only {parsed} parsed");
    }

    [Fact]
    public void Uris_never_throw_and_round_trip()
    {
        var fuzz = new FuzzMutator(3261);
        string[] corpus =
        {
            "sip:alice:pw@[2001:db8::1]:5061;transport=tls;lr?subject=a%20b&x=y", "tel:863-1234;phone-context=+1-914-555",
            "sips:%61lice@example.com;maddr=239.0.0.1", "\"A \\\"B\\\"\" <sip:x@y>;tag=1", "urn:service:sos",
        };
        for (int i = 0; i < 30_000; i++)
        {
            string text = Encoding.UTF8.GetString(fuzz.Mutate(Encoding.UTF8.GetBytes(corpus[fuzz.Next(corpus.Length)])));
            if (AddressUri.TryParse(text, out var uri))
            {
                Assert.True(AddressUri.TryParse(uri.ToString(), out var again), uri.ToString());
                Assert.Equal(uri.ToString(), again.ToString());
                if (uri is SipUri sip) _ = sip.UnescapedUser;
            }
            if (NameAddress.TryParse(text, out var address, out _))
                Assert.True(NameAddress.TryParse(address.ToString(), out _, out _), address.ToString());
        }
    }
}
