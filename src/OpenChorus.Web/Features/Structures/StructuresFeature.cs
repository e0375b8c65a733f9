using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Web.Features.Structures;

public static class StructuresFeature
{
    public static IHostApplicationBuilder AddStructures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccessService>();
        return builder;
    }
}
