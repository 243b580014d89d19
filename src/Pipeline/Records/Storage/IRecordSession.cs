namespace MediaCore.Pipeline.Records.Storage;

/// <summary>Statements run inside one transaction of an <see cref="IRecordDatabase"/>.</summary>
internal interface IRecordSession
{
    /// <summary>Runs a statement and returns the number of rows it changed.</summary>
    Task<int> ExecuteAsync(string sql, params SqlArg[] args);

    /// <summary>Runs a query and maps each row.</summary>
    Task<List<T>> QueryAsync<T>(string sql, Func<IRecordRow, T> map, params SqlArg[] args);
}
