namespace OpenChorus.Pdf.Rendering;

/// <summary>A line of a text block, bold or not.</summary>
internal readonly record struct TextLine(string Text, bool Bold = false)
{
    /// <summary>"Label : value" in French, "Label: value" in English; null when there is no value.</summary>
    public static TextLine? Field(string label, string? value, Language language) =>
        string.IsNullOrWhiteSpace(value) ? null : new TextLine(label + (language == Language.French ? " : " : ": ") + value.Trim());
}
