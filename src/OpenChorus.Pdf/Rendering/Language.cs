namespace OpenChorus.Pdf.Rendering;

/// <summary>The language of a rendered invoice: French by default, as the law requires in France.</summary>
public enum Language
{
    /// <summary>French (the default): labels, dates dd/MM/yyyy and amounts as 1 234,56 €.</summary>
    French,

    /// <summary>English: labels, dates dd/MM/yyyy and amounts as 1,234.56 €.</summary>
    English,
}
