#!/usr/bin/env python3
"""Generates CodeLists.g.cs and ../Validation/RuleCatalog.g.cs from the official CEN EN 16931 validation artefacts.

The code lists (UNTDID, ISO, UN/ECE, VATEX, EAS, MIME) are those the CEN release embeds in its schematron; the rule
catalogue is each assert's id, flag and official English text.

Usage: python3 generate.py DIR_WITH_EN16931_XSLT   (a folder holding ubl/EN16931-UBL-validation.xslt and
cii/EN16931-CII-validation.xslt from ConnectingEurope/eInvoicing-EN16931, validation release 1.3.16)
"""
import html
import os
import re
import sys

RELEASE = "CEN EN 16931 validation artefacts release 1.3.16 (ConnectingEurope/eInvoicing-EN16931)"
HERE = os.path.dirname(os.path.abspath(__file__))

# (C# name, syntax, rule id, index of the list inside the assert, what it is)
LISTS = [
    ("InvoiceTypeCodes", "ubl", "BR-CL-01", 0, "UNTDID 1001 invoice type codes (UBL Invoice)"),
    ("CreditNoteTypeCodes", "ubl", "BR-CL-01", 1, "UNTDID 1001 credit note type codes (UBL CreditNote)"),
    ("CiiDocumentTypeCodes", "cii", "BR-CL-01", 0, "UNTDID 1001 document type codes (CII)"),
    ("CurrencyCodes", "ubl", "BR-CL-04", 0, "ISO 4217 alpha-3 currency codes"),
    ("VatDateCodesUbl", "ubl", "BR-CL-06", 0, "UNTDID 2005 value added tax point date codes, UBL values"),
    ("VatDateCodesCii", "cii", "BR-CL-06", 0, "UNTDID 2475 value added tax point date codes, CII values"),
    ("ReferenceSchemeCodes", "ubl", "BR-CL-07", 0, "UNTDID 1153 reference code qualifiers"),
    ("NoteSubjectCodesUbl", "ubl", "BR-CL-08", 0, "UNTDID 4451 text subject codes, UBL values"),
    ("NoteSubjectCodesCii", "cii", "BR-CL-08", 0, "UNTDID 4451 text subject codes, CII values"),
    ("IcdSchemes", "ubl", "BR-CL-11", 0, "ISO 6523 ICD identification schemes"),
    ("ItemClassificationSchemes", "ubl", "BR-CL-13", 0, "UNTDID 7143 item type identification codes"),
    ("CountryCodes", "ubl", "BR-CL-14", 0, "ISO 3166-1 alpha-2 country codes"),
    ("PaymentMeansCodes", "ubl", "BR-CL-16", 0, "UNTDID 4461 payment means codes"),
    ("VatCategoryCodes", "ubl", "BR-CL-17", 0, "UNTDID 5305 duty or tax or fee category codes"),
    ("AllowanceReasonCodes", "ubl", "BR-CL-19", 0, "UNTDID 5189 allowance reason codes"),
    ("ChargeReasonCodes", "ubl", "BR-CL-20", 0, "UNTDID 7161 special service description codes"),
    ("VatExemptionReasonCodes", "ubl", "BR-CL-22", 0, "CEF VATEX VAT exemption reason codes"),
    ("UnitCodes", "ubl", "BR-CL-23", 0, "UN/ECE Recommendation 20 and 21 unit codes"),
    ("ElectronicAddressSchemes", "ubl", "BR-CL-25", 0, "CEF EAS electronic address schemes"),
    ("VatIdPrefixes", "ubl", "BR-CO-09", 0, "ISO 3166-1 alpha-2 codes and EL, XI accepted as VAT identifier prefixes"),
]


def read_asserts(path):
    text = open(path, encoding="utf-8").read()
    pattern = (r'<svrl:failed-assert test="([^"]*)">\s*<xsl:attribute name="id">([^<]*)</xsl:attribute>\s*'
               r'<xsl:attribute name="flag">([^<]*)</xsl:attribute>.*?<svrl:text>(.*?)</svrl:text>')
    for match in re.finditer(pattern, text, re.S):
        yield match.group(2), match.group(3), html.unescape(match.group(1)), " ".join(html.unescape(match.group(4)).split())


def main(root):
    global ROOT
    ROOT = root
    asserts = {syntax: list(read_asserts(os.path.join(root, syntax, f"EN16931-{syntax.upper()}-validation.xslt")))
               for syntax in ("ubl", "cii")}
    write_code_lists(asserts)
    write_catalog(asserts)
    write_syntax_table(asserts)
    write_syntax_messages(asserts)


def write_code_lists(asserts):
    out = [header(), "using System.Collections.Frozen;", "", "namespace OpenChorus.Formats.CodeLists;", "",
           "/// <summary>Code lists of EN 16931 as embedded in the official validation artefacts.</summary>",
           "public static class CodeList", "{"]
    mime = ["application/pdf", "image/png", "image/jpeg", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.spreadsheet"]
    for name, syntax, rule, index, what in LISTS:
        test = next(t for r, _, t, _ in asserts[syntax] if r == rule)
        lists = re.findall(r"'( [^']{2,} )'", test)
        codes = lists[index].split()
        out += [f"    /// <summary>{what} ({rule}, {len(codes)} codes).</summary>",
                f"    public static FrozenSet<string> {name} {{ get; }} = Set(", *wrap(codes), "    );", ""]
    out += ["    /// <summary>MIME codes accepted for attachments (BR-CL-24).</summary>",
            "    public static FrozenSet<string> MimeCodes { get; } = Set(", *wrap(mime), "    );", "",
            "    private static FrozenSet<string> Set(string codes) =>",
            "        codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);", "}"]
    write(os.path.join(HERE, "CodeList.g.cs"), out)


def write_catalog(asserts):
    seen = {}
    for syntax in ("ubl", "cii"):
        for rule, flag, _, text in asserts[syntax]:
            seen.setdefault(rule, (flag, re.sub(r"^\[[^\]]*\]\s*-\s*", "", text)))
    out = [header(), "namespace OpenChorus.Formats.Validation;", "",
           "internal static partial class RuleCatalog", "{",
           "    private static readonly Dictionary<string, (bool Fatal, string English)> Official = new(StringComparer.Ordinal)",
           "    {"]
    for rule in sorted(seen):
        flag, text = seen[rule]
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        out.append(f'        ["{rule}"] = ({"true" if flag == "fatal" else "false"}, "{escaped}"),')
    out += ["    };", "}"]
    write(os.path.join(HERE, "..", "Validation", "RuleCatalog.g.cs"), out)


STEP = r"(?:[a-z]+:[A-Za-z]+|ram:\*\[ends-with\(name\(\), '[A-Za-z]+'\)\])"
CONTEXT = re.compile(rf"^(?:/{{0,2}}{STEP}(?:/{STEP})*)(?:\s*\|\s*/{{0,2}}{STEP}(?:/{STEP})*)*$")
NAME = r"[a-z]+:[A-Za-z][A-Za-z0-9]*"
PATH = rf"{NAME}(?:/{NAME})*(?:/@[A-Za-z]+)?|@[A-Za-z]+"
LINES = re.compile(rf"^not\(\(({NAME})\|({NAME})\)/(.+)\)$")
ANYWHERE = re.compile(rf"^not\(//((?:{NAME}/)*{NAME}(?:/@[A-Za-z]+)?)\)$")
TESTS = [
    ("Count", re.compile(rf"^\(?\s*count\(({PATH})\)\s*(<=|=)\s*(\d)\s*\)?$")),
    ("Absent", re.compile(rf"^not\s*\(({PATH})\)$")),
    ("Present", re.compile(rf"^(?:exists)?\(({PATH})\)$")),
]


def write_syntax_table(asserts):
    """Syntax rules (UBL-SR/DT/CR, CII-SR/DT) whose test is a plain count, absence or presence of a path."""
    out = [header(), "namespace OpenChorus.Formats.Validation.Syntax;", "",
           "internal static partial class SyntaxRuleTable", "{",
           "    private static readonly SyntaxRuleRow[] Rows =", "    ["]
    for syntax in ("ubl", "cii"):
        contexts = context_by_rule(syntax)
        for rule, flag, test, _ in asserts[syntax]:
            if not re.match(r"^(UBL|CII)-(SR|DT|CR)-", rule):
                continue
            context, test = rewrite(contexts.get(rule, ""), test.strip())
            if not CONTEXT.match(context):
                continue
            for kind, pattern in TESTS:
                match = pattern.match(test)
                if match:
                    limit = int(match.group(3)) if kind == "Count" else 0
                    exact = kind == "Count" and match.group(2) == "="
                    out.append(f'        new("{rule}", {"true" if syntax == "cii" else "false"}, "{context}", '
                               f'SyntaxTest.{kind}, "{match.group(1)}", {limit}, {"true" if exact else "false"}),')
                    break
    out += ["    ];", "}"]
    write(os.path.join(HERE, "..", "Validation", "Syntax", "SyntaxRuleTable.g.cs"), out)


def write_syntax_messages(asserts):
    """English and French messages of the syntax rules, templated from what the rule tests: which element, where."""
    out = [header(), "namespace OpenChorus.Formats.Validation;", "",
           "internal static partial class RuleCatalog", "{",
           "    private static readonly Dictionary<string, (string English, string French)> SyntaxMessages = new(StringComparer.Ordinal)",
           "    {"]
    for syntax in ("ubl", "cii"):
        contexts = context_by_rule(syntax)
        for rule, flag, test, text in asserts[syntax]:
            if not re.match(r"^(UBL|CII)-(SR|DT|CR)-", rule):
                continue
            official = re.sub(r"^\[[^\]]*\]\s*-\s*", "", text).rstrip(".")
            message = syntax_message(flag == "fatal", official, *rewrite(contexts.get(rule, ""), test.strip()))
            if message:
                english, french = (m.replace("\\", "\\\\").replace('"', '\\"') for m in message)
                out.append(f'        ["{rule}"] = ("{english}", "{french}"),')
    out += ["    };", "}"]
    write(os.path.join(HERE, "..", "Validation", "RuleCatalog.Syntax.g.cs"), out)


def syntax_message(fatal, official, context, test):
    where_en, where_fr = where(context)
    for kind, pattern in TESTS:
        match = pattern.match(test) if CONTEXT.match(context) else None
        if not match:
            continue
        path = match.group(1)
        if kind == "Absent":
            if path.startswith("@"):
                owner = context.split("|")[0].strip().split("/")[-1]
                return absent(fatal, f"{owner}/{path}", "", "")
            return absent(fatal, path, where_en, where_fr)
        if kind == "Present":
            return (f"{official}: add {path} ({where_en}).", f"{path} est obligatoire ({where_fr}) : ajoutez-le.")
        limit, exact = int(match.group(3)), match.group(2) == "="
        if exact:
            return (f"{official} ({path}, {where_en}): give it exactly {limit} time(s), adding it or removing the duplicates.",
                    f"{path} ({where_fr}) doit figurer exactement {fois(limit)} : ajoutez-le s'il manque ou retirez les doublons.")
        keep = "n'en gardez qu'un" if limit == 1 else f"gardez-en au plus {fois(limit).split()[0]}"
        return (f"{official} ({path}, {where_en}): remove the extra occurrences, keeping at most {limit}.",
                f"{path} ({where_fr}) figure plus {'d' + chr(39) + 'une fois' if limit == 1 else 'de ' + fois(limit)} : retirez les occurrences en trop, {keep}.")
    subject = re.match(r"^(@?[A-Za-z]+) (?:attribute )?(should not be present|shall not be used)$", official)
    if subject:
        name = subject.group(1).lstrip("@")
        is_attribute = subject.group(1).startswith("@") or name[0].islower()
        return absent(fatal, ("@" if is_attribute else "") + name, where_en, where_fr)
    return None


def absent(fatal, path, where_en, where_fr):
    steps = path.split("/")
    if steps[-1].startswith("@"):
        owner = "/".join(steps[:-1])
        thing_en = f"the attribute {steps[-1][1:]}" + (f" of {owner}" if owner else "")
        thing_fr = f"l'attribut {steps[-1][1:]}" + (f" de {owner}" if owner else "")
    else:
        thing_en, thing_fr = f"the element {path}", f"l'élément {path}"
    thing_en += f" ({where_en})" if where_en else ""
    thing_fr += f" ({where_fr})" if where_fr else ""
    if fatal:
        return (f"{cap(thing_en)} is not allowed in an EN 16931 invoice: remove it.",
                f"{cap(thing_fr)} n'est pas autorisé dans une facture EN 16931 : retirez-le.")
    return (f"{cap(thing_en)} is not used by EN 16931: remove it, it is not taken into account.",
            f"{cap(thing_fr)} n'est pas utilisé par la norme EN 16931 : retirez-le, il n'est pas pris en compte.")


def where(context):
    last = context.split("|")[0].strip().split("/")[-1]
    if last in ("ubl:Invoice", "cn:CreditNote", "rsm:CrossIndustryInvoice", ""):
        return "in the invoice", "dans la facture"
    if last in ("cac:InvoiceLine", "cac:CreditNoteLine", "ram:IncludedSupplyChainTradeLineItem"):
        return "in an invoice line", "dans une ligne de facture"
    suffix = re.search(r"ends-with\(name\(\), '([A-Za-z]+)'\)", last)
    if suffix:
        return f"in an element whose name ends with {suffix.group(1)}", f"dans un élément dont le nom finit par {suffix.group(1)}"
    return f"in {last}", f"dans {last}"


def fois(count):
    return {0: "zéro fois", 1: "une fois", 2: "deux fois"}.get(count, f"{count} fois")


def cap(text):
    return text[0].upper() + text[1:]


def rewrite(context, test):
    """Turns two XPath shapes into plain rows: a union first step, e.g. not((cac:InvoiceLine|cac:CreditNoteLine)/x)
    on /ubl:Invoice | /cn:CreditNote, becomes not(x) on each line; not(//a/b/c) becomes not(c) on any a/b."""
    lines = LINES.match(test)
    if lines:
        roots = [c.strip() for c in context.split("|")]
        context = " | ".join(f"{r}/{step}" for r in roots for step in (lines.group(1), lines.group(2)))
        return context, f"not({lines.group(3)})"
    anywhere = ANYWHERE.match(test)
    if anywhere:
        steps = anywhere.group(1).split("/")
        # The tested path keeps the attribute and its element, or the last element when there is no attribute.
        keep = 1 if steps[-1].startswith("@") and len(steps) == 2 else 2 if steps[-1].startswith("@") else 1
        if len(steps) > keep:
            return "/".join(steps[:-keep]), f"not({'/'.join(steps[-keep:])})"
    return context, test


def context_by_rule(syntax):
    text = open(os.path.join(ROOT, syntax, f"EN16931-{syntax.upper()}-validation.xslt"), encoding="utf-8").read()
    result, context = {}, None
    for match in re.finditer(r'<svrl:fired-rule context="([^"]*)"|<xsl:attribute name="id">([^<]*)</xsl:attribute>', text):
        if match.group(1) is not None:
            context = html.unescape(match.group(1))
        else:
            result.setdefault(match.group(2), context)
    return result


def wrap(codes, width=110):
    lines, current = [], ""
    for code in codes:
        if len(current) + len(code) + 1 > width:
            lines.append(current)
            current = ""
        current += code + " "
    lines.append(current)
    return [f'        "{line}"' + (" +" if i < len(lines) - 1 else "") for i, line in enumerate(lines)]


def header():
    return (f"// <auto-generated>\n// Generated by src/OpenChorus.Formats/CodeLists/generate.py from the {RELEASE}.\n"
            "// Do not edit: change the generator or the source release and regenerate.\n// </auto-generated>")


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/tools/en16931-oracle/artefacts/en16931-1.3.16")
