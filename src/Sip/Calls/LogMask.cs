namespace MediaCore.Sip.Calls;

/// <summary>Keeps phone numbers out of logs: all but the first two and last two characters become '*'.</summary>
public static class LogMask
{
    public static string User(string? user)
    {
        if (string.IsNullOrEmpty(user)) return "-";
        if (user.Length <= 4) return new string('*', user.Length);
        return user[..2] + new string('*', user.Length - 4) + user[^2..];
    }
}
