namespace MediaCore.Pipeline.Records.Storage;

/// <summary>
/// One named SQL parameter (<c>@name</c> in the statement text, the same in SQLite and PostgreSQL).
/// Values are what both engines store the same way: 64-bit integers, doubles, UTF-8 text and blobs.
/// </summary>
internal readonly record struct SqlArg(string Name, object? Value, SqlType Type)
{
    public static SqlArg Int(string name, long? value) => new(name, value, SqlType.Integer);
    public static SqlArg Real(string name, double? value) => new(name, value, SqlType.Real);
    public static SqlArg Text(string name, string? value) => new(name, value, SqlType.Text);
    public static SqlArg Blob(string name, byte[]? value) => new(name, value, SqlType.Blob);
}
