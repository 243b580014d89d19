using MediaCore.Pipeline.Tenants;

namespace MediaCore.Tenants.Tests.Tenants;

public class TenantLoaderTests
{
    private static string SampleText => File.ReadAllText(TestPaths.Sample("himalayan-kitchen"));

    private static IReadOnlyList<string> Errors(string yaml, string source = "samples/tenants/himalayan-kitchen.yaml") =>
        Assert.Throws<TenantConfigException>(() => TenantLoader.Parse(yaml, source)).Errors;

    [Fact]
    public void All_samples_load_with_their_rules()
    {
        var (tenants, errors) = TenantLoader.LoadDirectory(TestPaths.SamplesDir);
        Assert.Empty(errors);
        Assert.Equal(["bristol-plumbing", "city-clinic", "himalayan-kitchen", "quickrupee"], tenants.Select(t => t.Id).Order());
        var hk = tenants.Single(t => t.Id == "himalayan-kitchen");
        Assert.Equal((TenantKind.Restaurant, "Asia/Kolkata", 15), (hk.Kind, hk.TimeZone.Id, hk.Menu.Count));
        Assert.Equal(240m, hk.Menu.Single(m => m.Name == "Chicken Fried Momos").Price);
        Assert.Empty(hk.Hours.On(DayOfWeek.Monday));
        Assert.Equal(new TimeRange(new TimeOnly(11, 0), new TimeOnly(22, 30)), Assert.Single(hk.Hours.On(DayOfWeek.Sunday)));
        var r = hk.Reservations!;
        Assert.Equal((40, 30, 30, 1, 10, 90, 15), (r.Seats, (int)r.MinAdvance.TotalMinutes, r.MaxDaysAhead, r.MinPartySize, r.MaxPartySize, (int)r.Dining.TotalMinutes, (int)r.Buffer.TotalMinutes));
        Assert.Equal(new PeakRule(new TimeOnly(19, 0), new TimeOnly(21, 0), 6), r.Peak);
        Assert.True(r.DineInOnly);
        Assert.Equal("MEDIACORE_LLM_BASE_URL", hk.Llm.BaseUrlEnv);
        Assert.Equal(4, tenants.Single(t => t.Id == "bristol-plumbing").FindService("tankless-install")!.Duration.TotalHours);
    }

    [Fact]
    public void Negative_price_names_file_and_key_path()
    {
        var yaml = SampleText.Replace("{name: Veg Fried Momos, price: 200", "{name: Veg Fried Momos, price: -5", StringComparison.Ordinal);
        Assert.Equal(["samples/tenants/himalayan-kitchen.yaml: menu[2].price: must be a positive number"], Errors(yaml));
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var yaml = SampleText
            .Replace("timezone: Asia/Kolkata", "timezone: Mars/Olympus", StringComparison.Ordinal)
            .Replace("tuesday: \"11:00-22:30\"", "tuesday: \"22:30-11:00\"", StringComparison.Ordinal)
            .Replace("max_party: 6", "max_party: six", StringComparison.Ordinal)
            .Replace("kind: restaurant", "kind: bakery", StringComparison.Ordinal)
            .Replace("persona:", "personna:", StringComparison.Ordinal);
        var errors = Errors(yaml, "hk.yaml");
        Assert.Contains("hk.yaml: timezone: unknown time zone 'Mars/Olympus' (use an IANA name such as Asia/Kolkata)", errors);
        Assert.Contains("hk.yaml: hours.tuesday: '22:30-11:00' closes before it opens", errors);
        Assert.Contains("hk.yaml: reservations.peak.max_party: must be a whole number from 1 to 1000", errors);
        Assert.Contains("hk.yaml: kind: must be one of restaurant, trades, lender, clinic (got 'bakery')", errors);
        Assert.Contains("hk.yaml: personna: unknown key", errors);
    }

    [Fact]
    public void Missing_required_fields_and_bad_languages_are_named()
    {
        var errors = Errors("id: x\nkind: lender\nlanguages: [en, fr]\ndefault_language: hi\n", "t.yaml");
        Assert.Contains("t.yaml: name: is required", errors);
        Assert.Contains("t.yaml: languages[1]: unknown language 'fr' (known: en, hi, hi-Latn)", errors);
        Assert.Contains("t.yaml: default_language: 'hi' is not one of languages", errors);
        Assert.Contains("t.yaml: hours: is required", errors);
        Assert.Contains("t.yaml: eligibility: is required for a lender", errors);
    }

    [Fact]
    public void Broken_yaml_names_the_line()
    {
        var error = Assert.Single(Errors("id: [unclosed\n", "bad.yaml"));
        Assert.StartsWith("bad.yaml: line ", error);
    }

    [Fact]
    public void Llm_base_url_must_be_an_env_var_name_not_a_url()
    {
        var yaml = SampleText.Replace("base_url_env: MEDIACORE_LLM_BASE_URL", "base_url_env: http://localhost:8080", StringComparison.Ordinal);
        Assert.Contains("hk.yaml: llm.base_url_env: must be an environment variable NAME (upper case, digits, '_'), not a URL", Errors(yaml, "hk.yaml"));
    }
}
