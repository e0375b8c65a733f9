using Microsoft.Extensions.Options;

namespace OpenChorus.Web.Platform.Mail;

public static class MailExtensions
{
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                o => o.DevMailbox || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                "Mail:Smtp:Host est obligatoire (ou Mail:DevMailbox=true en développement) : sans relais SMTP aucun e-mail ne partirait.")
            .ValidateOnStart();
        builder.Services.AddScoped<Mailer>();
        builder.Services.AddHostedService<MailDispatcher>();
        return builder;
    }

    public static bool DevMailboxEnabled(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<MailOptions>>().Value.DevMailbox;
}
