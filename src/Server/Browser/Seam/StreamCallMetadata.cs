namespace MediaCore.Server.Browser;

/// <summary>What a transport knows about a call when it starts.</summary>
/// <param name="CallId">Unique per call (the transport makes one up when the provider gives none).</param>
/// <param name="TenantId">Which tenant the call is for.</param>
/// <param name="Transport">Which adapter carries it ("browser", "twilio", …).</param>
/// <param name="SampleRate">Rate of caller audio in and of bot audio out.</param>
/// <param name="FrameSamples">Samples per 20 ms frame at <paramref name="SampleRate"/>.</param>
public sealed record StreamCallMetadata(string CallId, string TenantId, string Transport, int SampleRate, int FrameSamples);
