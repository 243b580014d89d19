using System.Text.Json;
using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Brains.OpenAi;

namespace MediaCore.Pipeline.Tests.Brains;

public sealed class OpenAiChatBrainTests
{
    private static readonly HttpClient Http = new();

    private sealed class MenuTools : IToolExecutor
    {
        public List<ToolCall> Calls { get; } = [];

        public ValueTask<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken)
        {
            Calls.Add(call);
            return ValueTask.FromResult("""{"price":220}""");
        }
    }

    private static async Task<List<BrainEvent>> Collect(IAgentBrain brain, BrainRequest request)
    {
        var events = new List<BrainEvent>();
        await foreach (var e in brain.StreamAsync(request, CancellationToken.None))
            events.Add(e);
        return events;
    }

    private static BrainRequest Request(IToolExecutor? tools = null) =>
        new([new ChatMessage(ChatRole.User, "how much is the butter chicken")], "You take orders.")
        {
            Tools = [new ToolDefinition("get_price", "Price of a dish", """{"type":"object","properties":{"dish":{"type":"string"}}}""")],
            ToolExecutor = tools,
        };

    [Fact]
    public async Task Streams_text_deltas_and_sends_history_prompt_and_tools()
    {
        await using var server = new FakeOpenAiServer();
        server.Stream(TimeSpan.FromMilliseconds(5), FakeOpenAiServer.Text("It is "), FakeOpenAiServer.Text("220 rupees."), "[DONE]");
        var brain = new OpenAiChatBrain(Http, new OpenAiChatOptions { BaseUrl = server.BaseUrl, Model = "tiny", ApiKey = "k" });

        var events = await Collect(brain, Request());

        Assert.Equal("It is 220 rupees.", string.Concat(events.OfType<BrainTextDelta>().Select(d => d.Text)));
        using var body = JsonDocument.Parse(Assert.Single(server.Bodies));
        Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
        Assert.Equal("tiny", body.RootElement.GetProperty("model").GetString());
        var messages = body.RootElement.GetProperty("messages");
        Assert.Equal("system", messages[0].GetProperty("role").GetString());
        Assert.Equal("how much is the butter chicken", messages[1].GetProperty("content").GetString());
        Assert.Equal("get_price", body.RootElement.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Tool_call_deltas_are_joined_by_index_executed_and_answered()
    {
        await using var server = new FakeOpenAiServer();
        server.Stream(TimeSpan.Zero,
            """{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_price","arguments":""}}]}}]}""",
            """{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"dish\":"}}]}}]}""",
            """{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"butter chicken\"}"}}]}}]}""",
            """{"choices":[{"delta":{},"finish_reason":"tool_calls"}]}""", "[DONE]");
        server.Stream(TimeSpan.Zero, FakeOpenAiServer.Text("Butter chicken is 220 rupees."), "[DONE]");
        var tools = new MenuTools();
        var brain = new OpenAiChatBrain(Http, new OpenAiChatOptions { BaseUrl = server.BaseUrl });

        var events = await Collect(brain, Request(tools));

        var call = Assert.Single(tools.Calls);
        Assert.Equal(("call_1", "get_price", """{"dish":"butter chicken"}"""), (call.Id, call.Name, call.ArgumentsJson));
        Assert.Single(events.OfType<BrainToolCall>());
        Assert.Equal("Butter chicken is 220 rupees.", string.Concat(events.OfType<BrainTextDelta>().Select(d => d.Text)));
        var second = server.Bodies.ToArray()[1];
        using var body = JsonDocument.Parse(second);
        var messages = body.RootElement.GetProperty("messages");
        Assert.Equal("call_1", messages[2].GetProperty("tool_calls")[0].GetProperty("id").GetString());
        Assert.Equal("tool", messages[3].GetProperty("role").GetString());
        Assert.Equal("""{"price":220}""", messages[3].GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_5xx_before_any_token_is_retried_once()
    {
        await using var server = new FakeOpenAiServer();
        server.Status(503);
        server.Stream(TimeSpan.Zero, FakeOpenAiServer.Text("Hello."), "[DONE]");
        var brain = new OpenAiChatBrain(Http, new OpenAiChatOptions { BaseUrl = server.BaseUrl });
        var events = await Collect(brain, Request());
        Assert.Equal(2, server.Bodies.Count);
        Assert.Equal("Hello.", Assert.Single(events.OfType<BrainTextDelta>()).Text);
        Assert.Empty(events.OfType<BrainFailure>());
    }

    [Fact]
    public async Task Closed_port_and_slow_first_token_give_the_fallback_line()
    {
        var options = new OpenAiChatOptions { BaseUrl = $"http://127.0.0.1:{FakeOpenAiServer.FreePort()}/v1", FallbackLine = "Sorry, trouble." };
        var down = await Collect(new OpenAiChatBrain(Http, options), Request());
        Assert.IsType<BrainFailure>(down[0]);
        Assert.Equal("Sorry, trouble.", Assert.Single(down.OfType<BrainTextDelta>()).Text);

        await using var server = new FakeOpenAiServer();
        server.Stream(TimeSpan.FromSeconds(3), FakeOpenAiServer.Text("Too late."), "[DONE]");
        var slow = await Collect(new OpenAiChatBrain(Http, options with
        {
            BaseUrl = server.BaseUrl, FirstTokenTimeout = TimeSpan.FromMilliseconds(300),
        }), Request());
        Assert.Equal("timed out", Assert.IsType<BrainFailure>(slow[0]).Reason);
        Assert.Equal("Sorry, trouble.", Assert.Single(slow.OfType<BrainTextDelta>()).Text);
    }
}
