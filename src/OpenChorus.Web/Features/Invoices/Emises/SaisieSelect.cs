namespace OpenChorus.Web.Features.Invoices.Emises;

/// <summary>A DSFR select of the Saisie form (see SaisieSelect.cshtml), bound to <c>Input.{Field}</c>.</summary>
public sealed record SaisieSelect(string Field, string Label, string? Value, IReadOnlyList<(string Value, string Label)> Options, string? Error, string? Id = null);
