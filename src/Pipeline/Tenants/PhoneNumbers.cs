namespace MediaCore.Pipeline.Tenants;

/// <summary>Compares phone numbers by their last ten digits so "+91 98100 12345" equals "09810012345".</summary>
public static class PhoneNumbers
{
    public static string Digits(string number) => new(number.Where(char.IsAsciiDigit).ToArray());

    public static bool SameNumber(string a, string b)
    {
        var x = Digits(a);
        var y = Digits(b);
        if (x.Length == 0 || y.Length == 0) return false;
        var n = Math.Min(10, Math.Min(x.Length, y.Length));
        return x[^n..] == y[^n..];
    }
}
