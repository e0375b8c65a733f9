using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Platform;

public static class PlatformExtensions
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static IHostApplicationBuilder AddPlatform(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();

        // Every node reads the same keys from the shared database, so a cookie issued by one is valid on all.
        builder.Services.AddDataProtection().SetApplicationName("OpenChorus").PersistKeysToDbContext<AppDbContext>();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.UseUtcTimestamp = true;
        });
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/erreur");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/erreur", "?code={0}");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(French),
            SupportedCultures = [French],
            SupportedUICultures = [French],
        });
        app.UseStaticFiles();
        app.UseRouting();
        return app;
    }
}
