namespace MediaCore.Pipeline.Tenants;

/// <summary>A dish or drink with its price in rupees; aliases are extra names callers use for it.</summary>
public sealed record MenuItem(string Name, decimal Price, string? Category, IReadOnlyList<string> Aliases);
