using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Features.Accounts;

/// <summary>Identity's sign-in, with two rules of ours: a deactivated account cannot sign in, and when
/// Accounts:RequireTwoFactor is on every user gives a second factor (an authenticator code or an e-mailed code).</summary>
public sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> identityOptions,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    IOptions<AccountsOptions> accountsOptions)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, identityOptions, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) =>
        user.DeactivatedAtUtc is null && await base.CanSignInAsync(user);

    public override async Task<bool> IsTwoFactorEnabledAsync(AppUser user) =>
        accountsOptions.Value.RequireTwoFactor
            ? (await UserManager.GetValidTwoFactorProvidersAsync(user)).Count > 0
            : await base.IsTwoFactorEnabledAsync(user);
}
