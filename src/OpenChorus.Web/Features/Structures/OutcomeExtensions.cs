using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenChorus.Web.Features.Structures;

public static class OutcomeExtensions
{
    /// <summary>Shows a use case's messages next to the matching fields (under <paramref name="prefix"/>).</summary>
    public static void AddOutcome(this ModelStateDictionary modelState, Outcome outcome, string prefix = "")
    {
        foreach (var error in outcome.Errors)
        {
            var key = error.Field.Length == 0 ? "" : prefix.Length == 0 ? error.Field : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, error.Message);
        }
    }
}
