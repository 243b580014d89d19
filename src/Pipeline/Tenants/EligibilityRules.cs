namespace MediaCore.Pipeline.Tenants;

/// <summary>Lender pre-screen: salaried, monthly salary at least MinMonthlySalary, living in one of Cities (aliases map spoken names to a city).</summary>
public sealed record EligibilityRules(decimal MinMonthlySalary, IReadOnlyList<string> Cities, IReadOnlyDictionary<string, string> CityAliases)
{
    /// <summary>The configured city named in the text (by name or alias), or null.</summary>
    public string? FindCity(string text)
    {
        var padded = " " + TextTokens.Normalize(text) + " ";
        foreach (var city in Cities)
            if (padded.Contains(" " + TextTokens.Normalize(city) + " ", StringComparison.Ordinal)) return city;
        foreach (var (alias, city) in CityAliases)
            if (padded.Contains(" " + TextTokens.Normalize(alias) + " ", StringComparison.Ordinal)) return city;
        return null;
    }
}
