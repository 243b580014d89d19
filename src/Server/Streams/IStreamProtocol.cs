using System.Text.Json;
using MediaCore.Server.Streams.Audio;
using MediaCore.Server.Streams.Wire;

namespace MediaCore.Server.Streams;

/// <summary>
/// One provider's dialect: how its events are named, how its start message reads, how our outbound media, marks and
/// clears are written, and how outbound audio is chunked.
/// </summary>
public interface IStreamProtocol
{
    StreamProvider Provider { get; }

    StreamWireNames Names { get; }

    /// <summary>20 ms frames per outbound media message (Exotel needs ≥ 100 ms).</summary>
    int OutboundChunkFrames { get; }

    /// <summary>Outbound media messages between marks (a mark every ~100 ms is plenty for history cutting).</summary>
    int ChunksPerMark { get; }

    StreamEventKind Classify(ReadOnlySpan<byte> eventName);

    /// <summary>Reads the start message; <paramref name="query"/> holds the upgrade URL's query parameters.</summary>
    StartResult ReadStart(JsonElement root, IReadOnlyDictionary<string, string> query);

    void WriteMedia(Utf8JsonWriter writer, string streamId, StreamAudioFormat format, ReadOnlySpan<byte> audio);

    void WriteMark(Utf8JsonWriter writer, string streamId, ReadOnlySpan<byte> name);

    void WriteClear(Utf8JsonWriter writer, string streamId);
}
