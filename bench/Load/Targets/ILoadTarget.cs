using System.Net;

namespace MediaCore.Bench.Load.Targets;

/// <summary>Something the load is pointed at: its SIP address and, when known, the process to sample.</summary>
public interface ILoadTarget : IAsyncDisposable
{
    string Name { get; }

    IPEndPoint SipEndPoint { get; }

    /// <summary>The process whose CPU/RSS to sample (null when unknown).</summary>
    int? ProcessId { get; }
}
