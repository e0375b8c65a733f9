using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Identifiers;

namespace OpenChorus.Web.Tests.Features.Structures;

public sealed class IdentifierRulesTests
{
    [Theory]
    [InlineData("73282932000074")]
    [InlineData("35600000000048")]
    [InlineData("22060001900016")]
    public void CheckSiret_LuhnValid_ReturnsNull(string siret) => Assert.Null(IdentifierRules.CheckSiret(siret));

    [Fact]
    public void CheckSiret_LaPosteEstablishmentOutsideLuhn_IsValid()
    {
        Assert.NotEqual(0, IdentifierRules.Luhn("35600000049837") % 10);
        Assert.Null(IdentifierRules.CheckSiret("35600000049837"));
    }

    [Fact]
    public void CheckSiret_LaPosteDigitSumNotMultipleOfFive_IsInvalid() =>
        Assert.Equal("Le SIRET 35600000049838 n'est pas valide (clé de contrôle).", IdentifierRules.CheckSiret("35600000049838"));

    [Fact]
    public void CheckSiret_OtherSirenWithDigitSumMultipleOfFive_IsInvalid() =>
        Assert.NotNull(IdentifierRules.CheckSiret("73282932000072"));

    [Theory]
    [InlineData("7328293200007")]
    [InlineData("732829320000745")]
    [InlineData("7328293200007A")]
    [InlineData("")]
    public void CheckSiret_NotFourteenDigits_SaysSo(string siret) =>
        Assert.Equal("Le SIRET doit comporter 14 chiffres.", IdentifierRules.CheckSiret(siret));

    [Fact]
    public void CheckSiret_WrongKey_NamesTheSiret() =>
        Assert.Equal("Le SIRET 73282932000075 n'est pas valide (clé de contrôle).", IdentifierRules.CheckSiret("73282932000075"));

    [Fact]
    public void Normalize_SpacesAndLowerCase_AreRemoved() =>
        Assert.Equal("73282932000074", IdentifierRules.Normalize(" 732 829 320 000 74 "));

    [Theory]
    [InlineData(IdentifierType.Tahiti, "A12345", true)]
    [InlineData(IdentifierType.Tahiti, "A12345001", true)]
    [InlineData(IdentifierType.Tahiti, "A1234", false)]
    [InlineData(IdentifierType.Ridet, "1234567", true)]
    [InlineData(IdentifierType.Ridet, "1234567001", true)]
    [InlineData(IdentifierType.Ridet, "12345678", false)]
    [InlineData(IdentifierType.UeHorsFrance, "BE0123456789", true)]
    [InlineData(IdentifierType.UeHorsFrance, "DE123456789", true)]
    [InlineData(IdentifierType.UeHorsFrance, "FR32123456789", false)]
    [InlineData(IdentifierType.UeHorsFrance, "US123456", false)]
    [InlineData(IdentifierType.HorsUe, "CH-123.456", false)]
    [InlineData(IdentifierType.HorsUe, "CHE-123456789", true)]
    [InlineData(IdentifierType.Particulier, "DUPONT-1970", true)]
    [InlineData(IdentifierType.EnCoursImmatriculation, "DEMANDE2026", true)]
    [InlineData(IdentifierType.EnCoursImmatriculation, "", false)]
    public void Check_OtherTypes_FollowTheirFormat(IdentifierType type, string identifier, bool valid) =>
        Assert.Equal(valid, IdentifierRules.Check(type, identifier) is null);

    [Theory]
    [InlineData("FR7630006000011234567890189", true)]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("FR7630006000011234567890188", false)]
    [InlineData("FR76", false)]
    public void CheckIban_Mod97_AcceptsOnlyValidKeys(string iban, bool valid) => Assert.Equal(valid, BankRules.CheckIban(iban) is null);

    [Fact]
    public void CheckIban_WrongKey_SaysControlKey() =>
        Assert.Equal("L'IBAN n'est pas valide (clé de contrôle).", BankRules.CheckIban("FR7630006000011234567890188"));

    [Theory]
    [InlineData("BNPAFRPP", true)]
    [InlineData("BNPAFRPPXXX", true)]
    [InlineData("BNPAFRP", false)]
    [InlineData("1NPAFRPP", false)]
    public void CheckBic_Format_IsChecked(string bic, bool valid) => Assert.Equal(valid, BankRules.CheckBic(bic) is null);

    [Theory]
    [InlineData("FR44732829320", true)]
    [InlineData("FR45732829320", false)]
    [InlineData("BE0123456789", true)]
    [InlineData("12345", false)]
    public void CheckVatNumber_FrenchKeyAndFormat_AreChecked(string vat, bool valid) => Assert.Equal(valid, BankRules.CheckVatNumber(vat) is null);
}
