using MediaCore.Bench.Load.Analysis;
using MediaCore.Bench.Load.Audio;
using MediaCore.Bench.Load.Calls;
using MediaCore.Bench.Load.Targets;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Bench.Tests;

public sealed class EchoTargetProcessTests
{
    [Fact]
    public async Task The_child_process_echo_target_answers_echoes_and_is_sampled_as_its_own_process()
    {
        var clip = SpeechClip.Load(TestPaths.Audio("en_osr_us_000_0034_8k.wav"));
        var script = new CallerScript(clip, G711Law.ALaw, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), [], TimeSpan.Zero);
        await using var target = await EchoTargetProcess.StartAsync(CancellationToken.None);
        Assert.NotEqual(Environment.ProcessId, target.ProcessId);
        await using var sampler = new ProcessSampler(target.ProcessId!.Value, TimeSpan.FromMilliseconds(200));
        using var runner = new LoadRunner(script);
        var summary = await runner.RunAsync(target.Name, target.SipEndPoint, 1, 1, sampler, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(40));
        Assert.Equal(1, summary.Answered);
        Assert.Equal(0, summary.Failed);
        Assert.True(summary.PacketsReceived > 50, $"{summary.PacketsReceived} echoed packets");
        Assert.True(summary.Server.Samples > 0);
        Assert.Equal(target.ProcessId, summary.Server.Pid);
    }
}
