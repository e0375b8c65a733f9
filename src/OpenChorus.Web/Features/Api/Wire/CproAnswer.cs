using System.Text.Json.Serialization;

namespace OpenChorus.Web.Features.Api.Wire;

/// <summary>The envelope every Chorus Pro answer carries: <c>codeRetour</c> (0 on success) and <c>libelle</c>.
/// Response types derive from it.</summary>
public class CproAnswer
{
    public const string SuccessLabel = "TRA_MSG_00.000";

    [JsonPropertyOrder(-2)]
    public int CodeRetour { get; set; }

    [JsonPropertyOrder(-1)]
    public string Libelle { get; set; } = SuccessLabel;
}
