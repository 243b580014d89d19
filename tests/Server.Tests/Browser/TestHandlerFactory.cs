using System.Collections.Concurrent;
using MediaCore.Server.Browser;
using MediaCore.Server.Streams;

namespace MediaCore.Server.Tests.Browser;

/// <summary>Tenant "himalayan-kitchen" gets an <see cref="EchoCallHandler"/>, "barge-in" a <see cref="ToneCallHandler"/>.</summary>
internal sealed class TestHandlerFactory : IStreamCallHandlerFactory
{
    public const string Echo = "himalayan-kitchen";
    public const string BargeIn = "barge-in";

    public static readonly InMemoryTenantDirectory Tenants = new(
    [
        new TenantSummary(Echo, "Himalayan Kitchen", "restaurant", ["en", "hi", "ne"]),
        new TenantSummary(BargeIn, "Barge-in test line", "test", ["en"]),
    ]);

    public int BargeInAfterFrames { get; init; } = 75;

    public ConcurrentQueue<IStreamCallHandler> Created { get; } = new();

    public IStreamCallHandler Create(StreamCallMetadata metadata)
    {
        IStreamCallHandler handler = metadata.TenantId == BargeIn ? new ToneCallHandler(BargeInAfterFrames) : new EchoCallHandler();
        Created.Enqueue(handler);
        return handler;
    }
}
