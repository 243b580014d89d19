using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace MediaCore.Pipeline.Brains.OpenAi;

/// <summary>
/// A brain backed by any OpenAI-compatible <c>/chat/completions</c> endpoint (llama.cpp server, vLLM, Ollama, OpenAI)
/// with SSE streaming and function calling: tool-call deltas are joined by index, run through the request's
/// <see cref="IToolExecutor"/>, answered, and the model continues. A connection failure or 5xx before any token is
/// retried once; a first-token or total timeout, or any other failure, streams <see cref="BrainFailure"/> and the
/// spoken fallback line — the call goes on.
/// </summary>
public sealed class OpenAiChatBrain : IAgentBrain
{
    private readonly HttpClient _http;
    private readonly OpenAiChatOptions _options;
    private readonly Uri _endpoint;

    public OpenAiChatBrain(HttpClient http, OpenAiChatOptions? options = null)
    {
        _http = http;
        _options = options ?? OpenAiChatOptions.FromEnvironment();
        _endpoint = new Uri(_options.BaseUrl.TrimEnd('/') + "/chat/completions");
    }

    public string Name => "openai:" + _options.Model;

    public async IAsyncEnumerable<BrainEvent> StreamAsync(BrainRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = Channel.CreateUnbounded<BrainEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var producer = ProduceAsync(request, events.Writer, cancellationToken);
        await foreach (var brainEvent in events.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            yield return brainEvent;
        await producer.ConfigureAwait(false);
    }

    private async Task ProduceAsync(BrainRequest request, ChannelWriter<BrainEvent> events, CancellationToken cancellationToken)
    {
        using var total = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        total.CancelAfter(_options.TotalTimeout);
        try
        {
            var messages = new List<ChatMessage>(request.History);
            for (int round = 0; round <= _options.MaxToolRounds; round++)
            {
                var calls = await StreamRoundAsync(request, messages, events, total.Token).ConfigureAwait(false);
                if (calls.Count == 0)
                    return;
                messages.Add(new ChatMessage(ChatRole.Assistant, string.Empty) { ToolCalls = calls });
                foreach (var call in calls)
                {
                    var result = request.ToolExecutor is null
                        ? """{"error":"no tool executor"}"""
                        : await request.ToolExecutor.ExecuteAsync(call, total.Token).ConfigureAwait(false);
                    messages.Add(new ChatMessage(ChatRole.Tool, result) { ToolCallId = call.Id });
                    events.TryWrite(new BrainToolCall(call, result));
                }
            }
            throw new InvalidOperationException($"more than {_options.MaxToolRounds} tool rounds");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Barge-in: nothing more to say.
        }
        catch (Exception ex)
        {
            var reason = ex is OperationCanceledException ? "timed out" : ex.Message;
            events.TryWrite(new BrainFailure(reason));
            events.TryWrite(new BrainTextDelta(_options.FallbackLine));
        }
        finally
        {
            events.TryComplete();
        }
    }

    /// <summary>One request/stream; returns the tool calls the model made (empty when it answered in text).</summary>
    private async Task<List<ToolCall>> StreamRoundAsync(BrainRequest request, List<ChatMessage> messages,
        ChannelWriter<BrainEvent> events, CancellationToken total)
    {
        var body = ChatCompletionRequest.Write(_options, request.SystemPrompt, messages, request.Tools);
        for (int attempt = 0; ; attempt++)
        {
            using var firstToken = CancellationTokenSource.CreateLinkedTokenSource(total);
            firstToken.CancelAfter(_options.FirstTokenTimeout);
            HttpResponseMessage? response = null;
            try
            {
                response = await _http.SendAsync(NewRequest(body), HttpCompletionOption.ResponseHeadersRead, firstToken.Token).ConfigureAwait(false);
                if ((int)response.StatusCode >= 500 && attempt == 0)
                    continue;
                response.EnsureSuccessStatusCode();
                return await ReadStreamAsync(response, events, firstToken, total).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt == 0 && response is null)
            {
                // Connection refused or reset before anything arrived: one retry.
            }
            finally
            {
                response?.Dispose();
            }
        }
    }

    private HttpRequestMessage NewRequest(string body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (!string.IsNullOrEmpty(_options.ApiKey))
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        return message;
    }

    private static async Task<List<ToolCall>> ReadStreamAsync(HttpResponseMessage response, ChannelWriter<BrainEvent> events,
        CancellationTokenSource firstToken, CancellationToken total)
    {
        var toolCalls = new ToolCallAccumulator();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(firstToken.Token).ConfigureAwait(false));
        bool started = false;
        while (await reader.ReadLineAsync(started ? total : firstToken.Token).ConfigureAwait(false) is { } line)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal))
                continue; // blank separators, comments, "event:" lines
            var data = line.AsSpan(5).Trim();
            if (data.SequenceEqual("[DONE]"))
                break;
            using var json = JsonDocument.Parse(data.ToString());
            if (!json.RootElement.TryGetProperty("choices", out var choices) || choices.GetArrayLength() == 0)
                continue;
            if (!choices[0].TryGetProperty("delta", out var delta))
                continue;
            if (delta.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String && content.GetString() is { Length: > 0 } text)
            {
                started = true;
                events.TryWrite(new BrainTextDelta(text));
            }
            if (delta.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                started = true;
                toolCalls.Add(calls);
            }
        }
        return toolCalls.Build();
    }
}
