using System.Net;

namespace MediaCore.Bench.Load.Targets;

/// <summary>A target someone else runs (e.g. `mediacore serve`), addressed by host:port.</summary>
public sealed class RemoteTarget(string name, IPEndPoint sipEndPoint, int? processId) : ILoadTarget
{
    public string Name { get; } = name;

    public IPEndPoint SipEndPoint { get; } = sipEndPoint;

    public int? ProcessId { get; } = processId;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
