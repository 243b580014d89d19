namespace MediaCore.Pipeline.Tenants;

/// <summary>
/// One business, as loaded and validated from its YAML file. Immutable: a call keeps the instance it started with
/// while the registry swaps in edited versions for new calls.
/// </summary>
public sealed record TenantConfig
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required TenantKind Kind { get; init; }
    public required string Address { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<string> Dids { get; init; } = [];
    /// <summary>Language codes: "en", "hi" (Devanagari) and "hi-Latn" (romanised Hindi / Hinglish).</summary>
    public required IReadOnlyList<string> Languages { get; init; }
    public required string DefaultLanguage { get; init; }
    public required IReadOnlyDictionary<string, Greeting> Greetings { get; init; }
    public string Persona { get; init; } = "";
    public IReadOnlyDictionary<string, string> Voices { get; init; } = new Dictionary<string, string>();
    public required WeeklyHours Hours { get; init; }
    public IReadOnlyList<MenuItem> Menu { get; init; } = [];
    public IReadOnlyList<ServiceOffering> Services { get; init; } = [];
    public ReservationRules? Reservations { get; init; }
    public AppointmentRules? Appointments { get; init; }
    public EligibilityRules? Eligibility { get; init; }
    public EmergencyPolicy Emergency { get; init; } = EmergencyPolicy.None;
    public HandoffTarget Handoff { get; init; } = new(null, true);
    public OwnerContact Owner { get; init; } = OwnerContact.None;
    public IReadOnlyDictionary<string, IReadOnlyList<ExtractionField>> Extraction { get; init; } =
        new Dictionary<string, IReadOnlyList<ExtractionField>>();
    public LlmSettings Llm { get; init; } = LlmSettings.Default;
    /// <summary>The file it came from (for error messages and reload), or null when built in code.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The tenant's wall clock at an instant, with the right UTC offset (DST-aware).</summary>
    public DateTimeOffset LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>The instant of a local date and time in the tenant's zone.</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    public ServiceOffering? FindService(string id) => Services.FirstOrDefault(s => s.Id == id);

    public Greeting GreetingFor(string language) =>
        Greetings.TryGetValue(language, out var g) ? g : Greetings[DefaultLanguage];
}
