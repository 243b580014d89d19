namespace MediaCore.Server.Streams;

/// <summary>An <see cref="IStreamCallHandlerFactory"/> from a delegate.</summary>
public sealed class DelegateStreamCallHandlerFactory(Func<StreamCallMetadata, IStreamCallHandler> create) : IStreamCallHandlerFactory
{
    public IStreamCallHandler Create(StreamCallMetadata metadata) => create(metadata);
}
