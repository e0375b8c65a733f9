#!/usr/bin/env python3
"""Generates SchemaTable.g.cs: the content models of the UBL 2.1 (Invoice, CreditNote) and CII D16B XSDs, compacted.

Each complex type with element content becomes one line: its key, S (sequence) or C (choice), then its particles
"prefix:Name min max type" (max * for unbounded; type omitted for UBL when it is the element's own type, e.g.
cac:Party -> cac:PartyType). A type with simple content becomes a leaf entry Ln listing its attributes (! marks a
required one); leaves with the same attributes share an entry. ext:UBLExtensions is "any": its content is not checked.

Usage: python3 generate.py XSD_DIR   (a folder holding ubl21/ (maindoc/, common/) and cii-d16b/ as in the UBL 2.1
OASIS runtime schemas and the CEN eInvoicing-EN16931 D16B schemas; the XSDs are not part of the repository)
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
X = "{http://www.w3.org/2001/XMLSchema}"
PREFIXES = {
    "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2": "ubl",
    "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2": "cn",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2": "cac",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2": "cbc",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2": "ext",
    "urn:oasis:names:specification:ubl:schema:xsd:UnqualifiedDataTypes-2": "udt2",
    "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2": "cct",
    "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100": "rsm",
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100": "ram",
    "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100": "udt",
    "urn:un:unece:uncefact:data:standard:QualifiedDataType:100": "qdt",
}
UBL_FILES = ["maindoc/UBL-Invoice-2.1.xsd", "maindoc/UBL-CreditNote-2.1.xsd", "common/UBL-CommonAggregateComponents-2.1.xsd",
             "common/UBL-CommonBasicComponents-2.1.xsd", "common/UBL-UnqualifiedDataTypes-2.1.xsd",
             "common/CCTS_CCT_SchemaModule-2.1.xsd"]
CII_FILES = ["CrossIndustryInvoice_100pD16B.xsd", "CrossIndustryInvoice_ReusableAggregateBusinessInformationEntity_100pD16B.xsd",
             "CrossIndustryInvoice_UnqualifiedDataType_100pD16B.xsd", "CrossIndustryInvoice_QualifiedDataType_100pD16B.xsd"]


class Schemas:
    def __init__(self, paths):
        self.types, self.elements = {}, {}
        for path in paths:
            root = ET.parse(path).getroot()
            ns = root.get("targetNamespace")
            scope = {p: u for p, u in namespaces(path)}
            for node in root:
                if node.tag in (X + "complexType", X + "simpleType"):
                    self.types[(ns, node.get("name"))] = (node, scope, ns)
                elif node.tag == X + "element":
                    self.elements[(ns, node.get("name"))] = (node, scope, ns)

    def qname(self, text, scope):
        prefix, _, local = text.rpartition(":")
        return scope.get(prefix, ""), local


def namespaces(path):
    return [value for _, value in ET.iterparse(path, events=["start-ns"])]


def key(ns, local):
    return f"{PREFIXES[ns]}:{local}"


class Generator:
    def __init__(self, schemas):
        self.s = schemas
        self.complex, self.leaves, self.order = {}, {}, []

    def type_ref(self, node, scope, ns):
        """The table key of an element's type: a complex type key, a leaf Ln, or * for any."""
        inline = node.find(X + "complexType")
        if inline is not None:
            return self.model(inline, scope, ns, None)
        type_ns, type_name = self.s.qname(node.get("type"), scope)
        if type_ns == X[1:-1]:
            return self.leaf(())
        type_node, type_scope, owner = self.s.types[(type_ns, type_name)]
        return self.model(type_node, type_scope, owner, key(type_ns, type_name))

    def model(self, node, scope, ns, name):
        if name in self.complex:
            return name
        group = node.find(X + "sequence")
        kind = "S"
        if group is None:
            group, kind = node.find(X + "choice"), "C"
        if group is None:
            return self.leaf(self.attributes(node, scope))
        self.complex[name] = None
        particles = []
        for element in group.findall(X + "element"):
            if element.get("ref"):
                ref_ns, ref_name = self.s.qname(element.get("ref"), scope)
                target, target_scope, owner = self.s.elements.get((ref_ns, ref_name), (None, None, ref_ns))
            else:
                ref_ns, ref_name, target, target_scope, owner = ns, element.get("name"), element, scope, ns
            child_type = "*" if target is None else self.type_ref(target, target_scope, owner)
            particles.append((key(ref_ns, ref_name), element.get("minOccurs", "1"),
                              "*" if element.get("maxOccurs") == "unbounded" else element.get("maxOccurs", "1"), child_type))
        self.complex[name] = (kind, particles)
        self.order.append(name)
        return name

    def attributes(self, node, scope):
        """The attributes of a simple-content type, following its extension or restriction chain."""
        content = node.find(X + "simpleContent")
        if content is None:
            return ()
        derivation = content[0] if content[0].tag != X + "annotation" else content[1]
        base_ns, base_name = self.s.qname(derivation.get("base"), scope)
        inherited = {}
        if (base_ns, base_name) in self.s.types:
            base, base_scope, _ = self.s.types[(base_ns, base_name)]
            inherited = dict(self.attributes(base, base_scope))
        for attribute in derivation.findall(X + "attribute"):
            use = attribute.get("use", "optional")
            if use == "prohibited":
                inherited.pop(attribute.get("name"), None)
            else:
                inherited[attribute.get("name")] = use == "required"
        return tuple(sorted(inherited.items()))

    def leaf(self, attributes):
        if attributes not in self.leaves:
            self.leaves[attributes] = f"L{len(self.leaves)}"
        return self.leaves[attributes]


def particle_text(particle, ubl):
    name, low, high, child_type = particle
    default = ubl and child_type == name + "Type"
    return f"{name} {low} {high}" + ("" if default else f" {child_type}")


def emit(variable, generator, roots, ubl):
    lines = [f"    private static readonly string[] {variable} ="]
    lines.append("    [")
    for root, type_key in roots:
        lines.append(f'        "root {root} {type_key}",')
    for attributes, leaf in sorted(generator.leaves.items(), key=lambda item: int(item[1][1:])):
        text = " ".join(f"{n}{'!' if required else ''}" for n, required in attributes)
        lines.append(f'        "{leaf} L{(" " + text) if text else ""}",')
    for name in generator.order:
        kind, particles = generator.complex[name]
        lines.append(f'        "{name} {kind} ' + "; ".join(particle_text(p, ubl) for p in particles) + '",')
    lines.append("    ];")
    return lines


def main(folder):
    ubl = Schemas([os.path.join(folder, "ubl21", f) for f in UBL_FILES])
    ubl_generator = Generator(ubl)
    ubl_roots = []
    for ns, name in (("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice"),
                     ("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNote")):
        node, scope, owner = ubl.elements[(ns, name)]
        ubl_roots.append((key(ns, name), ubl_generator.type_ref(node, scope, owner)))
    cii = Schemas([os.path.join(folder, "cii-d16b", f) for f in CII_FILES])
    cii_generator = Generator(cii)
    ns = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    node, scope, owner = cii.elements[(ns, "CrossIndustryInvoice")]
    cii_roots = [(key(ns, "CrossIndustryInvoice"), cii_generator.type_ref(node, scope, owner))]
    out = ["// <auto-generated>",
           "// Generated by src/OpenChorus.Formats/Validation/Structure/generate.py from the UBL 2.1 OASIS Standard schemas",
           "// (Invoice, CreditNote) and the UN/CEFACT CII D16B schemas of the CEN EN 16931 validation artefacts.",
           "// Do not edit: change the generator or the source schemas and regenerate.",
           "// </auto-generated>",
           "namespace OpenChorus.Formats.Validation.Structure;", "",
           "internal static partial class SchemaTable", "{"]
    out += emit("UblLines", ubl_generator, ubl_roots, True) + [""] + emit("CiiLines", cii_generator, cii_roots, False) + ["}"]
    with open(os.path.join(HERE, "SchemaTable.g.cs"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/tools/en16931-oracle/artefacts/xsd")
