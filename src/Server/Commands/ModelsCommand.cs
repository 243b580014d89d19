using System.CommandLine;
using MediaCore.Models;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore models list` and `mediacore models fetch [--only NAME] [--from DIR] [--dir TARGET]`.
/// Exit codes: 0 done, 1 a model could not be fetched, installed or verified, 2 bad arguments, 130 cancelled.
/// </summary>
public static class ModelsCommand
{
    private const int Failed = 1;
    private const int BadArguments = 2;
    private const int Cancelled = 130;

    public static Command Create()
    {
        var models = new Command("models", "List, download and install model files (Silero VAD, Whisper ggml, Piper voices).");
        models.Subcommands.Add(CreateList());
        models.Subcommands.Add(CreateFetch());
        return models;
    }

    private static Option<string> ManifestOption() =>
        new("--manifest") { Description = "Use this manifest file instead of the built-in models/manifest.json." };

    private static ModelResolver Resolver(string? manifestPath, string? configuredDir) =>
        new(manifestPath is null ? null : ModelManifest.LoadFile(manifestPath), configuredDir);

    private static Command CreateList()
    {
        var dir = new Option<string>("--dir") { Description = "Folder searched first (default: $MEDIACORE_MODELS_DIR)." };
        var verify = new Option<bool>("--verify") { Description = "Also check size and hash of every file found (reads whole files)." };
        var manifest = ManifestOption();
        var list = new Command("list", "Show every model MediaCore knows, whether it is present and where.");
        list.Options.Add(dir);
        list.Options.Add(verify);
        list.Options.Add(manifest);
        list.SetAction(parseResult => List(Resolver(parseResult.GetValue(manifest), parseResult.GetValue(dir)), parseResult.GetValue(verify)));
        return list;
    }

    private static Command CreateFetch()
    {
        var only = new Option<string[]>("--only")
        {
            Description = "Model name(s) to fetch (see 'mediacore models list'); repeat or separate with commas. Default: all (with --from: all found in DIR).",
            AllowMultipleArgumentsPerToken = true,
        };
        var from = new Option<string>("--from") { Description = "Install from this local folder instead of downloading (for machines without internet)." };
        var dir = new Option<string>("--dir") { Description = "Target folder (default: $MEDIACORE_MODELS_DIR, else <repo>/models/cache)." };
        var manifest = ManifestOption();
        var fetch = new Command("fetch", "Download model files (or install them from a folder) and verify their pinned size and hash.");
        fetch.Options.Add(only);
        fetch.Options.Add(from);
        fetch.Options.Add(dir);
        fetch.Options.Add(manifest);
        fetch.SetAction((parseResult, ct) => FetchAsync(Resolver(parseResult.GetValue(manifest), parseResult.GetValue(dir)),
            parseResult.GetValue(only) ?? [], parseResult.GetValue(from), parseResult.GetValue(dir), ct));
        return fetch;
    }

    private static int List(ModelResolver resolver, bool verify)
    {
        Console.WriteLine($"searching: {string.Join(", ", resolver.SearchFolders)}");
        Console.WriteLine($"{"NAME",-36} {"KIND",-12} {"SIZE",10}  {"STATUS",-10} PATH");
        var bad = 0;
        foreach (var entry in resolver.Manifest.Entries)
        {
            var location = resolver.Locate(entry);
            var status = Status(location, verify);
            if (status is "WRONG-SIZE" or "BAD-HASH") bad++;
            Console.WriteLine($"{entry.Name,-36} {KindLabel(entry.Kind),-12} {FormatSize(entry.Size),10}  {status,-10} {location.Path ?? "-"}");
        }
        if (bad > 0) Console.Error.WriteLine($"error: {bad} model file(s) do not match the manifest; run 'mediacore models fetch' to replace them");
        return bad > 0 ? Failed : 0;
    }

    private static string Status(ModelLocation location, bool verify)
    {
        if (location.Path is null) return "missing";
        if (new FileInfo(location.Path).Length != location.Entry.Size) return "WRONG-SIZE";
        if (!verify) return "present";
        try
        {
            ModelIntegrity.Verify(location.Path, location.Entry);
            return "verified";
        }
        catch (ModelIntegrityException)
        {
            return "BAD-HASH";
        }
    }

    private static async Task<int> FetchAsync(ModelResolver resolver, string[] only, string? from, string? dir, CancellationToken ct)
    {
        var target = Path.GetFullPath(dir ?? resolver.InstallFolder);
        IReadOnlyList<ModelEntry> entries;
        try
        {
            entries = Selection(resolver.Manifest, only, from);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadArguments;
        }

        using var fetcher = new ModelFetcher();
        var progress = new ConsoleProgress();
        try
        {
            var results = from is null
                ? await fetcher.FetchAsync(entries, target, progress, ct)
                : await fetcher.InstallFromFolderAsync(entries, from, target, progress, ct);
            Console.WriteLine($"{results.Count} model file(s) ready in {target}");
            return 0;
        }
        catch (Exception e) when (e is ModelFetchException or ModelIntegrityException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Failed;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.Error.WriteLine("cancelled: partial downloads are kept as <file>.part and resume on the next fetch");
            return Cancelled;
        }
    }

    /// <summary>--only names (with companions); else, with --from, what DIR holds; else everything.</summary>
    private static IReadOnlyList<ModelEntry> Selection(ModelManifest manifest, string[] only, string? from)
    {
        var names = only.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (names.Length > 0) return manifest.Select(names);
        if (from is null) return manifest.Entries;
        var present = manifest.Entries.Where(e => File.Exists(Path.Combine(from, e.File))).Select(e => e.Name).ToArray();
        if (present.Length == 0)
            throw new ArgumentException($"{from} holds none of the manifest's files ({string.Join(", ", manifest.Entries.Select(e => e.File))})");
        return manifest.Select(present);
    }

    private static string KindLabel(ModelKind kind) => kind switch
    {
        ModelKind.Vad => "vad",
        ModelKind.Whisper => "whisper",
        ModelKind.PiperVoice => "piper-voice",
        _ => "piper-config",
    };

    private static string FormatSize(long bytes) => bytes >= 1 << 20 ? $"{bytes / (double)(1 << 20):0.0} MiB" : $"{bytes / 1024.0:0.0} KiB";

    /// <summary>One line per stage change and per 10 % downloaded: readable in a terminal and in a log.</summary>
    private sealed class ConsoleProgress : IProgress<ModelTransferProgress>
    {
        private readonly object _gate = new();
        private string? _model;
        private ModelTransferStage _stage;
        private long _nextPercent;

        public void Report(ModelTransferProgress value)
        {
            lock (_gate)
            {
                var changed = value.ModelName != _model || value.Stage != _stage;
                var percent = value.BytesTotal > 0 ? value.BytesDone * 100 / value.BytesTotal : 100;
                if (!changed && !(value.Stage == ModelTransferStage.Downloading && percent >= _nextPercent)) return;
                (_model, _stage, _nextPercent) = (value.ModelName, value.Stage, percent / 10 * 10 + 10);
                var detail = value.Detail is null ? "" : $" ({value.Detail})";
                var amount = value.Stage == ModelTransferStage.Downloading ? $"{percent}% of {FormatSize(value.BytesTotal)}" : FormatSize(value.BytesTotal);
                Console.WriteLine($"{value.ModelName}: {value.Stage.ToString().ToLowerInvariant()} {amount}{detail}");
            }
        }
    }
}
