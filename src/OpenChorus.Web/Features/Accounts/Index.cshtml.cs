using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>"Mon compte": what the account holds, and where to change it.</summary>
public sealed class IndexModel(UserManager<AppUser> users) : PageModel
{
    public AppUser Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Account = user;
        return Page();
    }
}
