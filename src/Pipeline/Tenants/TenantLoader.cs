using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MediaCore.Pipeline.Tenants;

/// <summary>
/// Reads and validates tenant YAML files. Every problem is reported, each naming the file and key path
/// ("samples/tenants/himalayan-kitchen.yaml: menu[3].price: must be a positive number").
/// </summary>
public static class TenantLoader
{
    public static readonly IReadOnlyList<string> KnownLanguages = ["en", "hi", "hi-Latn"];

    public static TenantConfig LoadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses one tenant document; <paramref name="source"/> names it in errors.</summary>
    public static TenantConfig Parse(string yaml, string source)
    {
        var errors = new List<string>();
        YamlMappingNode? root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
            if (root is null) errors.Add($"{source}: (root): must be a mapping of keys to values");
        }
        catch (YamlException e)
        {
            errors.Add($"{source}: line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}");
        }
        if (root is null) throw new TenantConfigException(errors);

        var config = Read(new YamlSection(root, "", errors, source));
        if (errors.Count > 0 || config is null) throw new TenantConfigException(errors);
        return config with { SourcePath = source };
    }

    /// <summary>Loads every *.yaml / *.yml in a folder; also checks that ids and DIDs are unique across files.</summary>
    public static (IReadOnlyList<TenantConfig> Tenants, IReadOnlyList<string> Errors) LoadDirectory(string directory)
    {
        var tenants = new List<TenantConfig>();
        var errors = new List<string>();
        foreach (var file in TenantFiles(directory))
        {
            try
            {
                tenants.Add(LoadFile(file));
            }
            catch (TenantConfigException e)
            {
                errors.AddRange(e.Errors);
            }
            catch (IOException e)
            {
                errors.Add($"{file}: {e.Message}");
            }
        }
        errors.AddRange(CrossFileErrors(tenants));
        return (tenants, errors);
    }

    public static IEnumerable<string> TenantFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")).Order(StringComparer.Ordinal);

    public static IEnumerable<string> CrossFileErrors(IReadOnlyList<TenantConfig> tenants)
    {
        foreach (var group in tenants.GroupBy(t => t.Id).Where(g => g.Count() > 1))
            yield return $"{group.Last().SourcePath}: id: '{group.Key}' is also used by {group.First().SourcePath}";
        var seen = new Dictionary<string, TenantConfig>();
        foreach (var tenant in tenants)
            for (var i = 0; i < tenant.Dids.Count; i++)
            {
                var key = PhoneNumbers.Digits(tenant.Dids[i]);
                if (seen.TryGetValue(key, out var other) && other.Id != tenant.Id)
                    yield return $"{tenant.SourcePath}: dids[{i}]: '{tenant.Dids[i]}' already routes to tenant '{other.Id}'";
                else seen[key] = tenant;
            }
    }

    private static TenantConfig? Read(YamlSection root)
    {
        var id = root.String("id", required: true);
        if (id is not null && !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            root.Error("id", "must use lower-case letters, digits and '-' only");
        var name = root.String("name", required: true);
        var kind = ReadKind(root);
        var address = root.String("address", required: true);
        var zone = ReadTimeZone(root);
        var languages = ReadLanguages(root, out var defaultLanguage);
        var greetings = TenantSections.Greetings(root, languages, defaultLanguage);
        var voices = TenantSections.StringMap(root, "voices");
        var hours = TenantSections.Hours(root);
        var menu = TenantSections.Menu(root);
        var services = TenantSections.Services(root);
        var reservations = TenantSections.Reservations(root);
        var appointments = TenantSections.Appointments(root, services);
        var eligibility = TenantSections.Eligibility(root);
        TenantSections.RequireKindSections(root, kind, menu, reservations, appointments, eligibility);

        var config = new TenantConfig
        {
            Id = id ?? "",
            Name = name ?? "",
            Kind = kind ?? TenantKind.Restaurant,
            Address = address ?? "",
            Phone = root.String("phone"),
            TimeZone = zone ?? TimeZoneInfo.Utc,
            Dids = root.Strings("dids"),
            Languages = languages,
            DefaultLanguage = defaultLanguage ?? "en",
            Greetings = greetings,
            Persona = root.String("persona") ?? "",
            Voices = voices,
            Hours = hours,
            Menu = menu,
            Services = services,
            Reservations = reservations,
            Appointments = appointments,
            Eligibility = eligibility,
            Emergency = TenantSections.Emergency(root),
            Handoff = TenantSections.Handoff(root),
            Owner = TenantSections.Owner(root),
            Extraction = TenantSections.Extraction(root),
            Llm = TenantSections.Llm(root),
        };
        root.RejectUnknownKeys();
        return root.Errors.Count == 0 ? config : null;
    }

    private static TenantKind? ReadKind(YamlSection root)
    {
        var text = root.String("kind", required: true);
        if (text is null) return null;
        if (Enum.TryParse<TenantKind>(text, ignoreCase: true, out var kind) && !char.IsDigit(text[0])) return kind;
        root.Error("kind", $"must be one of restaurant, trades, lender, clinic (got '{text}')");
        return null;
    }

    private static TimeZoneInfo? ReadTimeZone(YamlSection root)
    {
        var text = root.String("timezone", required: true);
        if (text is null) return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(text);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            root.Error("timezone", $"unknown time zone '{text}' (use an IANA name such as Asia/Kolkata)");
            return null;
        }
    }

    private static IReadOnlyList<string> ReadLanguages(YamlSection root, out string? defaultLanguage)
    {
        var languages = root.Strings("languages", required: true);
        for (var i = 0; i < languages.Count; i++)
            if (!KnownLanguages.Contains(languages[i]))
                root.Error($"languages[{i}]", $"unknown language '{languages[i]}' (known: {string.Join(", ", KnownLanguages)})");
        defaultLanguage = root.String("default_language", required: true);
        if (defaultLanguage is not null && languages.Count > 0 && !languages.Contains(defaultLanguage))
            root.Error("default_language", $"'{defaultLanguage}' is not one of languages");
        return languages;
    }
}
