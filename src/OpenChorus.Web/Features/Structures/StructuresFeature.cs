using OpenChorus.Web.Features.Structures.Access;
using OpenChorus.Web.Features.Structures.Directory;
using OpenChorus.Web.Features.Structures.History;
using OpenChorus.Web.Features.Structures.Members;
using OpenChorus.Web.Features.Structures.Spaces;

namespace OpenChorus.Web.Features.Structures;

public static class StructuresFeature
{
    public static IHostApplicationBuilder AddStructures(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<AccessService>();
        services.AddScoped<ManagerLog>();
        services.AddScoped<CreateStructure>();
        services.AddScoped<UpdateStructureParameters>();
        services.AddScoped<SaveService>();
        services.AddScoped<ImportDirectory>();
        services.AddScoped<RequestAttachment>();
        services.AddScoped<DecideAttachment>();
        services.AddScoped<AttachUser>();
        services.AddScoped<DetachUser>();
        services.AddScoped<ChangeRole>();
        services.AddScoped<TransferPrincipal>();
        services.AddScoped<ResendActivationLink>();
        services.AddScoped<OpenSpaces>();
        services.AddScoped<CloseSpace>();
        services.AddScoped<Subscribe>();
        services.AddScoped<Unsubscribe>();
        services.AddScoped<SetSubscription>();
        services.AddScoped<DecideSubscription>();
        services.AddScoped<DuplicateRights>();
        return builder;
    }
}
