using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Grpc;

namespace MediaCore.Server.Control.Live;

/// <summary>
/// The control API's tenants are the tenant folder's files: List/Get read the <see cref="TenantRegistry"/>'s current
/// snapshot; Upsert validates the YAML with <see cref="TenantLoader"/> rules (errors → INVALID_ARGUMENT with their
/// text), writes "{id}.yaml" and reloads the registry at once so the next call uses it (calls in progress keep theirs);
/// Delete removes the file and reloads.
/// </summary>
public sealed class RegistryTenantCatalog(TenantRegistry registry) : ITenantCatalog
{
    private readonly Lock _writeGate = new();

    public IReadOnlyList<TenantRecord> List() =>
        registry.Current.Tenants.OrderBy(t => t.Id, StringComparer.Ordinal).Select(ToRecord).ToArray();

    public TenantRecord? Get(string id) => registry.Current.FindById(id) is { } tenant ? ToRecord(tenant) : null;

    public bool Upsert(TenantRecord tenant)
    {
        lock (_writeGate)
        {
            var existing = registry.Current.FindById(tenant.Id);
            string path = existing?.SourcePath ?? Path.Combine(registry.Folder, tenant.Id + ".yaml");
            var parsed = Parse(tenant, path);
            var others = registry.Current.Tenants.Where(t => t.Id != tenant.Id).Append(parsed).ToArray();
            var conflicts = TenantLoader.CrossFileErrors(others).ToArray();
            if (conflicts.Length > 0)
                throw new GrpcStatusException(GrpcStatusCode.InvalidArgument, string.Join("\n", conflicts));
            WriteAtomically(path, tenant.ConfigYaml);
            registry.Reload();
            return existing is null;
        }
    }

    public bool Delete(string id)
    {
        lock (_writeGate)
        {
            if (registry.Current.FindById(id) is not { SourcePath: { } path })
                return false;
            File.Delete(path);
            registry.Reload();
            return true;
        }
    }

    private static TenantConfig Parse(TenantRecord tenant, string path)
    {
        TenantConfig parsed;
        try
        {
            parsed = TenantLoader.Parse(tenant.ConfigYaml, path);
        }
        catch (TenantConfigException e)
        {
            throw new GrpcStatusException(GrpcStatusCode.InvalidArgument, string.Join("\n", e.Errors));
        }
        if (parsed.Id != tenant.Id)
            throw new GrpcStatusException(GrpcStatusCode.InvalidArgument,
                $"{path}: id: '{parsed.Id}' does not match the tenant id '{tenant.Id}'");
        return parsed;
    }

    // The registry's file watcher must never see a half-written file.
    private static void WriteAtomically(string path, string text)
    {
        string temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    private static TenantRecord ToRecord(TenantConfig tenant) =>
        new(tenant.Id, tenant.Name, tenant.Kind.ToString().ToLowerInvariant(), tenant.Dids, ReadSource(tenant));

    private static string ReadSource(TenantConfig tenant)
    {
        try
        {
            return tenant.SourcePath is { } path ? File.ReadAllText(path) : "";
        }
        catch (IOException)
        {
            return ""; // deleted or being rewritten: the next reload settles it
        }
    }
}
