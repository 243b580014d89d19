using System.CommandLine;
using System.Runtime.InteropServices;
using MediaCore.Inference.Tts;
using MediaCore.Media.Wav;
using MediaCore.Server.Hosting;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore serve [--config FILE] [--handler echo|play:FILE.wav]`: runs the SIP endpoint with RTP media until
/// Ctrl+C / SIGTERM, then hangs up active calls with BYE. Without a config it listens on 127.0.0.1:5060 (UDP and TCP)
/// with the demo trunk accepting loopback callers; without --handler calls hear a built-in flite prompt.
/// Exit codes: 0 clean shutdown, 2 bad configuration or handler, 1 could not bind.
/// </summary>
public static class ServeCommand
{
    public const string DefaultPromptText = "Welcome to MediaCore. This is a test call.";
    private const int BadConfiguration = 2;
    private const int CannotStart = 1;

    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "YAML (or JSON) file: sip binds, rtp ports, trunks." };
        var handler = new Option<string>("--handler")
        {
            Description = "What calls hear: echo, or play:FILE.wav (default: a built-in spoken prompt).",
        };
        var command = new Command("serve", "Answer SIP calls with RTP media until Ctrl+C.");
        command.Options.Add(config);
        command.Options.Add(handler);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(config), parse.GetValue(handler), parse.InvocationConfiguration, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? configPath, string? handlerSpec, InvocationConfiguration console, CancellationToken ct)
    {
        var (output, error) = (console.Output, console.Error);
        ServeConfig config;
        ICallHandlerSelector selector;
        try
        {
            config = configPath is null ? new ServeConfig() : ServeConfigLoader.Load(configPath);
            selector = await CreateSelectorAsync(handlerSpec, ct).ConfigureAwait(false);
        }
        catch (ConfigException e)
        {
            error.WriteLine("error: " + e.Message);
            return BadConfiguration;
        }
        var log = (string line) => { lock (output) output.WriteLine(line); };
        await using var server = new SipServer(config, selector, log);
        try
        {
            server.Start();
        }
        catch (System.Net.Sockets.SocketException e)
        {
            error.WriteLine($"error: cannot bind: {e.Message}");
            return CannotStart;
        }
        // Our own signal hooks: the shutdown must finish (BYE every call) before the process exits.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        log("mediacore serve: ready (Ctrl+C to stop)");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        log("mediacore serve: stopping");
        return 0;

        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static async Task<ICallHandlerSelector> CreateSelectorAsync(string? spec, CancellationToken ct)
    {
        if (spec == "echo")
            return new EchoHandlerSelector();
        if (spec is not null && spec.StartsWith("play:", StringComparison.Ordinal))
        {
            string path = spec["play:".Length..];
            try
            {
                return new PromptHandlerSelector(WavReader.Read(path), "play " + path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or MediaCore.Media.Wav.WavFormatException)
            {
                throw new ConfigException(path, "--handler", "cannot read the WAV: " + e.Message);
            }
        }
        if (spec is not null)
            throw new ConfigException("(command line)", "--handler", $"'{spec}' is not echo or play:FILE.wav");
        return new PromptHandlerSelector(await SynthesizePromptAsync(ct).ConfigureAwait(false), $"built-in prompt \"{DefaultPromptText}\"");
    }

    private static async Task<WavAudio> SynthesizePromptAsync(CancellationToken ct)
    {
        using var voice = new FliteVoice();
        var samples = new List<short>();
        await foreach (var chunk in voice.SynthesizeAsync(DefaultPromptText, ct).ConfigureAwait(false))
            samples.AddRange(chunk.Samples.Span);
        return new WavAudio(voice.SampleRate, 1, [.. samples]);
    }
}
