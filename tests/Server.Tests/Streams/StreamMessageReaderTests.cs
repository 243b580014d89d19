using System.Text;
using MediaCore.Server.Streams.Wire;

namespace MediaCore.Server.Tests.Streams;

public sealed class StreamMessageReaderTests
{
    private static bool Read(string json, StreamWireNames names, out string evt, out string payload, out string mark, out StreamParseError error)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var scratch = new byte[bytes.Length];
        var ok = StreamMessageReader.TryRead(bytes, names, scratch, out var message, out error);
        evt = Encoding.UTF8.GetString(message.Event);
        payload = Encoding.UTF8.GetString(message.Payload);
        mark = Encoding.UTF8.GetString(message.MarkName);
        return ok;
    }

    [Fact]
    public void Reads_fields_in_any_order_and_skips_the_rest()
    {
        Assert.True(Read("""{"media":{"chunk":"2","payload":"AAEC","timestamp":"200"},"stream_sid":"MZ1","sequence_number":"3","event":"media","x":[{"y":null}]}""",
            StreamWireNames.SnakeCase, out var evt, out var payload, out _, out _));
        Assert.Equal(("media", "AAEC"), (evt, payload));
    }

    [Fact]
    public void Reads_plivo_top_level_checkpoint_name_and_twilio_nested_mark_name()
    {
        Assert.True(Read("""{"event":"playedStream","streamId":"s","name":"mc-7"}""", StreamWireNames.PlivoCamelCase, out _, out _, out var plivo, out _));
        Assert.True(Read("""{"event":"mark","streamSid":"s","mark":{"name":"mc-8"}}""", StreamWireNames.TwilioCamelCase, out _, out _, out var twilio, out _));
        Assert.Equal(("mc-7", "mc-8"), (plivo, twilio));
    }

    [Fact]
    public void Unescapes_escaped_base64()
    {
        Assert.True(Read("""{"event":"media","media":{"payload":"ab\/c\u002Bd="}}""", StreamWireNames.SnakeCase, out _, out var payload, out _, out _));
        Assert.Equal("ab/c+d=", payload);
    }

    [Theory]
    [InlineData("""{"event":"media",""", StreamParseError.MalformedJson)]
    [InlineData("""{"event":"media"} {"event":"media"}""", StreamParseError.MalformedJson)]
    [InlineData("", StreamParseError.MalformedJson)]
    [InlineData("[1]", StreamParseError.NotAnObject)]
    [InlineData("""{"stream_sid":"x"}""", StreamParseError.MissingEvent)]
    [InlineData("""{"event":{"a":1}}""", StreamParseError.WrongFieldType)]
    [InlineData("""{"event":"media","media":{"payload":42.5e3}}""", StreamParseError.None)]
    public void Each_error_has_its_own_value(string json, StreamParseError expected)
    {
        var ok = Read(json, StreamWireNames.SnakeCase, out _, out _, out _, out var error);
        Assert.Equal(expected == StreamParseError.None, ok);
        Assert.Equal(expected, ok ? StreamParseError.None : error);
    }

    [Fact]
    public void Seeded_fuzz_never_throws()
    {
        var random = new Random(1234);
        var seed = Encoding.UTF8.GetBytes("""{"event":"media","sequence_number":"3","stream_sid":"MZ","media":{"chunk":"2","timestamp":"200","payload":"AAECAwQF"},"mark":{"name":"mc-1"},"dtmf":{"digit":"5"}}""");
        var scratch = new byte[seed.Length * 2];
        for (var i = 0; i < 20_000; i++)
        {
            var mutated = (byte[])seed.Clone();
            for (var flips = random.Next(1, 6); flips > 0; flips--)
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            var length = random.Next(mutated.Length + 1);
            if (StreamMessageReader.TryRead(mutated.AsSpan(0, length), StreamWireNames.SnakeCase, scratch, out var message, out _))
                Assert.False(message.Event.IsEmpty);
        }
    }
}
