using System.Text.Json;
using MediaCore.Media.Wav;
using MediaCore.Server.Browser;
using MediaCore.Server.Streams.Agent;
using MediaCore.Server.Tests.StreamsAgent;
using Xunit.Abstractions;

namespace MediaCore.Server.Tests.Browser;

/// <summary>
/// The real page in headless Chromium talking to the REAL voice agent: <see cref="PipelineStreamCallHandlerFactory"/>
/// builds a CallPipeline per call (PocketSphinx tenant grammar, flite, Silero VAD, the Himalayan Kitchen dialog). The
/// fake microphone stays silent through the greeting, then asks for a table in flite speech; the caller's transcript,
/// the bot's answer, the reservation being built, the language and the turn latency must appear in the DOM. The
/// screenshot is saved to TestResults/browser/agent-call.png (docs/browser-demo.png is a copy of one).
/// </summary>
[Collection(AgentStreamCollection.Name)]
public sealed class BrowserPageAgentE2eTests(AgentStreamFixture fixture, ITestOutputHelper output)
{
    private const string BookingLine = "i want to book a table for four tomorrow at eight thirty";

    private static readonly string E2eFolder = Path.Combine(TestPaths.RepoRoot, "tests", "Server.Tests", "Browser", "e2e");
    private static readonly string ResultsFolder = Path.Combine(TestPaths.RepoRoot, "tests", "Server.Tests", "TestResults", "browser");

    [Fact]
    public async Task The_page_talks_to_the_real_agent_and_shows_the_transcript_reply_and_reservation()
    {
        if (!File.Exists("/usr/bin/chromium") && Environment.GetEnvironmentVariable("MEDIACORE_SKIP_BROWSER_E2E") == "1")
            return; // BrowserPageE2eTests installs chromium or fails loudly; this one rides on it
        await EnsurePlaywrightAsync();
        Directory.CreateDirectory(ResultsFolder);
        var wav = Path.Combine(ResultsFolder, "agent-caller.wav");
        WriteCallerWav(wav);
        var screenshot = Path.Combine(ResultsFolder, "agent-call.png");
        File.Delete(screenshot);

        var factory = PipelineStreamCallHandlerFactory.FromRegistry(fixture.Engines, fixture.Registry, new Server.Agent.AgentOptions
        {
            Clock = () => new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.FromHours(5.5)), // a Wednesday: tomorrow is open
        });
        var tenants = new InMemoryTenantDirectory([new TenantSummary("himalayan-kitchen", "Himalayan Kitchen", "restaurant", ["en", "hi"])]);
        var options = new BrowserDemoOptions { Bind = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0) };
        await using var host = await BrowserDemoHost.StartAsync(options, tenants, factory);

        var run = await ExternalProcess.RunAsync("node", E2eFolder, TimeSpan.FromSeconds(55), "agent-call.mjs", host.BaseAddress.ToString(), wav, screenshot);
        output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        var result = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]).RootElement;

        var caller = string.Join(' ', result.GetProperty("caller").EnumerateArray().Select(e => e.GetString()));
        var bot = result.GetProperty("bot").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Contains("book a table for four", caller);
        Assert.Contains("Himalayan Kitchen", bot[0]);                  // the greeting
        Assert.Contains(bot.Skip(1), line => line.Contains("name", StringComparison.OrdinalIgnoreCase) || line.Contains("four", StringComparison.Ordinal));
        var state = result.GetProperty("tenantState").GetString()!;
        Assert.Contains("Reservation", state);
        Assert.Contains("4", state);
        Assert.Contains("20:30", state);
        Assert.StartsWith("en", result.GetProperty("language").GetString());
        Assert.True(result.GetProperty("latencyRows").GetInt32() >= 1);
        Assert.Equal(0, result.GetProperty("consoleErrors").GetArrayLength());
        Assert.True(File.Exists(screenshot));
        output.WriteLine("screenshot: " + screenshot);
    }

    private static async Task EnsurePlaywrightAsync()
    {
        if (Directory.Exists(Path.Combine(E2eFolder, "node_modules", "playwright-core")))
            return;
        var install = await ExternalProcess.RunAsync("npm", E2eFolder, TimeSpan.FromMinutes(3), "install", "--no-audit", "--no-fund");
        Assert.True(install.ExitCode == 0, install.ToString());
    }

    /// <summary>14 s of silence (the greeting plays), the booking line in flite speech, then silence; 48 kHz like a microphone.</summary>
    private void WriteCallerWav(string path)
    {
        const int rate = 48_000;
        var line = fixture.Speak(BookingLine, rate);
        var samples = new short[rate * 14 + line.Length + rate * 30];
        line.CopyTo(samples, rate * 14);
        WavWriter.Write(path, new WavAudio(rate, 1, samples));
    }
}
