using System.CommandLine;
using System.Text.Json.Nodes;
using MediaCore.Server.Commands;

namespace MediaCore.Tenants.Tests.Cli;

public class ChatCommandTests
{
    private static (int Exit, string Output) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var root = new RootCommand { ChatCommand.Create(new StringReader(input), output) };
        var exit = root.Parse(["chat", .. args]).Invoke();
        return (exit, output.ToString());
    }

    [Fact]
    public void Json_mode_prints_each_reply_with_tool_calls_and_state()
    {
        var (exit, output) = Run("table for 2 on Thursday at 8 pm\nSharma\nyes\n",
            "--tenant", "himalayan-kitchen", "--config", TestPaths.SamplesDir, "--json", "--now", "2026-03-03T19:05");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(4, lines.Length);
        Assert.Contains("Himalayan Kitchen", lines[0]["reply"]!.GetValue<string>());
        Assert.Equal("check_availability", lines[2]["tool_calls"]![0]!["name"]!.GetValue<string>());
        var last = lines[3];
        Assert.Equal("create_reservation", last["tool_calls"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("booked", last["state"]!["stage"]!.GetValue<string>());
        Assert.Equal("2026-03-05", last["state"]!["date"]!.GetValue<string>());
        Assert.Equal("20:00", last["state"]!["time"]!.GetValue<string>());
        Assert.Equal("en", last["language"]!.GetValue<string>());
    }

    [Fact]
    public void Text_mode_prints_replies_and_accepts_a_single_file()
    {
        var (exit, output) = Run("how much is butter chicken\n", "--tenant", "himalayan-kitchen", "--config", TestPaths.Sample("himalayan-kitchen"), "--now", "2026-03-03T19:05");
        Assert.Equal(0, exit);
        Assert.Contains("bot: Butter Chicken is ₹320.", output);
        Assert.Contains("[tool] get_menu_item_price", output);
    }

    [Fact]
    public void Unknown_tenant_and_bad_clock_are_argument_errors()
    {
        Assert.Equal(2, Run("", "--tenant", "nope", "--config", TestPaths.SamplesDir).Exit);
        Assert.Equal(2, Run("", "--tenant", "himalayan-kitchen", "--config", TestPaths.SamplesDir, "--now", "tomorrow").Exit);
    }
}
