using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Api.Factures.Write;
using OpenChorus.Web.Features.Api.Wire;
using Scalar.AspNetCore;

namespace OpenChorus.Web.Features.Api;

/// <summary>
/// The Chorus Pro API: OpenIddict issues client-credentials tokens at <c>/api/oauth/token</c> to the client
/// applications a platform administrator registers; every call also names a technical account (<c>cpro-account</c>).
/// Tokens are protected with ASP.NET Core Data Protection, whose keys are in the database, so every node reads the
/// tokens any node issued. Our own OpenAPI document is at <c>/openapi/v1.json</c> and a page to try it at
/// <c>/api/reference</c>.
/// </summary>
public static class ApiFeature
{
    public static IHostApplicationBuilder AddCproApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<AppDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                o.RegisterScopes("openid");
                o.SetAccessTokenLifetime(TimeSpan.FromHours(1));
                // Tokens are Data Protection payloads; OpenIddict still wants keys for the JWTs it would otherwise make.
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.UseDataProtection();
                // TLS ends at the reverse proxy in front of the nodes (docs/architecture.md).
                o.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseDataProtection();
                o.UseAspNetCore();
            });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddScoped<CproAccountCheck>();
        builder.Services.AddScoped<TechnicalAccounts>();
        builder.Services.AddScoped<ApiClients>();
        builder.Services.AddFacturesWrite();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OpenChorus — API Chorus Pro";
            document.Info.Description = "Les services Factures, Structures, Transverses et Utilisateurs de Chorus Pro : " +
                "POST en JSON, jeton OAuth2 (client_credentials) et en-tête cpro-account.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapPost(TokenEndpoint.Path, TokenEndpoint.HandleAsync).ExcludeFromDescription().DisableAntiforgery();
        app.MapCproApi();
        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("OpenChorus — API Chorus Pro"));
        return app;
    }
}
