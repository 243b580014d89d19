namespace MediaCore.Pipeline.Tenants;

/// <summary>Readers for the booking, eligibility and emergency rules, and the per-kind required sections.</summary>
internal static partial class TenantSections
{
    public static ReservationRules? Reservations(YamlSection root)
    {
        var r = root.Section("reservations");
        if (r is null) return null;
        var party = r.Section("party_size", required: true);
        var min = party?.Int("min", 1, 1000, required: true, fallback: 1) ?? 1;
        var max = party?.Int("max", 1, 1000, required: true, fallback: 1) ?? 1;
        party?.RejectUnknownKeys();
        if (max < min) r.Error(r.KeyPath("party_size.max"), "must be at least party_size.min");
        var seats = r.Int("seats", 1, 10_000, required: true) ?? 1;
        if (max > seats) r.Error(r.KeyPath("party_size.max"), $"must not exceed seats ({seats})");
        PeakRule? peak = null;
        if (r.Section("peak") is { } p)
        {
            var start = p.Time("start", required: true);
            var end = p.Time("end", required: true);
            var maxParty = p.Int("max_party", 1, 1000, required: true);
            if (start is not null && end is not null && end <= start) p.Error(p.KeyPath("end"), "must be after start");
            if (start is not null && end is not null && maxParty is not null) peak = new PeakRule(start.Value, end.Value, maxParty.Value);
            p.RejectUnknownKeys();
        }
        var rules = new ReservationRules
        {
            Seats = seats,
            MinAdvance = TimeSpan.FromMinutes(r.Int("min_advance_minutes", 0, 7 * 24 * 60, fallback: 30) ?? 30),
            MaxDaysAhead = r.Int("max_days_ahead", 0, 366, fallback: 30) ?? 30,
            MinPartySize = min,
            MaxPartySize = max,
            Dining = TimeSpan.FromMinutes(r.Int("dining_minutes", 15, 600, required: true) ?? 90),
            Buffer = TimeSpan.FromMinutes(r.Int("buffer_minutes", 0, 240, fallback: 0) ?? 0),
            SlotStep = TimeSpan.FromMinutes(r.Int("slot_minutes", 5, 120, fallback: 15) ?? 15),
            LastSeating = r.Time("last_seating"),
            Peak = peak,
            DineInOnly = r.Bool("dine_in_only") ?? false,
        };
        r.RejectUnknownKeys();
        return rules;
    }

    public static AppointmentRules? Appointments(YamlSection root, IReadOnlyList<ServiceOffering> services)
    {
        var a = root.Section("appointments");
        if (a is null) return null;
        var defaultService = a.String("default_service", required: true);
        if (defaultService is not null && services.Count > 0 && services.All(s => s.Id != defaultService))
            a.Error(a.KeyPath("default_service"), $"'{defaultService}' is not the id of any entry in services");
        var rules = new AppointmentRules
        {
            SlotStep = TimeSpan.FromMinutes(a.Int("slot_minutes", 5, 240, fallback: 30) ?? 30),
            MinAdvance = TimeSpan.FromMinutes(a.Int("min_advance_minutes", 0, 7 * 24 * 60, fallback: 60) ?? 60),
            MaxDaysAhead = a.Int("max_days_ahead", 0, 366, fallback: 14) ?? 14,
            Capacity = a.Int("capacity", 1, 1000, fallback: 1) ?? 1,
            DefaultServiceId = defaultService ?? "",
        };
        a.RejectUnknownKeys();
        return rules;
    }

    public static EligibilityRules? Eligibility(YamlSection root)
    {
        var e = root.Section("eligibility");
        if (e is null) return null;
        var salary = e.PositiveNumber("min_monthly_salary", required: true) ?? 0;
        var cities = e.Strings("cities", required: true);
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (e.Section("city_aliases") is { } a)
            foreach (var (city, _) in a.Entries())
            {
                if (!cities.Contains(city)) a.Error(a.KeyPath(city), $"'{city}' is not one of eligibility.cities");
                foreach (var alias in a.Strings(city)) aliases[alias] = city;
            }
        e.RejectUnknownKeys();
        return new EligibilityRules(salary, cities, aliases);
    }

    public static EmergencyPolicy Emergency(YamlSection root)
    {
        var e = root.Section("emergency");
        if (e is null) return EmergencyPolicy.None;
        var keywords = e.Strings("keywords", required: true);
        var actionText = e.String("action") ?? "notify_owner";
        var action = actionText switch
        {
            "notify_owner" => EmergencyAction.NotifyOwner,
            "advise_emergency_services" => EmergencyAction.AdviseEmergencyServices,
            _ => (EmergencyAction?)null,
        };
        if (action is null) e.Error(e.KeyPath("action"), "must be notify_owner or advise_emergency_services");
        var number = e.String("number");
        if (action == EmergencyAction.AdviseEmergencyServices && number is null)
            e.Error(e.KeyPath("number"), "is required when action is advise_emergency_services");
        e.RejectUnknownKeys();
        return new EmergencyPolicy(keywords, action ?? EmergencyAction.NotifyOwner, number);
    }

    public static void RequireKindSections(YamlSection root, TenantKind? kind, IReadOnlyList<MenuItem> menu,
        ReservationRules? reservations, AppointmentRules? appointments, EligibilityRules? eligibility)
    {
        switch (kind)
        {
            case TenantKind.Restaurant:
                if (!root.Has("menu")) root.Error("menu", "is required for a restaurant");
                if (reservations is null && !root.Has("reservations")) root.Error("reservations", "is required for a restaurant");
                break;
            case TenantKind.Trades or TenantKind.Clinic:
                if (!root.Has("services")) root.Error("services", $"is required for a {kind.ToString()!.ToLowerInvariant()}");
                if (appointments is null && !root.Has("appointments")) root.Error("appointments", $"is required for a {kind.ToString()!.ToLowerInvariant()}");
                break;
            case TenantKind.Lender:
                if (eligibility is null && !root.Has("eligibility")) root.Error("eligibility", "is required for a lender");
                break;
        }
        _ = menu;
    }
}
