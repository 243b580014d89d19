namespace MediaCore.Server.Streams.Hosting;

/// <summary>The "Streams" configuration section: one endpoint per provider plus limits shared by all.</summary>
public sealed class StreamsOptions
{
    public const string SectionName = "Streams";

    /// <summary>Largest inbound text message; bigger ones close the stream with 1009 (100 ms of 24 kHz PCM is ~6.4 KiB).</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    public StreamEndpointOptions Exotel { get; set; } = new() { Path = "/streams/exotel" };

    public StreamEndpointOptions Plivo { get; set; } = new() { Path = "/streams/plivo" };

    public StreamEndpointOptions Twilio { get; set; } = new() { Path = "/streams/twilio" };
}
