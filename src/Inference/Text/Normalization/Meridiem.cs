namespace MediaCore.Inference.Text;

/// <summary>Whether a clock time was written with "am"/"pm"; <see cref="None"/> means as written (12 h or 24 h).</summary>
internal enum Meridiem
{
    None,
    Am,
    Pm,
}
