using System.Text;
using System.Text.Json;

namespace MediaCore.Server.Tests.Llm;

/// <summary>
/// How <see cref="FakeOpenAiServer"/> answers one request: an SSE stream of <see cref="Chunks"/> (each a
/// <c>chat.completion.chunk</c> JSON) with <see cref="FirstTokenDelay"/> before the first and
/// <see cref="InterTokenDelay"/> between the others, then <c>data: [DONE]</c>; or <see cref="StatusCode"/> alone;
/// or, with <see cref="Hold"/>, headers only and then nothing for that long (a model that never starts talking).
/// </summary>
internal sealed record FakeReply(IReadOnlyList<string> Chunks, TimeSpan FirstTokenDelay, TimeSpan InterTokenDelay)
{
    public int StatusCode { get; init; } = 200;

    public TimeSpan? Hold { get; init; }

    /// <summary><paramref name="text"/> streamed a word at a time.</summary>
    public static FakeReply Text(string text, TimeSpan firstToken, TimeSpan interToken)
    {
        var words = text.Split(' ');
        var chunks = words.Select((w, i) => Delta(new { content = i == 0 ? w : " " + w })).ToList();
        chunks.Add(Finish("stop"));
        return new FakeReply(chunks, firstToken, interToken);
    }

    /// <summary>One function call, its arguments split over two deltas (as real servers stream them).</summary>
    public static FakeReply ToolCall(string id, string name, string argumentsJson, TimeSpan firstToken)
    {
        int half = argumentsJson.Length / 2;
        string[] chunks =
        [
            Delta(new { tool_calls = new[] { new { index = 0, id, type = "function", function = new { name, arguments = argumentsJson[..half] } } } }),
            Delta(new { tool_calls = new[] { new { index = 0, function = new { arguments = argumentsJson[half..] } } } }),
            Finish("tool_calls"),
        ];
        return new FakeReply(chunks, firstToken, TimeSpan.FromMilliseconds(10));
    }

    /// <summary>Accepts the request, sends the response headers, then says nothing for <paramref name="hold"/>.</summary>
    public static FakeReply Silent(TimeSpan hold) => new([], TimeSpan.Zero, TimeSpan.Zero) { Hold = hold };

    public static FakeReply Status(int code) => new([], TimeSpan.Zero, TimeSpan.Zero) { StatusCode = code };

    public async Task WriteAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (StatusCode != 200)
        {
            await WriteAsciiAsync(stream, $"HTTP/1.1 {StatusCode} Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", cancellationToken);
            return;
        }
        // No Content-Length and Connection: close: the body is the SSE stream up to the close.
        await WriteAsciiAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n", cancellationToken);
        if (Hold is { } hold)
        {
            await Task.Delay(hold, cancellationToken);
            return;
        }
        for (int i = 0; i < Chunks.Count; i++)
        {
            await Task.Delay(i == 0 ? FirstTokenDelay : InterTokenDelay, cancellationToken);
            await WriteAsciiAsync(stream, $"data: {Chunks[i]}\n\n", cancellationToken);
        }
        await WriteAsciiAsync(stream, "data: [DONE]\n\n", cancellationToken);
    }

    private static string Delta(object delta) =>
        JsonSerializer.Serialize(new { id = "chatcmpl-fake", @object = "chat.completion.chunk", choices = new[] { new { index = 0, delta, finish_reason = (string?)null } } });

    private static string Finish(string reason) =>
        JsonSerializer.Serialize(new { id = "chatcmpl-fake", @object = "chat.completion.chunk", choices = new[] { new { index = 0, delta = new { }, finish_reason = reason } } });

    private static async Task WriteAsciiAsync(Stream stream, string text, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }
}
