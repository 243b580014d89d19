using System.Text.Json;
using MediaCore.Pipeline.Privacy;

namespace MediaCore.Pipeline.Records;

/// <summary>
/// Something the call produced (a reservation, an appointment, a callback request, an eligibility answer), stored as
/// a JSON document with a kind in its own table so it can be listed and purged apart from the transcript.
/// A number for a confirmation message travels sealed in <see cref="ContactNumber"/>, never inside the JSON.
/// </summary>
public sealed record CallEntity(string EntityId, string Kind, string Json, DateTimeOffset CreatedAt, EncryptedNumber? ContactNumber = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static CallEntity Create<T>(string kind, T document, DateTimeOffset createdAt, EncryptedNumber? contactNumber = null) =>
        new(Guid.NewGuid().ToString("N"), kind, JsonSerializer.Serialize(document, Options), createdAt, contactNumber);

    public T? Read<T>() => JsonSerializer.Deserialize<T>(Json, Options);

    /// <summary>Throws when the kind is empty or the JSON does not parse: bad documents never reach the database.</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(EntityId) || string.IsNullOrWhiteSpace(Kind))
            throw new ArgumentException("an entity needs an id and a kind");
        using var _ = JsonDocument.Parse(Json);
    }
}
