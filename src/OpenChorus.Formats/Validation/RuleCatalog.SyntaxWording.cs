using OpenChorus.Formats.Validation.Syntax;

namespace OpenChorus.Formats.Validation;

internal static partial class RuleCatalog
{
    /// <summary>
    /// English and French wording of the syntax rules the generated templates cannot word (conditions, predicates, the
    /// unused UBL attributes); the others are in RuleCatalog.Syntax.g.cs.
    /// </summary>
    private static readonly Lazy<Dictionary<string, (string English, string French)>> SyntaxWording = new(BuildSyntaxWording);

    private static Dictionary<string, (string English, string French)> BuildSyntaxWording()
    {
        var wording = new Dictionary<string, (string English, string French)>(HandSyntaxWording, StringComparer.Ordinal);
        foreach (var (rule, attribute) in UblAttributeRules.Unused)
        {
            wording[rule] = ($"The attribute {attribute} is not used by EN 16931: remove it from every element that carries it; it is not taken into account.",
                $"L'attribut {attribute} n'est pas utilisé par la norme EN 16931 : retirez-le de tous les éléments qui le portent, il n'est pas pris en compte.");
        }

        return wording;
    }

    private static readonly Dictionary<string, (string English, string French)> HandSyntaxWording = new(StringComparer.Ordinal)
    {
        ["UBL-SR-04"] = ("More than one invoiced object identifier (BT-18, AdditionalDocumentReference with DocumentTypeCode 130): keep only one.", "La facture a plusieurs identifiants d'objet facturé (BT-18, AdditionalDocumentReference de type 130) : n'en gardez qu'un."),
        ["UBL-SR-07"] = ("A preceding invoice reference (BG-3) lacks the preceding invoice number (BT-25): add it.", "Une référence à une facture antérieure (BG-3) n'a pas le numéro de cette facture (BT-25) : ajoutez-le."),
        ["UBL-SR-48"] = ("An invoice line must have exactly one VAT category (BG-30, ClassifiedTaxCategory): keep or add a single one.", "Une ligne de facture doit avoir exactement une catégorie de TVA (BG-30, ClassifiedTaxCategory) : n'en gardez ou n'en ajoutez qu'une."),
        ["UBL-SR-12"] = ("The seller has more than one VAT identifier (BT-31, PartyTaxScheme with TaxScheme VAT): keep only one.", "Le vendeur a plusieurs numéros de TVA (BT-31, PartyTaxScheme de type VAT) : n'en gardez qu'un."),
        ["UBL-SR-13"] = ("The seller has more than one tax registration identifier (BT-32, PartyTaxScheme other than VAT): keep only one.", "Le vendeur a plusieurs identifiants d'enregistrement fiscal (BT-32, PartyTaxScheme autre que TVA) : n'en gardez qu'un."),
        ["UBL-SR-18"] = ("The buyer has more than one VAT identifier (BT-48): keep only one.", "L'acheteur a plusieurs numéros de TVA (BT-48) : n'en gardez qu'un."),
        ["UBL-SR-19"] = ("The payee (BG-10) must have a single name (BT-59), different from the seller's; otherwise remove the payee.", "Le bénéficiaire du paiement (BG-10) doit avoir un seul nom (BT-59), différent de celui du vendeur ; sinon, retirez le bénéficiaire."),
        ["UBL-SR-20"] = ("The payee (BG-10) must have at most one identifier (BT-60) and differ from the seller; otherwise remove the payee.", "Le bénéficiaire du paiement (BG-10) doit avoir au plus un identifiant (BT-60) et être différent du vendeur ; sinon, retirez le bénéficiaire."),
        ["UBL-SR-21"] = ("The payee (BG-10) must have at most one legal registration identifier (BT-61) and differ from the seller; otherwise remove the payee.", "Le bénéficiaire du paiement (BG-10) doit avoir au plus un numéro d'immatriculation (BT-61) et être différent du vendeur ; sinon, retirez le bénéficiaire."),
        ["UBL-SR-29"] = ("More than one bank assigned creditor identifier (BT-90, PartyIdentification with schemeID SEPA): keep only one.", "La facture a plusieurs identifiants de créancier SEPA (BT-90, PartyIdentification de schéma SEPA) : n'en gardez qu'un."),
        ["UBL-SR-30"] = ("A document level allowance has more than one reason text (BT-97): keep only one.", "Une remise de pied de facture a plusieurs motifs en texte (BT-97) : n'en gardez qu'un."),
        ["UBL-SR-31"] = ("A document level charge has more than one reason text (BT-104): keep only one.", "Des frais de pied de facture ont plusieurs motifs en texte (BT-104) : n'en gardez qu'un."),
        ["UBL-SR-43"] = ("A schemeID is given on a supporting document identifier: it is only allowed for the invoiced object (DocumentTypeCode 130, or 50 in a credit note); remove it or set the type code.", "Un schemeID figure sur l'identifiant d'un justificatif : il n'est permis que pour l'objet facturé (DocumentTypeCode 130, ou 50 dans un avoir) ; retirez-le ou indiquez le code de type."),
        ["UBL-SR-44"] = ("The payment means carry different payment references (BT-83, PaymentID): use a single reference.", "Les moyens de paiement portent des références de paiement différentes (BT-83, PaymentID) : utilisez une seule référence."),
        ["UBL-SR-47"] = ("The payment means have different payment means codes (BT-81): give them all the same code.", "Les moyens de paiement ont des codes différents (BT-81) : donnez-leur le même code."),
        ["UBL-SR-51"] = ("An address has more than one third address line (BT-163, AddressLine): keep only one.", "Une adresse a plusieurs troisièmes lignes (BT-163, AddressLine) : n'en gardez qu'une."),
        ["UBL-SR-53"] = ("A PartyTaxScheme gives a tax scheme without the identifier (CompanyID, the VAT or tax registration number): add it or remove the PartyTaxScheme.", "Un PartyTaxScheme indique un régime fiscal sans le numéro (CompanyID, numéro de TVA ou d'enregistrement fiscal) : ajoutez-le ou retirez le PartyTaxScheme."),
        ["UBL-DT-01"] = ("An amount has more than two decimals: round it to the cent (two digits after the point at most).", "Un montant comporte plus de deux décimales : arrondissez-le au centime (deux chiffres après le point au plus)."),
        ["UBL-DT-06"] = ("An attachment (EmbeddedDocumentBinaryObject) has no mimeCode attribute: add it, for example mimeCode=\"application/pdf\".", "Une pièce jointe (EmbeddedDocumentBinaryObject) n'a pas d'attribut mimeCode : ajoutez-le, par exemple mimeCode=\"application/pdf\"."),
        ["UBL-DT-07"] = ("An attachment (EmbeddedDocumentBinaryObject) has no filename attribute: add the file name, for example filename=\"bon-de-commande.pdf\".", "Une pièce jointe (EmbeddedDocumentBinaryObject) n'a pas d'attribut filename : ajoutez le nom du fichier, par exemple filename=\"bon-de-commande.pdf\"."),
        ["UBL-CR-002"] = ("The UBLVersionID is not 2.1: give 2.1 or remove the element.", "La version UBL (UBLVersionID) n'est pas 2.1 : indiquez 2.1 ou retirez l'élément."),
        ["UBL-CR-412"] = ("An invoice gives a payment due date in PaymentMeans (PaymentDueDate): give the due date in cbc:DueDate (BT-9) instead.", "Une facture indique une date d'échéance dans PaymentMeans (PaymentDueDate) : indiquez l'échéance dans cbc:DueDate (BT-9) à la place."),
        ["UBL-CR-664"] = ("The element cac:FinancialInstitution is not used by EN 16931: remove it, the bank is identified by its BIC (BT-86) in FinancialInstitutionBranch/ID.", "L'élément cac:FinancialInstitution n'est pas utilisé par la norme EN 16931 : retirez-le, la banque est identifiée par son BIC (BT-86) dans FinancialInstitutionBranch/ID."),
        ["UBL-CR-665"] = ("A supporting document identifier carries a schemeID although it is not the invoiced object (DocumentTypeCode 130): remove the schemeID.", "L'identifiant d'un justificatif porte un schemeID alors qu'il n'est pas l'objet facturé (DocumentTypeCode 130) : retirez le schemeID."),
        ["UBL-CR-666"] = ("The invoiced object reference (DocumentTypeCode 130) also carries an attachment: put the attachment in its own AdditionalDocumentReference.", "La référence de l'objet facturé (DocumentTypeCode 130) porte aussi une pièce jointe : placez la pièce jointe dans un AdditionalDocumentReference distinct."),
        ["UBL-CR-673"] = ("The invoiced object reference (DocumentTypeCode 130) also carries a document description: put the description in its own AdditionalDocumentReference.", "La référence de l'objet facturé (DocumentTypeCode 130) porte aussi une description de document : placez-la dans un AdditionalDocumentReference distinct."),
        ["CII-DT-015"] = ("A referenced document carries a URIID (external document location, BT-124): it is only allowed on an attachment (AdditionalReferencedDocument with TypeCode 916); remove it.", "Un document référencé porte un URIID (adresse d'un document externe, BT-124) : il n'est permis que sur une pièce jointe (AdditionalReferencedDocument de type 916) ; retirez-le."),
        ["CII-DT-018"] = ("A referenced document carries a TypeCode: it is only allowed on an AdditionalReferencedDocument, with 50, 130 or 916; remove it or correct it.", "Un document référencé porte un TypeCode : il n'est permis que sur un AdditionalReferencedDocument, avec 50, 130 ou 916 ; retirez-le ou corrigez-le."),
        ["CII-DT-021"] = ("A referenced document carries a Name: it is only allowed on an attachment (AdditionalReferencedDocument with TypeCode 916); remove it.", "Un document référencé porte un Name : il n'est permis que sur une pièce jointe (AdditionalReferencedDocument de type 916) ; retirez-le."),
        ["CII-DT-022"] = ("A referenced document carries an AttachmentBinaryObject: a file is only allowed on an attachment (AdditionalReferencedDocument with TypeCode 916); remove it or set the type.", "Un document référencé contient un fichier (AttachmentBinaryObject) : il n'est permis que sur une pièce jointe (AdditionalReferencedDocument de type 916) ; retirez-le ou indiquez ce type."),
        ["CII-DT-024"] = ("A referenced document carries a ReferenceTypeCode: it is only allowed on the invoiced object (AdditionalReferencedDocument with TypeCode 130); remove it.", "Un document référencé porte un ReferenceTypeCode : il n'est permis que sur l'objet facturé (AdditionalReferencedDocument de type 130) ; retirez-le."),
        ["CII-DT-027"] = ("A referenced document carries a FormattedIssueDateTime: it is only allowed on the preceding invoice reference (InvoiceReferencedDocument, BT-26); remove it.", "Un document référencé porte une date FormattedIssueDateTime : elle n'est permise que sur la facture antérieure (InvoiceReferencedDocument, BT-26) ; retirez-la."),
        ["CII-DT-033"] = ("A quantity carries a unitCode although no invoiced quantity of a line has one: give the unit on the invoiced quantities (BT-130) or remove it.", "Une quantité porte un unitCode alors qu'aucune quantité facturée de ligne n'en a : indiquez l'unité sur les quantités facturées (BT-130) ou retirez-le."),
        ["CII-DT-041"] = ("A VAT element outside the header VAT breakdown carries a BasisAmount: the taxable amount is only given in the VAT breakdown (BT-116); remove it.", "Une TVA hors du récapitulatif de TVA de l'en-tête porte un BasisAmount : la base HT n'est indiquée que dans le récapitulatif (BT-116) ; retirez-le."),
        ["CII-DT-052"] = ("An allowance or charge VAT (CategoryTradeTax) carries an ExemptionReasonCode: the exemption reason is only given in the VAT breakdown (BT-121); remove it.", "La TVA d'une remise ou de frais (CategoryTradeTax) porte un ExemptionReasonCode : le motif d'exonération n'est indiqué que dans le récapitulatif de TVA (BT-121) ; retirez-le."),
        ["CII-DT-054"] = ("A VAT element outside the header settlement carries a TaxPointDate: the VAT point date (BT-7) is only given in the header VAT breakdown; remove it.", "Une TVA hors du règlement de l'en-tête porte une TaxPointDate : la date d'exigibilité (BT-7) n'est indiquée que dans le récapitulatif de TVA ; retirez-la."),
        ["CII-DT-058"] = ("A VAT element outside the header settlement carries a DueDateTypeCode: the VAT point date code (BT-8) is only given in the header VAT breakdown; remove it.", "Une TVA hors du règlement de l'en-tête porte un DueDateTypeCode : le code de date d'exigibilité (BT-8) n'est indiqué que dans le récapitulatif de TVA ; retirez-le."),
        ["CII-DT-098"] = ("An allowance or charge VAT (CategoryTradeTax) carries an ExemptionReason: the exemption reason is only given in the VAT breakdown (BT-120); remove it.", "La TVA d'une remise ou de frais (CategoryTradeTax) porte un ExemptionReason : le motif d'exonération n'est indiqué que dans le récapitulatif de TVA (BT-120) ; retirez-le."),
        ["CII-DT-037"] = ("A tax type code (TypeCode) is not VAT: EN 16931 only covers VAT, write VAT.", "Un code de type de taxe (TypeCode) n'est pas VAT : la norme EN 16931 ne couvre que la TVA, indiquez VAT."),
        ["CII-DT-097"] = ("A date with format 102 is not a valid YYYYMMDD date: write it as eight digits, for example 20260315.", "Une date au format 102 n'est pas une date AAAAMMJJ valide : écrivez-la sur huit chiffres, par exemple 20260315."),
        ["CII-SR-046"] = ("A product global identifier (GlobalID, BT-157) has no schemeID: add the scheme, for example schemeID=\"0160\" for a GTIN.", "Un identifiant normalisé d'article (GlobalID, BT-157) n'a pas de schemeID : ajoutez le schéma, par exemple schemeID=\"0160\" pour un GTIN."),
        ["CII-SR-090"] = ("The item country of origin (OriginTradeCountry, BT-159) must hold exactly one country code (ID): keep a single one.", "Le pays d'origine de l'article (OriginTradeCountry, BT-159) doit contenir exactement un code pays (ID) : n'en gardez qu'un."),
        ["CII-SR-119"] = ("A gross price carries a charge or an allowance without amount: only allowances (ChargeIndicator false) with an ActualAmount are used on the price.", "Un prix brut porte des frais ou une remise sans montant : seules des remises (ChargeIndicator à false) avec un montant ActualAmount sont prises en compte sur le prix."),
        ["CII-SR-449"] = ("The deliver-to party has both an ID and a GlobalID (BT-71): keep only one of them.", "Le lieu de livraison a à la fois un ID et un GlobalID (BT-71) : n'en gardez qu'un."),
        ["CII-SR-450"] = ("The buyer has both an ID and a GlobalID (BT-46): keep only one of them.", "L'acheteur a à la fois un ID et un GlobalID (BT-46) : n'en gardez qu'un."),
        ["CII-SR-451"] = ("The payee has both an ID and a GlobalID (BT-60): keep only one of them.", "Le bénéficiaire du paiement a à la fois un ID et un GlobalID (BT-60) : n'en gardez qu'un."),
        ["CII-SR-457"] = ("More than one additional referenced document of type 50 (tender or lot reference, BT-17): keep only one.", "La facture a plusieurs documents référencés de type 50 (référence d'appel d'offres ou de lot, BT-17) : n'en gardez qu'un."),
        ["CII-SR-458"] = ("More than one additional referenced document of type 130 (invoiced object, BT-18): keep only one.", "La facture a plusieurs documents référencés de type 130 (objet facturé, BT-18) : n'en gardez qu'un."),
        ["CII-SR-462"] = ("The VAT breakdown gives different VAT point date codes (DueDateTypeCode, BT-8): use a single code.", "Le récapitulatif de TVA indique plusieurs codes de date d'exigibilité différents (DueDateTypeCode, BT-8) : utilisez un seul code."),
        ["CII-SR-465"] = ("The seller contact gives both a person name and a department name (BT-41): keep only one.", "Le contact du vendeur indique à la fois un nom de personne et un service (BT-41) : n'en gardez qu'un."),
        ["CII-SR-466"] = ("The buyer contact gives both a person name and a department name (BT-56): keep only one.", "Le contact de l'acheteur indique à la fois un nom de personne et un service (BT-56) : n'en gardez qu'un."),
        ["CII-SR-467"] = ("The payment means have different payment means codes (BT-81): give them all the same code.", "Les moyens de paiement ont des codes différents (BT-81) : donnez-leur le même code."),
        ["CII-SR-468"] = ("The payment means have different payment means texts (BT-82): give them all the same text.", "Les moyens de paiement ont des libellés différents (BT-82) : donnez-leur le même libellé."),
        ["CII-SR-469"] = ("The payment reference (BT-83) appears more than once: keep only one.", "La référence de paiement (BT-83) figure plus d'une fois : n'en gardez qu'une."),
        ["CII-SR-470"] = ("A credit transfer (payment means 30 or 58) has no account: give the IBAN or a proprietary account identifier (BT-84).", "Un virement (moyen de paiement 30 ou 58) n'a pas de compte : indiquez l'IBAN ou un identifiant de compte (BT-84)."),
        ["CII-SR-474"] = ("An invoice line has more than one referenced document of type 130 (BT-128): keep only one.", "Une ligne de facture a plusieurs documents référencés de type 130 (BT-128) : n'en gardez qu'un."),
        ["CII-SR-475"] = ("An attachment (type 916) has more than one name (BT-123): keep only one.", "Une pièce jointe (type 916) a plusieurs descriptions (BT-123) : n'en gardez qu'une."),
        ["CII-SR-476"] = ("An attachment (type 916) holds more than one file (BT-125): put each file in its own referenced document.", "Une pièce jointe (type 916) contient plusieurs fichiers (BT-125) : placez chaque fichier dans son propre document référencé."),
    };
}
