using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenChorus.Web.Features.Accounts.Ui;

/// <summary>
/// <c>&lt;dsfr-input asp-for="Email" label="…" /&gt;</c>: a DSFR input group (label, hint, field, error messages tied to
/// the field by <c>aria-describedby</c>) for one bound property.
/// </summary>
[HtmlTargetElement("dsfr-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    public required string Label { get; set; }

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).ToList()
            : [];
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "fr-input-group fr-input-group--error" : "fr-input-group");

        var label = new TagBuilder("label");
        label.AddCssClass("fr-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        if (Hint is not null)
        {
            label.InnerHtml.AppendHtml(new HtmlString(" <span class=\"fr-hint-text\">")).Append(Hint).AppendHtml("</span>");
        }

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass(errors.Count > 0 ? "fr-input fr-input--error" : "fr-input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = Type;
        input.Attributes["aria-describedby"] = id + "-messages";
        if (Type != "password")
        {
            input.Attributes["value"] = entry?.AttemptedValue ?? For.Model?.ToString() ?? "";
        }

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        var messages = new TagBuilder("div");
        messages.AddCssClass("fr-messages-group");
        messages.Attributes["id"] = id + "-messages";
        messages.Attributes["aria-live"] = "polite";
        foreach (var error in errors)
        {
            var p = new TagBuilder("p");
            p.AddCssClass("fr-message fr-message--error");
            p.InnerHtml.Append(error);
            messages.InnerHtml.AppendHtml(p);
        }

        output.Content.AppendHtml(label).AppendHtml(input).AppendHtml(messages);
    }
}
