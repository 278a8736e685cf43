namespace Pipeline.SampleData.Defects;

/// <summary>The row-level mistakes federations make (domain.md §8), injected at a configurable rate.</summary>
public enum RowDefect
{
    /// <summary>A date that does not exist or cannot be read (31/02, "inconnue").</summary>
    BadDate,

    /// <summary>Hours written as a negative number.</summary>
    NegativeHours,

    /// <summary>A code outside its code list.</summary>
    UnknownCode,

    /// <summary>The same row sent twice.</summary>
    DuplicateRow,

    /// <summary>A line with one field too many.</summary>
    ExtraField,
}
