using System.Text.Json;
using MediaCore.Pipeline.Brains.OpenAi;
using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Agent;
using MediaCore.Server.Demo;
using MediaCore.Server.Tests.Agent;

namespace MediaCore.Server.Tests.Llm;

/// <summary>
/// The acceptance call of the agent pipeline: a SIP caller on 127.0.0.1 speaks flite lines to the real SIP endpoint,
/// whose agent is the Himalayan Kitchen tenant with its <c>llm:</c> section pointed (through the environment
/// variables it names) at <see cref="FakeOpenAiServer"/>. One call covers a tool call and streamed answer, a model
/// that never starts answering (first-token timeout), a closed port, and recovery on the next turn.
/// </summary>
[Collection(SipAgentCollection.Name)]
public sealed class SipLlmCallTests(SipAgentEngines engines)
{
    private const string ApiKey = "test-key-123";
    private const string PriceReply = "Chicken fried momos are two hundred and forty rupees.";
    private const string GoodbyeReply = "Goodbye, have a lovely evening.";
    // A short spoken fallback keeps the call short (the default line is longer); the operator chooses it in AgentOptions.Llm.
    private const string Fallback = "Sorry, please say that again.";

    private static readonly string[] Lines =
    [
        "how much is the chicken fried momos", // tool call, then a streamed answer
        "what are your hours",                  // the model accepts the request and never streams a token
        "do you have veg momos",                // the port is closed
        "thank you goodbye",                    // the model is back
    ];

    [Fact]
    public async Task Scripted_call_through_sip_reaches_the_llm_speaks_its_answer_and_survives_a_slow_and_a_dead_llm()
    {
        await using var llm = new FakeOpenAiServer();
        var slow = TimeSpan.FromMilliseconds(300);
        llm.Enqueue(FakeReply.ToolCall("call_price", "get_menu_item_price", """{"item":"chicken fried momos"}""", slow));
        llm.Enqueue(FakeReply.Text(PriceReply, slow, TimeSpan.FromMilliseconds(40)));
        llm.Enqueue(FakeReply.Silent(TimeSpan.FromSeconds(15)));
        llm.Enqueue(FakeReply.Text(GoodbyeReply, slow, TimeSpan.FromMilliseconds(40)));

        var tenant = engines.ShortGreetingTenant;
        var environment = new Dictionary<string, string>
        {
            [tenant.Llm.BaseUrlEnv] = llm.BaseUrl,
            [tenant.Llm.ApiKeyEnv!] = ApiKey,
        };
        var agent = new AgentCallHandlerFactory(engines.Engines, new AgentOptions
        {
            Tenant = tenant,
            Environment = name => environment.GetValueOrDefault(name),
            Llm = new OpenAiChatOptions { FirstTokenTimeout = TimeSpan.FromSeconds(1.5), TotalTimeout = TimeSpan.FromSeconds(10), FallbackLine = Fallback },
            ExtraPhrases = Lines,
        });
        int turns = 0;
        agent.Events.Recognised += (_, _) =>
        {
            // Runs as the brain is asked, before its HTTP request: the third turn finds the port closed.
            switch (Interlocked.Increment(ref turns))
            {
                case 3: llm.Close(); break;
                case 4: llm.Reopen(); break;
            }
        };
        var runner = new DemoRunner(agent, engines.CallerVoice, TextWriter.Null);

        var result = await runner.RunAsync(Lines, wavPath: null, stereo: false, TimeSpan.FromSeconds(75));

        Assert.Equal(0, result.ExitCode); // answered, conversed, no crash
        Assert.Equal(Lines, result.Recognised);
        AssertRequests(llm.Requests, tenant, Fallback);
        Assert.Equal([PriceReply, Fallback, Fallback, GoodbyeReply], result.BotReplies);
        var caller = runner.Caller!;
        AssertHeard(Reply(caller, 0), "chicken", "fried", "hundred", "forty");
        AssertHeard(Reply(caller, 1), "sorry", "please", "say", "again");
        AssertHeard(Reply(caller, 2), "sorry", "please", "say", "again");
        AssertHeard(Reply(caller, 3), "goodbye", "have", "lovely", "evening");
        Assert.Equal(0, runner.Server!.LastAgent!.Pipeline.DroppedTickPosts);
    }

    private static void AssertRequests(IReadOnlyList<FakeRequest> requests, TenantConfig tenant, string fallback)
    {
        // Turn 1: two rounds (tool call, then the answer); turn 2: one (timed out); turn 3: none reached us; turn 4: one.
        Assert.Equal(4, requests.Count);
        var bodies = requests.Select(r => JsonDocument.Parse(r.Body)).ToArray();
        foreach (var (request, body) in requests.Zip(bodies))
        {
            Assert.Equal(("POST", "/v1/chat/completions"), (request.Method, request.Path));
            Assert.Equal("Bearer " + ApiKey, request.Headers["Authorization"]);
            Assert.Equal(tenant.Llm.Model, body.RootElement.GetProperty("model").GetString());
            Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
            var system = body.RootElement.GetProperty("messages")[0];
            Assert.Equal(("system", tenant.Persona), (system.GetProperty("role").GetString(), system.GetProperty("content").GetString()));
            var tools = body.RootElement.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString());
            Assert.Contains("get_menu_item_price", tools);
        }
        Assert.Equal(("user", Lines[0]), Last(bodies[0]));
        var toolResult = Last(bodies[1]);
        Assert.Equal("tool", toolResult.Role);
        Assert.Contains("\"price\":240", toolResult.Content); // the tenant's menu answered the model's call
        Assert.Equal(("user", Lines[1]), Last(bodies[2]));
        Assert.Equal(("user", Lines[3]), Last(bodies[3]));
        // The history the model sees after the failures: both caller turns, both spoken fallbacks.
        var history = bodies[3].RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (m.GetProperty("role").GetString(), m.GetProperty("content").GetString())).ToList();
        Assert.Contains(("user", Lines[2]), history);
        Assert.Equal(2, history.Count(m => m == ("assistant", fallback)));
        Assert.Contains(("assistant", PriceReply), history);
    }

    private static (string? Role, string? Content) Last(JsonDocument body)
    {
        var messages = body.RootElement.GetProperty("messages");
        var last = messages[messages.GetArrayLength() - 1];
        return (last.GetProperty("role").GetString(), last.GetProperty("content").GetString());
    }

    /// <summary>What the caller heard from the end of line <paramref name="line"/> to the start of the next.</summary>
    private static short[] Reply(ScriptedCaller caller, int line)
    {
        const int frameSamples = ScriptedCaller.Rate / 50;
        var heard = caller.Recording().Heard;
        int from = caller.LineFrames(line).EndFrame * frameSamples;
        int to = line + 1 < Lines.Length ? caller.LineFrames(line + 1).StartFrame * frameSamples : heard.Length;
        return heard[from..to];
    }

    /// <summary>The unbiased language model must find at least two of the reply's key words in the caller's audio.</summary>
    private void AssertHeard(short[] audio, params string[] keyWords)
    {
        var heard = engines.Transcribe(audio);
        int found = keyWords.Count(k => heard.Contains(k, StringComparison.OrdinalIgnoreCase));
        Assert.True(found >= 2, $"the caller heard \"{heard}\", expected words of: {string.Join(", ", keyWords)}");
    }
}
