using System.Xml;

namespace OpenChorus.Formats.Validation.Schemas;

/// <summary>Resolves the schemas' includes and imports inside one folder only: no network, nothing outside it.</summary>
internal sealed class FolderXmlResolver(string folder) : XmlResolver
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(_root, StringComparison.Ordinal))
        {
            throw new XmlException("The schema folder may only refer to files inside it: " + absoluteUri);
        }

        return File.OpenRead(absoluteUri.LocalPath);
    }
}
