using System.Text;
using MediaCore.Server.Browser;

namespace MediaCore.Server.Tests.Browser;

public sealed class BrowserInboundMessageTests
{
    [Theory]
    [InlineData("""{"type":"start","tenant":"himalayan-kitchen"}""", BrowserInboundKind.Start, "himalayan-kitchen", '\0', 0)]
    [InlineData("""{"tenant":"a","type":"start","extra":{"nested":[1,2]}}""", BrowserInboundKind.Start, "a", '\0', 0)]
    [InlineData("""{"type":"hangup"}""", BrowserInboundKind.Hangup, null, '\0', 0)]
    [InlineData("""{"type":"dtmf","digit":"#"}""", BrowserInboundKind.Dtmf, null, '#', 0)]
    [InlineData("""{"type":"played","samples":48000}""", BrowserInboundKind.Played, null, '\0', 48000)]
    public void Parses_each_message(string json, BrowserInboundKind kind, string? tenant, char digit, long samples)
    {
        Assert.True(BrowserInboundMessage.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var error));
        Assert.Equal(BrowserParseError.None, error);
        Assert.Equal(new BrowserInboundMessage(kind, tenant, digit, samples), message);
    }

    [Theory]
    [InlineData("", BrowserParseError.NotJson)]
    [InlineData("hello", BrowserParseError.NotJson)]
    [InlineData("[1,2]", BrowserParseError.NotAnObject)]
    [InlineData("\"start\"", BrowserParseError.NotAnObject)]
    [InlineData("""{"type":"start"}{}""", BrowserParseError.NotJson)]
    [InlineData("""{"type":"start",""", BrowserParseError.NotJson)]
    [InlineData("""{"tenant":"a"}""", BrowserParseError.MissingType)]
    [InlineData("""{"type":7}""", BrowserParseError.MissingType)]
    [InlineData("""{"type":"reboot"}""", BrowserParseError.UnknownType)]
    [InlineData("""{"type":"start"}""", BrowserParseError.MissingTenant)]
    [InlineData("""{"type":"start","tenant":""}""", BrowserParseError.MissingTenant)]
    [InlineData("""{"type":"dtmf","digit":"55"}""", BrowserParseError.BadDigit)]
    [InlineData("""{"type":"dtmf","digit":"x"}""", BrowserParseError.BadDigit)]
    [InlineData("""{"type":"played","samples":-1}""", BrowserParseError.BadSamples)]
    [InlineData("""{"type":"played","samples":"10"}""", BrowserParseError.BadSamples)]
    [InlineData("""{"a":{"b":{"c":{"d":{"e":1}}}}}""", BrowserParseError.NotJson)]
    public void Rejects_each_error(string json, BrowserParseError expected)
    {
        Assert.False(BrowserInboundMessage.TryParse(Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Rejects_a_message_over_the_limit()
    {
        var json = "{\"type\":\"hangup\",\"pad\":\"" + new string(' ', BrowserWire.MaxMessageBytes) + "\"}";
        Assert.False(BrowserInboundMessage.TryParse(Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.Equal(BrowserParseError.TooLarge, error);
    }

    [Fact]
    public void Random_and_mutated_input_never_throws()
    {
        var random = new Random(20240611);
        var seed = Encoding.UTF8.GetBytes("""{"type":"start","tenant":"himalayan-kitchen","digit":"5","samples":320}""");
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = i % 2 == 0 ? new byte[random.Next(0, 80)] : (byte[])seed.Clone();
            if (i % 2 == 0)
                random.NextBytes(bytes);
            else
                for (var m = random.Next(1, 4); m > 0; m--)
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            var ok = BrowserInboundMessage.TryParse(bytes, out var message, out var error);
            Assert.Equal(ok, error == BrowserParseError.None);
            if (ok && message.Kind == BrowserInboundKind.Start)
                Assert.False(string.IsNullOrEmpty(message.Tenant));
        }
    }
}
