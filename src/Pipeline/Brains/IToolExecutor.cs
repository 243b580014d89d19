namespace MediaCore.Pipeline.Brains;

/// <summary>Runs the brain's tool calls (business actions: book a table, look up an order). Returns the result text/JSON.</summary>
public interface IToolExecutor
{
    ValueTask<string> ExecuteAsync(ToolCall call, CancellationToken cancellationToken);
}
