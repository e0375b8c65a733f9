using Microsoft.AspNetCore.Identity;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Accounts;

public static class AccountsFeature
{
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccountsOptions>()
            .BindConfiguration(AccountsOptions.Section)
            .Validate(
                o => o.PublicBaseUrl is null || o.PublicBaseUrl.IsAbsoluteUri,
                "Accounts:PublicBaseUrl doit être une adresse absolue, par exemple https://openchorus.example.org.")
            .ValidateOnStart();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, AnonymousPostsRateLimit>(AnonymousPostsRateLimit.Policy);
        });
        builder.Services
            .AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // The user name is the login e-mail, already checked as an address: any character it holds is fine.
                o.User.AllowedUserNameCharacters = "";
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/accounts/public/login";
            o.LogoutPath = "/accounts/logout";
            o.AccessDeniedPath = "/erreur?code=403";
            o.Cookie.Name = "openchorus";
        });
        // Identity's own limit on its links (in real time); activation and reset also check their sending time on our clock.
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = AccountsOptions.LinkValidity);
        // Sessions re-read the account every minute: a deactivation or a password reset ends the other sessions then.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PortalLinks>();
        builder.Services.AddScoped<ActivationLinks>();
        builder.Services.AddScoped<PasswordResetLinks>();
        builder.Services.AddScoped<EmailSignInCodes>();
        return builder;
    }
}
