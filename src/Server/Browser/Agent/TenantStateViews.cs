using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCore.Pipeline.Tenants;

namespace MediaCore.Server.Browser.Agent;

/// <summary>
/// A tenant dialog's state (<see cref="MediaCore.Pipeline.Dialogs.DialogReply.State"/>, a flat JSON object) as the
/// page's <see cref="TenantStateView"/>: a title by tenant kind, a status (the dialog's stage, or "confirmed" once a
/// reservation or appointment id exists) and the filled-in fields in the dialog's order, with readable names.
/// </summary>
public static class TenantStateViews
{
    private static readonly string[] ConfirmationKeys = ["reservation_id", "appointment_id"];

    public static TenantStateView From(TenantKind? kind, JsonObject state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var fields = new List<KeyValuePair<string, string>>();
        string? stage = null;
        bool confirmed = false;
        foreach (var (key, value) in state)
        {
            if (Text(value) is not { Length: > 0 } text)
                continue;
            if (key == "stage")
                stage = text;
            else
                fields.Add(new(Label(key), text));
            confirmed |= ConfirmationKeys.Contains(key);
        }
        return new TenantStateView(Title(kind), confirmed ? "confirmed" : stage ?? "collecting", fields);
    }

    private static string Title(TenantKind? kind) => kind switch
    {
        TenantKind.Restaurant => "Reservation",
        TenantKind.Clinic or TenantKind.Trades => "Appointment",
        TenantKind.Lender => "Eligibility",
        _ => "Call",
    };

    // party_size → Party size
    private static string Label(string key)
    {
        var words = key.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonArray array => array.Count == 0 ? null : string.Join(", ", array.Select(Text).Where(t => t is not null)),
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>(),
        JsonValue scalar when scalar.GetValueKind() is JsonValueKind.True or JsonValueKind.False => scalar.GetValue<bool>() ? "yes" : "no",
        JsonValue scalar => Convert.ToString(scalar.ToJsonString(), CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };
}
