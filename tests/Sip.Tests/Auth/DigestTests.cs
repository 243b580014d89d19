using MediaCore.Sip.Auth;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Tests.Messages;

namespace MediaCore.Sip.Tests.Auth;

public class DigestTests
{
    [Fact]
    public void Rfc2617_section_3_5_known_answer()
    {
        Assert.True(DigestChallenge.TryParse(
            "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"",
            out var challenge));
        Assert.Equal(DigestAlgorithm.Md5, challenge.Algorithm);
        Assert.Equal(new[] { "auth", "auth-int" }, challenge.Qop);

        var credentials = new DigestClient("Mufasa", "Circle Of Life").Respond(challenge, "GET", "/dir/index.html", cnonce: "0a4f113b");
        Assert.Equal("6629fae49393a05397450978507c4ef1", credentials.Response);
        Assert.Equal("00000001", credentials.NonceCount);
        Assert.Equal("auth", credentials.Qop);
        Assert.Equal("5ccc069c403ebaf9f0171e9517f40e41", credentials.Opaque);
    }

    [Theory]
    [InlineData("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    [InlineData("MD5", "8ca523f5e9506fed4657c9700eebdbec")]
    public void Rfc7616_section_3_9_1_known_answers(string algorithm, string expected)
    {
        Assert.True(DigestChallenge.TryParse(
            $"Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm={algorithm}, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"",
            out var challenge));
        var credentials = new DigestClient("Mufasa", "Circle of Life")
            .Respond(challenge, "GET", "/dir/index.html", cnonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
        Assert.Equal(expected, credentials.Response);
    }

    [Fact]
    public void Credentials_round_trip_through_the_header_value()
    {
        var challenge = new DigestChallenge("example.com", "abc", DigestAlgorithm.Sha256Sess) { Qop = new[] { "auth" }, Opaque = "o" };
        var credentials = new DigestClient("bob", "pw").Respond(challenge, "REGISTER", "sip:example.com");
        string header = credentials.ToString();
        Assert.Contains("algorithm=SHA-256-sess", header);
        Assert.Contains("qop=auth, nc=00000001", header);
        Assert.True(DigestCredentials.TryParse(header, out var back));
        Assert.Equal(credentials.Response, back.Response);
        Assert.Equal(credentials.Cnonce, back.Cnonce);
        Assert.Equal(DigestAlgorithm.Sha256Sess, back.Algorithm);

        Assert.True(DigestChallenge.TryParse(challenge.ToString(), out var challengeBack));
        Assert.Equal("abc", challengeBack.Nonce);
        Assert.Equal(DigestAlgorithm.Sha256Sess, challengeBack.Algorithm);
    }

    [Fact]
    public void Nonce_count_increments_per_nonce()
    {
        var client = new DigestClient("bob", "pw");
        var a = new DigestChallenge("r", "nonce-a") { Qop = new[] { "auth" } };
        var b = new DigestChallenge("r", "nonce-b") { Qop = new[] { "auth" } };
        Assert.Equal("00000001", client.Respond(a, "INVITE", "sip:x@r").NonceCount);
        Assert.Equal("00000002", client.Respond(a, "INVITE", "sip:x@r").NonceCount);
        Assert.Equal("00000001", client.Respond(b, "INVITE", "sip:x@r").NonceCount);
        Assert.Equal("00000003", client.Respond(a, "BYE", "sip:x@r").NonceCount);
    }

    [Theory]
    [InlineData("Basic realm=\"x\"")]
    [InlineData("Digest")]
    [InlineData("Digest nonce=\"n\"")]
    [InlineData("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256-bogus")]
    [InlineData("Digest realm=\"r, nonce=\"n\"")]
    [InlineData("Digest realm=\"r\" nonce=\"n\"")]
    public void Bad_challenges_are_rejected(string value) => Assert.False(DigestChallenge.TryParse(value, out _));

    [Fact]
    public void Strongest_challenge_is_selected()
    {
        var picked = DigestChallenge.SelectStrongest(new[]
        {
            "Digest realm=\"r\", nonce=\"n1\", algorithm=MD5, qop=\"auth\"",
            "Digest realm=\"r\", nonce=\"n2\", algorithm=SHA-256, qop=\"auth\"",
        });
        Assert.Equal(DigestAlgorithm.Sha256, picked!.Algorithm);
        Assert.Null(DigestChallenge.SelectStrongest(new[] { "Basic x" }));
    }

    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData(DigestAlgorithm.Md5)]
    [InlineData(DigestAlgorithm.Md5Sess)]
    [InlineData(DigestAlgorithm.Sha256)]
    [InlineData(DigestAlgorithm.Sha256Sess)]
    public void Server_challenge_then_client_answer_verifies(DigestAlgorithm algorithm)
    {
        var time = new ManualTime();
        var server = new DigestServer("mediacore.example.com", Key, TimeSpan.FromMinutes(5), time);
        var challenge = server.CreateChallenge(algorithm);
        var credentials = new DigestClient("alice", "s3cret").Respond(challenge, "INVITE", "sip:bot@mediacore.example.com");

        Assert.Equal(DigestVerification.Valid, server.Verify(credentials, "INVITE", "s3cret"));
        Assert.Equal(DigestVerification.WrongResponse, server.Verify(credentials, "INVITE", "wrong"));
        Assert.Equal(DigestVerification.WrongResponse, server.Verify(credentials, "BYE", "s3cret"));
        string ha1 = DigestComputation.ComputeHa1(algorithm, "alice", "mediacore.example.com", "s3cret");
        Assert.Equal(DigestVerification.Valid, server.VerifyHa1(credentials, "INVITE", ha1));

        time.Now += TimeSpan.FromMinutes(6);
        Assert.Equal(DigestVerification.Stale, server.Verify(credentials, "INVITE", "s3cret"));
    }

    [Fact]
    public void Forged_or_foreign_nonces_are_rejected()
    {
        var server = new DigestServer("realm-a", Key, TimeSpan.FromMinutes(5));
        var other = new DigestServer("realm-a", Enumerable.Repeat((byte)7, 32).ToArray(), TimeSpan.FromMinutes(5));
        var client = new DigestClient("alice", "pw");

        var foreign = client.Respond(other.CreateChallenge(), "INVITE", "sip:x@a");
        Assert.Equal(DigestVerification.InvalidNonce, server.Verify(foreign, "INVITE", "pw"));

        var challenge = server.CreateChallenge();
        char[] tampered = challenge.Nonce.ToCharArray();
        tampered[3] = tampered[3] == 'A' ? 'B' : 'A';
        var forged = client.Respond(new DigestChallenge("realm-a", new string(tampered)) { Qop = new[] { "auth" } }, "INVITE", "sip:x@a");
        Assert.Equal(DigestVerification.InvalidNonce, server.Verify(forged, "INVITE", "pw"));
        var garbage = client.Respond(new DigestChallenge("realm-a", "not-a-nonce"), "INVITE", "sip:x@a");
        Assert.Equal(DigestVerification.InvalidNonce, server.Verify(garbage, "INVITE", "pw"));

        var wrongRealm = client.Respond(new DigestChallenge("realm-b", challenge.Nonce), "INVITE", "sip:x@a");
        Assert.Equal(DigestVerification.WrongRealm, server.Verify(wrongRealm, "INVITE", "pw"));
    }

    [Fact]
    public void Register_401_retry_flow_through_messages()
    {
        Assert.True(SipMessageParser.TryParse(SipSamples.Unauthorized401, out var response, out _));
        var challenge = DigestChallenge.SelectStrongest(response.WwwAuthenticate)!;
        Assert.Equal("example.com", challenge.Realm);
        Assert.Equal("", challenge.Opaque);

        Assert.True(SipMessageParser.TryParse(SipSamples.Register, out var message, out _));
        var register = (SipRequest)message;
        var credentials = new DigestClient("bob", "zanzibar").Respond(challenge, register.Method, register.RequestUri.ToString());
        register.Headers.Add(SipHeaderNames.Authorization, credentials.ToString());
        register.CSeq = register.CSeq!.Value with { Number = register.CSeq.Value.Number + 1 };

        Assert.True(SipMessageParser.TryParse(register.ToArray(), out var retried, out _));
        Assert.True(DigestCredentials.TryParse(Assert.Single(retried.Authorization), out var parsed));
        string expected = DigestComputation.ComputeResponse(DigestAlgorithm.Md5,
            DigestComputation.ComputeHa1(DigestAlgorithm.Md5, "bob", "example.com", "zanzibar"),
            challenge.Nonce, "REGISTER", "sip:registrar.example.com", "auth", parsed.NonceCount, parsed.Cnonce);
        Assert.Equal(expected, parsed.Response);
        Assert.Equal(1827, retried.CSeq!.Value.Number);
    }
}
