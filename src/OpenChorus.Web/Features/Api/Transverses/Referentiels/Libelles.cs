namespace OpenChorus.Web.Features.Api.Transverses.Referentiels;

/// <summary>A code with its French and English libellés; <c>codeLangue</c> EN (any case) picks the English one,
/// anything else the French one.</summary>
public sealed record Libelles(string Code, string Francais, string Anglais)
{
    public string In(string? codeLangue) => IsEnglish(codeLangue) ? Anglais : Francais;

    public static bool IsEnglish(string? codeLangue) => string.Equals(codeLangue?.Trim(), "EN", StringComparison.OrdinalIgnoreCase);
}
