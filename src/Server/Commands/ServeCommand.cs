using System.CommandLine;
using System.Runtime.InteropServices;
using MediaCore.Media.Wav;
using MediaCore.Server.Hosting;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore serve [--config FILE] [--handler agent[:TENANT]|prompt|echo|play:FILE.wav]`: runs the
/// <see cref="MediaCoreHost"/> (SIP endpoint with RTP media, control API, metrics, browser page and streams) until
/// Ctrl+C / SIGTERM, then hangs up active calls with BYE. Without a config SIP listens on 127.0.0.1:5060 (UDP and TCP)
/// with the demo trunk accepting loopback callers; without --handler each call's tenant agent answers (default tenant
/// himalayan-kitchen, or TENANT of agent:TENANT).
/// Exit codes: 0 clean shutdown, 2 bad configuration or handler, 1 could not bind.
/// </summary>
public static class ServeCommand
{
    private const int BadConfiguration = 2;
    private const int CannotStart = 1;

    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "YAML (or JSON) file: sip binds, rtp ports, trunks." };
        var handler = new Option<string>("--handler")
        {
            Description = "Who answers: agent[:TENANT] (default: the Himalayan Kitchen agent), prompt, echo, or play:FILE.wav.",
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
        ICallHandlerSelector? selector;
        try
        {
            config = configPath is null ? new ServeConfig() : ServeConfigLoader.Load(configPath);
            selector = await CreateSelectorAsync(handlerSpec, ct).ConfigureAwait(false);
            if (selector is null && handlerSpec is { Length: > 6 } && handlerSpec.StartsWith("agent:", StringComparison.Ordinal))
                config = config with { DefaultTenant = handlerSpec["agent:".Length..] };
        }
        catch (ConfigException e)
        {
            error.WriteLine("error: " + e.Message);
            return BadConfiguration;
        }
        var log = (string line) => { lock (output) output.WriteLine(line); };
        MediaCoreHost host;
        try
        {
            host = await MediaCoreHost.StartAsync(new MediaCoreHostOptions { Config = config, Handler = selector, Log = log }, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConfigException or MediaCore.Pipeline.Privacy.PrivacyKeysMissingException)
        {
            error.WriteLine("error: " + e.Message);
            return BadConfiguration;
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException)
        {
            error.WriteLine($"error: cannot bind: {e.Message}");
            return CannotStart;
        }
        await using var running = host;
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

    /// <summary>The handler the command line asks for; null = the tenant's agent (the host builds it).</summary>
    private static async Task<ICallHandlerSelector?> CreateSelectorAsync(string? spec, CancellationToken ct)
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
        if (spec == "prompt")
            return new PromptHandlerSelector(await BuiltInPrompt.SynthesizeAsync(ct).ConfigureAwait(false), $"built-in prompt \"{BuiltInPrompt.Text}\"");
        if (spec is null || spec == "agent" || spec.StartsWith("agent:", StringComparison.Ordinal))
            return null;
        throw new ConfigException("(command line)", "--handler", $"'{spec}' is not agent[:TENANT], prompt, echo or play:FILE.wav");
    }
}
