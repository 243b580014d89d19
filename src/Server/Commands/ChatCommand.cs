using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MediaCore.Pipeline.Dialogs;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore chat --tenant ID [--config FILE] [--json] [--now 2026-03-03T19:05] [--caller NUMBER]`: talk to a tenant's
/// rule dialog as text, one caller line per input line. Exit codes: 0 done, 2 bad arguments or config.
/// </summary>
public static class ChatCommand
{
    private const int BadArguments = 2;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create() => Create(null, null);

    /// <summary>With explicit streams so tests can drive the command in-process.</summary>
    public static Command Create(TextReader? input, TextWriter? output)
    {
        var tenant = new Option<string>("--tenant") { Description = "Tenant id (e.g. himalayan-kitchen).", Required = true };
        var config = new Option<string>("--config") { Description = "A tenant YAML file or folder (default: $MEDIACORE_TENANTS_DIR, else samples/tenants)." };
        var json = new Option<bool>("--json") { Description = "Print each reply as JSON with its tool calls and booking state." };
        var now = new Option<string>("--now") { Description = "Pin the clock to this local time of the tenant, e.g. 2026-03-03T19:05." };
        var caller = new Option<string>("--caller") { Description = "Caller ID to present (default +919999900000)." };
        var chat = new Command("chat", "Text conversation with a tenant's offline rule dialog over stdin/stdout.");
        foreach (var o in new Option[] { tenant, config, json, now, caller }) chat.Options.Add(o);
        chat.SetAction(r => Run(r.GetValue(tenant)!, r.GetValue(config), r.GetValue(json), r.GetValue(now), r.GetValue(caller),
            input ?? Console.In, output ?? Console.Out, output ?? Console.Error));
        return chat;
    }

    private static int Run(string tenantId, string? config, bool json, string? nowText, string? caller, TextReader input, TextWriter output, TextWriter error)
    {
        TenantConfig? tenant;
        try
        {
            tenant = Load(tenantId, config);
        }
        catch (TenantConfigException e)
        {
            error.WriteLine($"error: {e.Message}");
            return BadArguments;
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {e.Message}");
            return BadArguments;
        }
        if (tenant is null)
        {
            error.WriteLine($"error: no tenant '{tenantId}'");
            return BadArguments;
        }
        Func<DateTimeOffset> clock = () => DateTimeOffset.UtcNow;
        if (nowText is not null)
        {
            if (!DateTime.TryParseExact(nowText, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                error.WriteLine($"error: --now '{nowText}' must look like 2026-03-03T19:05");
                return BadArguments;
            }
            var pinned = tenant.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
            clock = () => pinned;
        }
        var dialog = TenantDialogs.Create(tenant, new BusinessServices(), $"chat-{Guid.NewGuid():N}", caller ?? "+919999900000");
        Print(dialog.Greet(clock()), json, output);
        while (input.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0) continue;
            var reply = dialog.Respond(line, clock());
            Print(reply, json, output);
            if (reply.EndOfCall || reply.Handoff is not null) break;
        }
        return 0;
    }

    private static void Print(DialogReply reply, bool json, TextWriter output)
    {
        if (json) output.WriteLine(reply.ToJson().ToJsonString(Indented));
        else
        {
            output.WriteLine($"bot: {reply.Text}");
            foreach (var call in reply.ToolCalls) output.WriteLine($"  [tool] {call.Name} {call.Arguments.ToJsonString()} -> {call.Result.ToJsonString(Indented)}");
            if (reply.Handoff is { } h) output.WriteLine($"  [handoff] {(h.Callback ? "callback" : "transfer to " + h.Target)} ({h.Reason})");
        }
        output.Flush();
    }

    private static TenantConfig? Load(string tenantId, string? config)
    {
        var path = config ?? Environment.GetEnvironmentVariable("MEDIACORE_TENANTS_DIR") ?? FindSamples()
            ?? throw new IOException("no tenant folder found; pass --config FILE|DIR");
        if (File.Exists(path))
        {
            var single = TenantLoader.LoadFile(path);
            return single.Id == tenantId ? single : null;
        }
        var (tenants, errors) = TenantLoader.LoadDirectory(path);
        var found = tenants.FirstOrDefault(t => t.Id == tenantId);
        if (found is null && errors.Count > 0) throw new TenantConfigException(errors);
        return found;
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "samples", "tenants"))) return Path.Combine(dir.FullName, "samples", "tenants");
        return null;
    }
}
