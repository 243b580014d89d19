using System.Collections.Concurrent;
using MediaCore.Pipeline.Calls;

namespace MediaCore.Pipeline.Tests.Calls;

/// <summary>Keeps the pipeline's log lines, to explain a failing assertion.</summary>
internal sealed class RecordingLog : IPipelineLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public void Log(PipelineLogLevel level, string callId, string message) => _lines.Enqueue($"{DateTime.Now:ss.fff} {level}: {message}");

    public override string ToString() => string.Join('\n', _lines);
}
