using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.Tests.TurnTaking;

public sealed class SilenceEscalationTests
{
    private static readonly SilenceEscalationOptions Options = new()
    {
        GentlePromptAfterMs = 1_000, CheckInAfterMs = 2_000, GoodbyeAfterMs = 3_000, MaxCallDurationMs = 60_000,
    };

    [Fact]
    public void Quiet_line_escalates_prompt_check_in_goodbye_once_each()
    {
        var escalation = new SilenceEscalation(Options);
        var steps = new List<(EscalationStep, long)>();
        for (long t = 20; t <= 5_000; t += 20)
        {
            var step = escalation.Update(t, callerActive: t <= 100, botActive: false);
            if (step != EscalationStep.None)
                steps.Add((step, t));
        }
        Assert.Equal([(EscalationStep.GentlePrompt, 1_100L), (EscalationStep.CheckIn, 2_100L), (EscalationStep.Goodbye, 3_100L)], steps);
    }

    [Fact]
    public void Bot_speech_holds_the_clock_but_only_the_caller_resets_the_steps()
    {
        var escalation = new SilenceEscalation(Options);
        Assert.Equal(EscalationStep.GentlePrompt, escalation.Update(1_000, false, false));
        Assert.Equal(EscalationStep.None, escalation.Update(1_500, false, botActive: true)); // the prompt plays
        Assert.Equal(EscalationStep.None, escalation.Update(2_400, false, false));
        Assert.Equal(EscalationStep.CheckIn, escalation.Update(3_500, false, false));       // 2 s after the prompt ended
        Assert.Equal(EscalationStep.None, escalation.Update(3_600, callerActive: true, false));
        Assert.Equal(EscalationStep.GentlePrompt, escalation.Update(4_600, false, false));   // caller spoke: start over
    }

    [Fact]
    public void Maximum_call_duration_says_goodbye_even_mid_conversation()
    {
        var escalation = new SilenceEscalation(Options);
        Assert.Equal(EscalationStep.None, escalation.Update(59_980, callerActive: true, false));
        Assert.Equal(EscalationStep.MaxDuration, escalation.Update(60_000, callerActive: true, false));
        Assert.Equal(EscalationStep.None, escalation.Update(60_020, false, false));
    }
}
