using System.Globalization;

namespace MediaCore.Pipeline.Business;

/// <summary>Display form of an amount in rupees ("₹240", "₹25,000"); the speech normaliser turns it into words.</summary>
public static class Rupees
{
    private static readonly NumberFormatInfo Indian = new() { NumberGroupSizes = [3, 2], NumberGroupSeparator = ",", NumberDecimalSeparator = "." };

    public static string Format(decimal amount) =>
        "₹" + (amount == decimal.Truncate(amount) ? amount.ToString("#,##0", Indian) : amount.ToString("#,##0.00", Indian));
}
