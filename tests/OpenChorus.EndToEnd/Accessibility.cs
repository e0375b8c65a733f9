using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpenChorus.EndToEnd;

public static class Accessibility
{
    /// <summary>Runs axe-core on the page and fails on any serious or critical violation (RGAA / WCAG).</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", serious)}");
    }
}
