namespace MediaCore.Pipeline.Records.Storage;

/// <summary>The current row of a query, read by column position.</summary>
internal interface IRecordRow
{
    bool IsNull(int column);
    long GetInt64(int column);
    double GetDouble(int column);
    string GetString(int column);
    byte[] GetBytes(int column);
}
