namespace MediaCore.Inference.Engines;

/// <summary>
/// One engine that could fill a slot, in fallback order: <see cref="Check"/> says cheaply whether its files and
/// libraries are there (null problem plus a detail such as where the weights are), <see cref="Create"/> builds it.
/// </summary>
internal sealed record EngineCandidate<T>(string Name, string Label, Func<(string? Problem, string Detail)> Check, Func<T> Create);
