using System.CommandLine;

namespace MediaCore.Server;

/// <summary>The `mediacore` command line. Each subcommand lives in its own file under Commands/.</summary>
public static class Cli
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("MediaCore: a self-hosted real-time voice agent media server.");
        var version = new Command("version", "Print the MediaCore version.");
        version.SetAction(_ =>
        {
            Console.WriteLine(typeof(Cli).Assembly.GetName().Version);
            return 0;
        });
        root.Subcommands.Add(version);
        root.Subcommands.Add(Commands.ModelsCommand.Create());
        root.Subcommands.Add(Commands.ChatCommand.Create());
        return root.Parse(args).Invoke();
    }
}
