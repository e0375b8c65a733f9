namespace OpenChorus.Web.Features.Accounts.Ui;

/// <summary>A DSFR checkbox bound to a boolean property (see _Checkbox.cshtml).</summary>
public sealed record CheckboxField(string Name, string Label, bool Checked, string? Hint, bool Disabled = false);
