using MediaCore.Pipeline.Tenants;

namespace MediaCore.Server.Agent;

/// <summary>
/// What callers of a tenant are expected to say, for the PocketSphinx tenant grammar: menu items and their aliases,
/// service names, and the closing and introduction phrasings the generic grammar rules lack. The generic rules
/// (numbers, times, bookings, prices, hours, yes/no) come from the grammar builder itself.
/// </summary>
public static class TenantPhrases
{
    /// <summary>First names the grammar accepts after "my name is" (a grammar cannot take arbitrary names).</summary>
    public static readonly IReadOnlyList<string> CommonNames =
    [
        "asha", "ravi", "priya", "rahul", "anita", "amit", "neha", "john", "mary", "david", "sarah", "tom", "anna",
    ];

    private static readonly string[] Closings =
    [
        "thank you goodbye", "thanks bye", "that's all", "that is all", "nothing else", "no that's all thank you",
        "tell me about the menu", "what is on the menu", "do you have vegetarian food", "can i speak to a person",
    ];

    public static IReadOnlyList<string> For(TenantConfig tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var phrases = new List<string>();
        foreach (var item in tenant.Menu)
        {
            phrases.Add(item.Name);
            phrases.AddRange(item.Aliases);
        }
        phrases.AddRange(tenant.Services.Select(s => s.Name));
        phrases.AddRange(Closings);
        foreach (var name in CommonNames)
        {
            phrases.Add("my name is " + name);
            phrases.Add("it's " + name);
            phrases.Add(name);
        }
        return phrases;
    }
}
