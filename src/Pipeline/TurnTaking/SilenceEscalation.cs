namespace MediaCore.Pipeline.TurnTaking;

/// <summary>
/// Silence escalation and the call-length limit: a pure state machine on the media clock. Each step fires once per
/// quiet spell; any activity (caller or bot speaking, the bot thinking) starts the spell again.
/// </summary>
public sealed class SilenceEscalation
{
    private readonly SilenceEscalationOptions _options;
    private long _quietSinceMs;
    private EscalationStep _lastStep;
    private bool _finished;

    public SilenceEscalation(SilenceEscalationOptions? options = null) => _options = options ?? new SilenceEscalationOptions();

    public SilenceEscalationOptions Options => _options;

    /// <param name="callerActive">The caller is speaking or being answered: the escalation starts over.</param>
    /// <param name="botActive">The bot is speaking (e.g. its own prompt): the quiet spell restarts, steps already taken stay.</param>
    public EscalationStep Update(long nowMs, bool callerActive, bool botActive)
    {
        if (_finished)
            return EscalationStep.None;
        if (nowMs >= _options.MaxCallDurationMs)
        {
            _finished = true;
            return EscalationStep.MaxDuration;
        }
        if (callerActive || botActive)
        {
            _quietSinceMs = nowMs;
            if (callerActive)
                _lastStep = EscalationStep.None;
            return EscalationStep.None;
        }
        long quiet = nowMs - _quietSinceMs;
        var due = quiet >= _options.GoodbyeAfterMs ? EscalationStep.Goodbye
            : quiet >= _options.CheckInAfterMs ? EscalationStep.CheckIn
            : quiet >= _options.GentlePromptAfterMs ? EscalationStep.GentlePrompt
            : EscalationStep.None;
        if (due <= _lastStep)
            return EscalationStep.None;
        _lastStep = due;
        if (due == EscalationStep.Goodbye)
            _finished = true;
        return due;
    }

    public string LineFor(EscalationStep step) => step switch
    {
        EscalationStep.GentlePrompt => _options.GentlePrompt,
        EscalationStep.CheckIn => _options.CheckIn,
        EscalationStep.Goodbye => _options.Goodbye,
        EscalationStep.MaxDuration => _options.MaxDurationGoodbye,
        _ => string.Empty,
    };
}
