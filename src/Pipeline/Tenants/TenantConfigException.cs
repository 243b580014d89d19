namespace MediaCore.Pipeline.Tenants;

/// <summary>A tenant file failed validation. Each error reads "file: key.path: problem".</summary>
public sealed class TenantConfigException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
