using System.Text;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Transactions;

namespace MediaCore.Sip.Tests.Transport;

/// <summary>
/// 100,000 seeded random and mutated messages straight into the transport's receive handler of a full endpoint.
/// For each one: no exception escapes (internal-error counter stays 0), everything sent back parses, and the message
/// is either answered (a response went out), or dropped as the RFC says (garbage, responses matching no transaction,
/// ACKs, keep-alives, retransmissions of a request already answered).
/// </summary>
public sealed class ReceivePathFuzzTests
{
    private const int Iterations = 100_000;

    private static readonly string[] Methods = { "INVITE", "OPTIONS", "BYE", "CANCEL", "ACK", "REGISTER", "REFER", "NOTIFY", "INFO", "FOO" };

    [Fact]
    public async Task HundredThousandMessages_AreAnsweredOrDropped_NeverThrow()
    {
        await using var h = new StackHarness(t1: TimeSpan.FromMilliseconds(2), keepMessages: false);
        h.Endpoint.IncomingCall += c =>
        {
            // Exercise every handler decision path.
            switch (c.CallId.Length % 4)
            {
                case 0: c.Answer(); break;
                case 1: c.Ring(earlyMedia: true); break;
                case 2: c.Reject(486); break;
                default: c.Ring(); break;
            }
        };
        var counters = h.Endpoint.Transport.Counters;
        var random = new Random(20240607);
        var seenKeys = new HashSet<string>();
        int answered = 0, dropped = 0;

        for (int i = 0; i < Iterations; i++)
        {
            byte[] input = Generate(random, i);
            int sendsBefore = h.Transport.CountOnThisThread();
            long droppedBefore = counters.Dropped + counters.KeepAlives + counters.ResponsesReceived;

            h.Endpoint.Transport.Receive(input, StackHarness.From127);

            Assert.True(counters.InternalErrors == 0, "exception on input: " + Encoding.Latin1.GetString(input));
            bool wasAnswered = h.Transport.CountOnThisThread() > sendsBefore;
            bool wasDropped = counters.Dropped + counters.KeepAlives + counters.ResponsesReceived > droppedBefore;
            if (!wasAnswered && !wasDropped)
                Assert.True(IsLegitimatelySilent(input, seenKeys), "request neither answered nor dropped: " + Describe(input));
            if (wasAnswered) answered++;
            else dropped++;
            RememberKey(input, seenKeys);
        }

        Assert.True(h.Transport.Unparsable == 0, string.Join("\n----\n", h.Transport.UnparsableSamples));
        Assert.True(answered > Iterations / 5, $"answered {answered}");
        Assert.True(dropped > Iterations / 10, $"dropped {dropped}");
    }

    /// <summary>ACKs never get responses; a repeated transaction key is a retransmission the transaction absorbed.</summary>
    private static bool IsLegitimatelySilent(byte[] input, HashSet<string> seenKeys)
    {
        if (!SipMessageParser.TryParse(input, out var message, out _) || message is not SipRequest request) return false;
        if (request.Method == SipMethods.Ack) return true;
        string? key = TransactionKeys.ForServer(request);
        return key is not null && seenKeys.Contains(key);
    }

    private static string Describe(byte[] input)
    {
        bool parsed = SipMessageParser.TryParse(input, out var m, out var error);
        return $"parsed={parsed} error={error} key={(m as SipRequest is { } r ? TransactionKeys.ForServer(r) : null)}\n" + Encoding.Latin1.GetString(input);
    }

    private static void RememberKey(byte[] input, HashSet<string> seenKeys)
    {
        if (SipMessageParser.TryParse(input, out var m, out _) && m is SipRequest r && TransactionKeys.ForServer(r) is { } k) seenKeys.Add(k);
    }

    private static byte[] Generate(Random random, int i)
    {
        byte[] valid = Encoding.UTF8.GetBytes(Valid(random, i));
        // Remember the key of every request we generate so absorbed retransmissions are recognised.
        return (random.Next(10)) switch
        {
            < 3 => valid,
            3 => RandomBytes(random),
            _ => Mutate(random, valid),
        };
    }

    private static string Valid(Random random, int i)
    {
        // A small id space for branches and Call-IDs so retransmissions, CANCELs and in-dialog requests really match.
        int id = random.Next(2000);
        string method = Methods[random.Next(Methods.Length)];
        if (random.Next(5) == 0) return Response(random, id);
        string toTag = random.Next(4) == 0 ? ";tag=t" + random.Next(50) : "";
        string body = method == "INVITE" && random.Next(4) != 0 ? StackHarness.DefaultSdp : "";
        string extra = random.Next(20) == 0 ? "Require: 100rel\r\n" : "";
        return $"{method} sip:{random.Next(10000)}@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5071;branch=z9hG4bK{id};rport\r\n" +
               $"Max-Forwards: 70\r\nFrom: <sip:+1555{id}@127.0.0.1>;tag=f{id}\r\nTo: <sip:4420@127.0.0.1>{toTag}\r\nCall-ID: c{id}@fuzz\r\n" +
               $"CSeq: {random.Next(1, 5)} {method}\r\nContact: <sip:x@127.0.0.1:5071>\r\n{extra}" +
               (body.Length > 0 ? "Content-Type: application/sdp\r\n" : "") + $"Content-Length: {body.Length}\r\n\r\n{body}";
    }

    private static string Response(Random random, int id)
    {
        int[] codes = { 100, 180, 200, 401, 486, 487, 500 };
        string method = Methods[random.Next(Methods.Length)];
        return $"SIP/2.0 {codes[random.Next(codes.Length)]} X\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK{id}\r\n" +
               $"From: <sip:a@127.0.0.1>;tag=f{id}\r\nTo: <sip:b@127.0.0.1>;tag=t{id}\r\nCall-ID: c{id}@fuzz\r\nCSeq: 1 {method}\r\nContent-Length: 0\r\n\r\n";
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] valid)
    {
        var list = new List<byte>(valid);
        int edits = random.Next(1, 6);
        for (int e = 0; e < edits && list.Count > 0; e++)
        {
            int at = random.Next(list.Count);
            switch (random.Next(6))
            {
                case 0: list[at] = (byte)random.Next(256); break;
                case 1: list.RemoveRange(at, Math.Min(random.Next(1, 20), list.Count - at)); break;
                case 2: list.InsertRange(at, Encoding.ASCII.GetBytes(Tokens[random.Next(Tokens.Length)])); break;
                case 3: list.RemoveRange(at, list.Count - at); break; // truncate
                case 4: list[at] = (byte)"\r\n:;<>\" \t,="[random.Next(11)]; break;
                default:
                    int from = random.Next(list.Count), len = Math.Min(random.Next(1, 40), list.Count - from);
                    list.InsertRange(at, list.GetRange(from, len)); // duplicate a slice (headers, params)
                    break;
            }
        }
        return list.ToArray();
    }

    private static readonly string[] Tokens =
    {
        "\r\n", "\r\n\r\n", ";tag=", "Content-Length: 99999\r\n", "CSeq: 2 BYE\r\n", "Via: SIP/2.0/UDP h;branch=z9hG4bKx\r\n",
        "%00", "sip:", "<", ">", "\"", "Max-Forwards: 0\r\n", "SIP/3.0", "Require: foo\r\n", "l: 5\r\n", "To: <sip:x@y>;tag=\r\n",
    };
}
