using System.CommandLine;
using MediaCore.Inference.Engines;
using MediaCore.Media.Native;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore check [--config FILE]`: one line per native library (found where, or missing with the setup command),
/// one per manifest model (present or missing), then the active engine for STT, TTS per language and VAD with the
/// reason. Exit 0 when every slot has a usable engine, 1 otherwise (a missing optional model is only reported).
/// With --serve-config FILE the serve configuration (records: included) is validated first; an error there exits 1.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var config = InferenceCommandOptions.ConfigOption();
        var serveConfig = new Option<string>("--serve-config") { Description = "Also validate a serve configuration (YAML), its records: section included." };
        var command = new Command("check", "Check native libraries, models and which inference engines are active, and why.");
        command.Options.Add(config);
        command.Options.Add(serveConfig);
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (parse.GetValue(serveConfig) is { } file && !RecordsConfigCheck.Run(file, output, error))
                return InferenceCommandOptions.Failed;
            return Run(parse.GetValue(config), output, error);
        });
        return command;
    }

    private static int Run(string? configPath, TextWriter output, TextWriter error)
    {
        if (!InferenceCommandOptions.TryLoad(configPath, error, out var options))
            return InferenceCommandOptions.Failed;
        output.WriteLine(configPath is null ? "config: built-in defaults" : $"config: {Path.GetFullPath(configPath)}");
        WriteNativeLibraries(output);
        using var factory = new InferenceEngineFactory(options);
        WriteModels(output, factory);
        var missing = 0;
        foreach (var choice in factory.Plan())
        {
            output.WriteLine($"engine  {choice}");
            if (choice.Chosen == InferenceEngineFactory.UnavailableEngine)
                missing++;
        }
        if (missing > 0)
            error.WriteLine($"error: {missing} engine slot(s) have no usable engine; see the reasons above");
        return missing > 0 ? InferenceCommandOptions.Failed : 0;
    }

    private static void WriteNativeLibraries(TextWriter output)
    {
        foreach (var library in NativeLibraryCatalog.All.OrderBy(l => l.LogicalName, StringComparer.Ordinal))
        {
            var problem = NativeLibraryProbe.Problem(library.LogicalName);
            var status = problem is null ? $"ok       {NativeLibraryResolver.Locate(library)}" : $"MISSING  {problem}";
            output.WriteLine($"native  {library.LogicalName,-12} {library.FileName,-22} {status}");
        }
    }

    private static void WriteModels(TextWriter output, InferenceEngineFactory factory)
    {
        output.WriteLine($"models searched in: {string.Join(", ", factory.Models.SearchFolders)}");
        foreach (var entry in factory.Models.Manifest.Entries)
        {
            var location = factory.Models.Locate(entry);
            var status = location.Path is null ? "missing" : $"present  {location.Path}";
            output.WriteLine($"model   {entry.Name,-38} {status}");
        }
    }
}
