namespace MediaCore.Pipeline.Privacy;

/// <summary>Key material as text: hex (even length, hex digits only) is tried first, then base64.</summary>
internal static class KeyText
{
    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 2 == 0 && text.All(char.IsAsciiHexDigit))
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out var written)) return false;
        bytes = buffer[..written];
        return true;
    }
}
