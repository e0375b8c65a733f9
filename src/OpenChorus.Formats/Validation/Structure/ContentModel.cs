using System.Collections.Frozen;
using System.Xml.Linq;

namespace OpenChorus.Formats.Validation.Structure;

/// <summary>What a schema type allows inside an element: a sequence or choice of child elements, or a value.</summary>
internal sealed class ContentModel
{
    /// <summary>The type's key in the table, e.g. cac:PartyType, ram:TradePartyType, or L3 for a value type.</summary>
    public required string Key { get; init; }

    public ContentKind Kind { get; set; }

    /// <summary>The child elements of a sequence (in schema order) or of a choice.</summary>
    public Particle[] Particles { get; set; } = [];

    /// <summary>The index of each child element name in <see cref="Particles"/>.</summary>
    public FrozenDictionary<XName, int> Positions { get; set; } = FrozenDictionary<XName, int>.Empty;

    /// <summary>The unqualified attributes a value type allows, each with whether it is required.</summary>
    public FrozenDictionary<string, bool> Attributes { get; set; } = FrozenDictionary<string, bool>.Empty;

    /// <summary>The attributes a value type requires.</summary>
    public string[] RequiredAttributes { get; set; } = [];
}

/// <summary>How a type's content is checked.</summary>
internal enum ContentKind
{
    /// <summary>Child elements in the order of the particles.</summary>
    Sequence,

    /// <summary>Exactly one of the particles.</summary>
    Choice,

    /// <summary>A value (simple content) with attributes, no child element.</summary>
    Value,

    /// <summary>Anything (the UBL extensions): not checked.</summary>
    Any,
}

/// <summary>One child element a type allows: its name, occurrences and type.</summary>
/// <param name="Name">The child element's name.</param>
/// <param name="Qualified">The name as the schemas write it, e.g. cbc:ID, for messages.</param>
/// <param name="Min">Minimum occurrences.</param>
/// <param name="Max">Maximum occurrences (int.MaxValue when unbounded).</param>
/// <param name="Type">The child's content model.</param>
internal sealed record Particle(XName Name, string Qualified, int Min, int Max, ContentModel Type);
