namespace MediaCore.Media.Tests;

/// <summary>
/// Tests that measure real-time behaviour (packet pacing, tick lateness, speech through live RTP sessions) run in
/// this collection: one at a time and never beside the CPU-heavy parallel tests, so two cores can keep 20 ms time.
/// </summary>
[CollectionDefinition(nameof(RealTimeCollection), DisableParallelization = true)]
public sealed class RealTimeCollection;
