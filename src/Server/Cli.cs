using System.CommandLine;

namespace MediaCore.Server;

/// <summary>The `mediacore` command line. Each subcommand lives in its own file under Commands/.</summary>
public static class Cli
{
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs with the given writers (tests capture the output of transcribe, speak and check this way).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("MediaCore: a self-hosted real-time voice agent media server.");
        var version = new Command("version", "Print the MediaCore version.");
        version.SetAction(_ =>
        {
            output.WriteLine(typeof(Cli).Assembly.GetName().Version);
            return 0;
        });
        root.Subcommands.Add(version);
        root.Subcommands.Add(Commands.ModelsCommand.Create());
        root.Subcommands.Add(Commands.TranscribeCommand.Create());
        root.Subcommands.Add(Commands.SpeakCommand.Create());
        root.Subcommands.Add(Commands.CheckCommand.Create());
        root.Subcommands.Add(Commands.RecordsCommand.Create());
        root.Subcommands.Add(Commands.ChatCommand.Create());
        root.Subcommands.Add(Commands.ServeCommand.Create());
        root.Subcommands.Add(Commands.DemoCommand.Create());
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
