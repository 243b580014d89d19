using System.Text.Json;
using MediaCore.Media.Wav;
using MediaCore.Pipeline.Tools;
using MediaCore.Server.Browser;
using MediaCore.Server.Streams.Agent;
using MediaCore.Server.Tests.StreamsAgent;
using Xunit.Abstractions;

namespace MediaCore.Server.Tests.Browser;

/// <summary>
/// The real page in headless Chromium talking to the REAL voice agent: <see cref="PipelineStreamCallHandlerFactory"/>
/// builds a CallPipeline per call (PocketSphinx tenant grammar, flite, Silero VAD, the Himalayan Kitchen dialog).
/// The fake microphone plays one whole conversation in flite speech, timed against the bot's replies: silence through
/// the greeting, "what is on the menu", then — while the bot is still reading the menu — the booking line (party,
/// date, time and name at once: a barge-in), a pause for the read-back, and "yes please book it". One Chromium run asserts both:
/// the barge-in (flush received, no bot frame and nothing queued after it for the cut reply, the marker shown) and
/// the booking (confirmed with its reference in the DOM, and the same reservation in the store the call used).
/// The screenshot is saved to TestResults/browser/agent-call.png (docs/browser-demo.png is a copy of one).
/// </summary>
[Collection(AgentStreamCollection.Name)]
public sealed class BrowserPageAgentE2eTests(AgentStreamFixture fixture, ITestOutputHelper output)
{
    private const string TenantId = "himalayan-kitchen";
    private const int Rate = 48_000; // like a microphone: the worklet resamples to 16 kHz
    private const string MenuQuestion = "what is on the menu";
    private const string BookingLine = "i want to book a table for four tomorrow at eight thirty under the name asha";
    // Not a bare "yes": over the bot's voice that is a backchannel and is dropped by design, so a read-back that
    // runs late on a loaded machine would swallow it. "book it" makes it an interruption the dialog still reads as yes.
    private const string Yes = "yes please book it";

    // The bot's read-back, near enough to time the pause after the booking line (its length is what matters).
    private const string ReadBack = "Just to confirm: a table for 4 on Thursday, 19 November at 8:30 PM, under the name Asha. Shall I book it?";

    /// <summary>Beyond a reply's own length: end-of-speech detection, STT, brain and the first TTS chunk on a busy CI box.</summary>
    private const double ReplySlackSeconds = 5;

    /// <summary>From the end of the menu question to talking over the menu: the reply has begun, and has seconds left.</summary>
    private const double BargeInAfterSeconds = 5;

    private static readonly string E2eFolder = Path.Combine(TestPaths.RepoRoot, "tests", "Server.Tests", "Browser", "e2e");
    private static readonly string ResultsFolder = Path.Combine(TestPaths.RepoRoot, "tests", "Server.Tests", "TestResults", "browser");

    [Fact]
    public async Task The_page_books_a_table_with_the_real_agent_and_flushes_the_menu_reply_on_barge_in()
    {
        if (!File.Exists("/usr/bin/chromium") && Environment.GetEnvironmentVariable("MEDIACORE_SKIP_BROWSER_E2E") == "1")
            return; // BrowserPageE2eTests installs chromium or fails loudly; this one rides on it
        await EnsurePlaywrightAsync();
        Directory.CreateDirectory(ResultsFolder);
        var wav = Path.Combine(ResultsFolder, "agent-caller.wav");
        WriteCallerWav(wav);
        var screenshot = Path.Combine(ResultsFolder, "agent-call.png");
        File.Delete(screenshot);

        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var services = new BusinessServices(); // the reservation book this call writes to, queried below
        var factory = PipelineStreamCallHandlerFactory.FromRegistry(fixture.Engines, fixture.Registry, new Server.Agent.AgentOptions
        {
            Services = services,
            Clock = () => new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.FromHours(5.5)), // a Wednesday: tomorrow is open
            ExtraPhrases = [MenuQuestion, BookingLine, Yes], // as `mediacore demo` adds its script's lines to the grammar
            LogSink = log.Enqueue,
            LogLevel = Pipeline.Calls.PipelineLogLevel.Debug,
        });
        var tenants = new InMemoryTenantDirectory([new TenantSummary(TenantId, "Himalayan Kitchen", "restaurant", ["en", "hi"])]);
        var options = new BrowserDemoOptions { Bind = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0) };
        await using var host = await BrowserDemoHost.StartAsync(options, tenants, factory);

        var run = await ExternalProcess.RunAsync("node", E2eFolder, TimeSpan.FromSeconds(110), "agent-call.mjs", host.BaseAddress.ToString(), wav, screenshot);
        output.WriteLine(run.ToString());
        output.WriteLine("pipeline log:\n" + string.Join('\n', log));
        Assert.True(run.ExitCode == 0, run.ToString());
        var result = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]).RootElement;

        var booked = AssertBooking(result, services);
        AssertBargeIn(result);
        Assert.StartsWith("en", result.GetProperty("language").GetString());
        Assert.True(result.GetProperty("latencyRows").GetInt32() >= 2);
        Assert.Equal(0, result.GetProperty("consoleErrors").GetArrayLength());
        Assert.True(File.Exists(screenshot));
        output.WriteLine($"booked {booked.Id}; screenshot: {screenshot}");
    }

    /// <summary>The page shows the reservation confirmed with its reference, and the store holds that very booking.</summary>
    private Pipeline.Business.Reservation AssertBooking(JsonElement result, BusinessServices services)
    {
        var caller = string.Join(" | ", result.GetProperty("caller").EnumerateArray().Select(e => e.GetString()));
        var bot = result.GetProperty("bot").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var context = $"caller: {caller}\nbot: {string.Join(" | ", bot)}";
        Assert.True(caller.Contains("menu", StringComparison.Ordinal), context);
        Assert.True(caller.Contains("table for four", StringComparison.Ordinal), context);
        Assert.Contains("Himalayan Kitchen", bot[0]); // the greeting
        Assert.Contains(bot, line => line.StartsWith("On our menu", StringComparison.Ordinal));
        Assert.Contains(bot, line => line.StartsWith("Just to confirm: a table for 4", StringComparison.Ordinal));

        var booked = Assert.Single(services.Reservations.ForTenant(TenantId));
        var tenant = fixture.Registry.Current.FindById(TenantId)!;
        Assert.Equal(tenant.At(new DateOnly(2026, 11, 19), new TimeOnly(20, 30)), booked.Start);
        Assert.Equal(4, booked.PartySize);
        Assert.Equal("Asha", booked.Name);
        Assert.True(booked.Active);
        Assert.StartsWith("browser:", booked.CallId); // booked by the browser call (provider:stream id)

        Assert.Equal("confirmed", result.GetProperty("status").GetString());
        var state = result.GetProperty("tenantState").GetString()!;
        Assert.Contains("Reservation", state);
        Assert.Contains(booked.Id, state); // the reference, as the page shows it
        Assert.Contains("20:30", state);
        Assert.Contains(bot, line => line.StartsWith("Done! Your table for 4 is booked", StringComparison.Ordinal) && line.Contains(booked.Id, StringComparison.Ordinal));
        return booked;
    }

    /// <summary>The menu reply was cut: a flush arrived mid-reply, and nothing of that reply was received or queued after it.</summary>
    private static void AssertBargeIn(JsonElement result)
    {
        var stats = result.GetProperty("stats");
        Assert.True(stats.GetProperty("flushes").GetInt32() >= 1, stats.ToString());
        var after = stats.GetProperty("cutReply");
        Assert.True(after.GetProperty("framesReceivedBefore").GetInt32() >= 50, after.ToString()); // the greeting and some menu had played
        var bot = result.GetProperty("bot").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var botLines = after.GetProperty("botLines").GetInt32(); // the reply being spoken when the flush came
        Assert.True(botLines >= 2 && bot[botLines - 1].StartsWith("On our menu", StringComparison.Ordinal), after + "\n" + string.Join(" | ", bot));
        Assert.False(after.GetProperty("open").GetBoolean(), after.ToString()); // closed by the booking line's final transcript
        Assert.Equal(0, after.GetProperty("framesReceived").GetInt32());
        Assert.True(after.GetProperty("acked").GetBoolean(), after.ToString());
        Assert.Equal(0, after.GetProperty("maxQueuedFrames").GetDouble());
        Assert.Equal(0, stats.GetProperty("queuedAfterLastFlush").GetDouble());
        var transcript = result.GetProperty("transcript").GetString()!;
        Assert.Contains("you interrupted", transcript);
        Assert.Contains("bot audio stopped", transcript);
    }

    private static async Task EnsurePlaywrightAsync()
    {
        if (Directory.Exists(Path.Combine(E2eFolder, "node_modules", "playwright-core")))
            return;
        var install = await ExternalProcess.RunAsync("npm", E2eFolder, TimeSpan.FromMinutes(3), "install", "--no-audit", "--no-fund");
        Assert.True(install.ExitCode == 0, install.ToString());
    }

    /// <summary>
    /// The conversation on one timeline, each pause sized from the flite length of what the bot says meanwhile (the
    /// bot speaks with the same voice): greeting + slack, menu question, barge-in delay, booking line, read-back +
    /// slack, "yes", then silence while the booking is stored and announced.
    /// </summary>
    private void WriteCallerWav(string path)
    {
        var greeting = fixture.Registry.Current.FindById(TenantId)!.GreetingFor("en");
        var timeline = new List<short>();
        Pause(timeline, Seconds(fixture.Speak(greeting.Text + " " + greeting.Consent, Rate)) + ReplySlackSeconds);
        timeline.AddRange(fixture.Speak(MenuQuestion, Rate));
        Pause(timeline, BargeInAfterSeconds);
        timeline.AddRange(fixture.Speak(BookingLine, Rate));
        Pause(timeline, Seconds(fixture.Speak(ReadBack, Rate)) + ReplySlackSeconds);
        timeline.AddRange(fixture.Speak(Yes, Rate));
        Pause(timeline, 30);
        output.WriteLine($"caller.wav: {timeline.Count / (double)Rate:F1} s");
        WavWriter.Write(path, new WavAudio(Rate, 1, [.. timeline]));
    }

    private static double Seconds(short[] samples) => samples.Length / (double)Rate;

    private static void Pause(List<short> timeline, double seconds) => timeline.AddRange(new short[(int)(seconds * Rate)]);
}
