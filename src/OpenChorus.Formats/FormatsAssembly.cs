namespace OpenChorus.Formats;

/// <summary>Marker for the formats library assembly.</summary>
public static class FormatsAssembly
{
    public static string Name => typeof(FormatsAssembly).Assembly.GetName().Name ?? "OpenChorus.Formats";
}
