namespace MediaCore.Inference.Text;

/// <summary>A scale word written after an amount: "₹5k", "₹2 lakh", "Rs 3.5 crore".</summary>
internal enum MoneyScale
{
    Thousand,
    Lakh,
    Crore,
}
