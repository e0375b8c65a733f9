namespace OpenChorus.Web.Platform;

public static class PortalExtensions
{
    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
        {
            // Features/<Capability>/<Page>.cshtml is served at /<capability>/<page>.
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Index");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToFolder("/Accounts/Public");
            o.Conventions.AllowAnonymousToFolder("/Dev");
        });
        builder.Services.AddAntiforgery();
        return builder;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        return app;
    }
}
