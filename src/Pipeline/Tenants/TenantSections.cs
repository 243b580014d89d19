using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace MediaCore.Pipeline.Tenants;

/// <summary>Readers for the profile sections of a tenant file (greetings, hours, menu, services, contacts, LLM).</summary>
internal static partial class TenantSections
{
    private static readonly string[] DayKeys = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static IReadOnlyDictionary<string, Greeting> Greetings(YamlSection root, IReadOnlyList<string> languages, string? defaultLanguage)
    {
        var result = new Dictionary<string, Greeting>();
        var section = root.Section("greetings", required: true);
        if (section is null) return result;
        foreach (var (language, node) in section.Entries())
        {
            if (node is not YamlMappingNode map)
            {
                section.Error(section.KeyPath(language), "must have text and consent");
                continue;
            }
            if (languages.Count > 0 && !languages.Contains(language))
                section.Error(section.KeyPath(language), $"'{language}' is not one of languages");
            var g = section.Child(map, language);
            var text = g.String("text", required: true);
            var consent = g.String("consent", required: true);
            g.RejectUnknownKeys();
            if (text is not null) result[language] = new Greeting(text, consent ?? "");
            _ = section.Find(language);
        }
        if (defaultLanguage is not null && !result.ContainsKey(defaultLanguage) && !root.Errors.Any(e => e.Contains(": greetings.", StringComparison.Ordinal)))
            root.Error("greetings", $"needs an entry for the default language '{defaultLanguage}'");
        return result;
    }

    public static IReadOnlyDictionary<string, string> StringMap(YamlSection root, string key)
    {
        var result = new Dictionary<string, string>();
        var section = root.Section(key);
        if (section is null) return result;
        foreach (var (name, _) in section.Entries())
            if (section.String(name, required: true) is { } value) result[name] = value;
        return result;
    }

    public static WeeklyHours Hours(YamlSection root)
    {
        var days = new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>();
        var section = root.Section("hours", required: true);
        if (section is not null)
        {
            for (var d = 0; d < 7; d++)
            {
                var text = section.String(DayKeys[d], required: true);
                if (text is not null) days[(DayOfWeek)d] = ParseDay(text, section, section.KeyPath(DayKeys[d]));
            }
            section.RejectUnknownKeys();
        }
        var closures = new List<Closure>();
        foreach (var c in root.Sections("closures"))
        {
            var dateText = c.String("date", required: true);
            if (dateText is not null)
            {
                if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    closures.Add(new Closure(date, c.String("reason")));
                else c.Error(c.KeyPath("date"), "must be a date yyyy-MM-dd");
            }
            c.RejectUnknownKeys();
        }
        return new WeeklyHours(days, closures);
    }

    /// <summary>"closed" or "11:00-15:00, 18:00-22:30".</summary>
    private static IReadOnlyList<TimeRange> ParseDay(string text, YamlSection section, string path)
    {
        if (text.Equals("closed", StringComparison.OrdinalIgnoreCase)) return [];
        var ranges = new List<TimeRange>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !YamlSection.TryParseTime(ends[0], out var open) || !YamlSection.TryParseTime(ends[1], out var close))
            {
                section.Error(path, $"'{part}' must be 'closed' or HH:mm-HH:mm ranges separated by commas");
                return [];
            }
            if (close <= open)
            {
                section.Error(path, $"'{part}' closes before it opens");
                return [];
            }
            if (ranges.Count > 0 && open < ranges[^1].Close)
            {
                section.Error(path, $"'{part}' overlaps the previous range");
                return [];
            }
            ranges.Add(new TimeRange(open, close));
        }
        return ranges;
    }

    public static IReadOnlyList<MenuItem> Menu(YamlSection root)
    {
        var items = new List<MenuItem>();
        foreach (var m in root.Sections("menu"))
        {
            var name = m.String("name", required: true);
            var price = m.PositiveNumber("price", required: true);
            var item = new MenuItem(name ?? "", price ?? 0, m.String("category"), m.Strings("aliases"));
            m.RejectUnknownKeys();
            if (name is not null && items.Any(i => i.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                m.Error(m.KeyPath("name"), $"'{name}' is listed twice");
            if (name is not null && price is not null) items.Add(item);
        }
        return items;
    }

    public static IReadOnlyList<ServiceOffering> Services(YamlSection root)
    {
        var services = new List<ServiceOffering>();
        foreach (var s in root.Sections("services"))
        {
            var id = s.String("id", required: true);
            var name = s.String("name", required: true);
            var minutes = s.Int("duration_minutes", 5, 24 * 60, required: true);
            var price = s.PositiveNumber("price");
            var keywords = s.Strings("keywords");
            s.RejectUnknownKeys();
            if (id is not null && services.Any(x => x.Id == id)) s.Error(s.KeyPath("id"), $"'{id}' is listed twice");
            if (id is not null && name is not null && minutes is not null)
                services.Add(new ServiceOffering(id, name, TimeSpan.FromMinutes(minutes.Value), price, keywords));
        }
        return services;
    }

    public static HandoffTarget Handoff(YamlSection root)
    {
        var h = root.Section("handoff");
        if (h is null) return new HandoffTarget(null, true);
        var target = h.String("transfer_to");
        if (target is not null && !target.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) && !target.StartsWith("sips:", StringComparison.OrdinalIgnoreCase)
            && !(target.TrimStart('+').Length >= 3 && target.TrimStart('+').All(c => char.IsAsciiDigit(c) || c is ' ' or '-')))
            h.Error(h.KeyPath("transfer_to"), "must be a sip: URI or a phone number");
        var callback = h.Bool("callback") ?? true;
        h.RejectUnknownKeys();
        return new HandoffTarget(target, callback);
    }

    public static OwnerContact Owner(YamlSection root)
    {
        var o = root.Section("owner");
        if (o is null) return OwnerContact.None;
        var owner = new OwnerContact(o.String("name"), o.Strings("numbers"), o.String("notify"));
        o.RejectUnknownKeys();
        return owner;
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<ExtractionField>> Extraction(YamlSection root)
    {
        var result = new Dictionary<string, IReadOnlyList<ExtractionField>>();
        var section = root.Section("extraction");
        if (section is null) return result;
        foreach (var (schema, _) in section.Entries())
        {
            var fields = new List<ExtractionField>();
            foreach (var f in section.Sections(schema, required: true))
            {
                var name = f.String("name", required: true);
                var type = f.String("type", required: true);
                if (type is not null && !ExtractionField.Types.Contains(type))
                    f.Error(f.KeyPath("type"), $"must be one of {string.Join(", ", ExtractionField.Types)}");
                var required = f.Bool("required") ?? false;
                var description = f.String("description");
                f.RejectUnknownKeys();
                if (name is not null && type is not null) fields.Add(new ExtractionField(name, type, required, description));
            }
            result[schema] = fields;
        }
        return result;
    }

    public static LlmSettings Llm(YamlSection root)
    {
        var l = root.Section("llm");
        if (l is null) return LlmSettings.Default;
        var baseUrlEnv = l.String("base_url_env") ?? LlmSettings.Default.BaseUrlEnv;
        if (!baseUrlEnv.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            l.Error(l.KeyPath("base_url_env"), "must be an environment variable NAME (upper case, digits, '_'), not a URL");
        var settings = new LlmSettings(l.String("model") ?? LlmSettings.Default.Model, baseUrlEnv, l.String("api_key_env"),
            l.Double("temperature", 0, 2) ?? LlmSettings.Default.Temperature);
        l.RejectUnknownKeys();
        return settings;
    }
}
