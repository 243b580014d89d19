using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>Checks a tenant from the API before it reaches the catalog; returns a message fit for INVALID_ARGUMENT.</summary>
public static class TenantValidator
{
    public const int MaxIdLength = 63;

    public static string? Validate(Tenant? tenant)
    {
        if (tenant is null)
            return "tenant is required";
        if (IdError(tenant.Id) is { } idError)
            return idError;
        if (string.IsNullOrWhiteSpace(tenant.Name))
            return "tenant.name is required";
        foreach (var did in tenant.Dids)
            if (string.IsNullOrWhiteSpace(did))
                return "tenant.dids must not contain empty entries";
        return null;
    }

    /// <summary>Ids become file names, metric labels and URL segments, so they are lower-case DNS-label-like: [a-z0-9-].</summary>
    public static string? IdError(string id)
    {
        if (string.IsNullOrEmpty(id))
            return "tenant id is required";
        if (id.Length > MaxIdLength)
            return $"tenant id must be at most {MaxIdLength} characters";
        foreach (char c in id)
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
                return $"tenant id '{id}' may contain only a-z, 0-9 and '-'";
        return null;
    }
}
