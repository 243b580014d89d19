namespace MediaCore.Media.Wav;

/// <summary>A WAV file that cannot be read: the message names the file and what is wrong with it.</summary>
public sealed class WavFormatException : Exception
{
    public WavFormatException(string fileName, string problem)
        : base($"{fileName}: {problem}")
    {
        FileName = fileName;
        Problem = problem;
    }

    public string FileName { get; }

    public string Problem { get; }
}
