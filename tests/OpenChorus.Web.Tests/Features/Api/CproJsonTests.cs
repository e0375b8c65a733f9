using System.Text.Json;
using System.Text.Json.Serialization;
using OpenChorus.Web.Features.Api.Wire;

namespace OpenChorus.Web.Tests.Features.Api;

/// <summary>Requests as real Chorus Pro clients write them (README §2, §9) are read, not refused.</summary>
public sealed class CproJsonTests
{
    [Fact]
    public void Read_ToleratesWhatClientsSend()
    {
        const string json = """
            {
              "IDFACTURE": "42", "numeroFacture": 20260001, "montant": "16,6667", "avecSignature": "OUI",
              "dateDebut": "2024-10-08T11:30:23.463Z", "dateFin": "2024-10-31T23:59:59", "dateJour": "2024-10-15",
              "cadreFacturation": { "code": "A1" }, "statuts": "MISE_A_DISPOSITION", "inconnu": [1, 2],
              "parametres": { "pageResultatDemandee": "2", "nbResultatsParPage": 0, "triSense": "Descendant " },
              "idUtilisateurCourant": "", "estActif": null,
            }
            """;

        var request = JsonSerializer.Deserialize<Sample>(json, CproJson.Options)!;

        Assert.Equal(42L, request.IdFacture);
        Assert.Equal("20260001", request.NumeroFacture);
        Assert.Equal(16.6667m, request.Montant);
        Assert.True(request.AvecSignature);
        Assert.Equal(new DateOnly(2024, 10, 8), request.DateDebut);
        Assert.Equal(new DateOnly(2024, 10, 31), request.DateFin);
        Assert.Equal(new DateOnly(2024, 10, 15), request.DateJour);
        Assert.Null(request.CadreFacturation);
        Assert.Null(request.IdUtilisateurCourant);
        Assert.Null(request.EstActif);
        Assert.Equal((2, CproPaging.DefaultPageSize, true), (request.Parametres!.Page, request.Parametres.Size, request.Parametres.Descending));
    }

    /// <summary>statutCourant: an array or one string; empty strings, nulls and objects in the list are nothing.</summary>
    [Theory]
    [InlineData("""{ "codes": "DEPOSEE" }""", "DEPOSEE")]
    [InlineData("""{ "codes": ["DEPOSEE", "", null, { "code": "X" }, [], "REJETEE"] }""", "DEPOSEE,REJETEE")]
    [InlineData("""{ "codes": [""] }""", "")]
    [InlineData("""{ "codes": [] }""", "")]
    [InlineData("""{ "codes": "" }""", null)]
    [InlineData("""{ "codes": null }""", null)]
    [InlineData("""{ "codes": 12 }""", null)]
    [InlineData("""{ "codes": { "code": "DEPOSEE" } }""", null)]
    public void OneOrMany_Strings_ReadsAnArrayOrOneString(string json, string? expected)
    {
        var codes = JsonSerializer.Deserialize<Lists>(json, CproJson.Options)!.Codes;

        Assert.Equal(expected, codes is null ? null : string.Join(',', codes));
    }

    /// <summary>pieceJointePrincipale: an object or an array of them; "" alone is nothing, "" in the array is not an
    /// attachment and makes the request unreadable (400), as it did before the two converters became one.</summary>
    [Theory]
    [InlineData("""{ "pieces": { "pieceJointeId": 7 } }""", "7")]
    [InlineData("""{ "pieces": [{ "pieceJointeId": 7 }, null, { "pieceJointeId": "8" }] }""", "7,8")]
    [InlineData("""{ "pieces": [] }""", "")]
    [InlineData("""{ "pieces": "" }""", null)]
    [InlineData("""{ "pieces": 3 }""", null)]
    [InlineData("""{ "pieces": null }""", null)]
    public void OneOrMany_Objects_ReadsAnArrayOrOneObject(string json, string? expected)
    {
        var pieces = JsonSerializer.Deserialize<Lists>(json, CproJson.Options)!.Pieces;

        Assert.Equal(expected, pieces is null ? null : string.Join(',', pieces.Select(p => p.PieceJointeId)));
    }

    [Theory]
    [InlineData("""{ "pieces": [""] }""")]
    [InlineData("""{ "pieces": [3] }""")]
    public void OneOrMany_Objects_AnItemThatIsNoObject_IsUnreadable(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Lists>(json, CproJson.Options));

    [Fact]
    public void Write_IsCamelCaseWithTheEnvelopeFirstAndNoNulls()
    {
        var json = JsonSerializer.Serialize(new SampleAnswer { NumeroFacture = "F-1" }, CproJson.Options);

        Assert.Equal("""{"codeRetour":0,"libelle":"TRA_MSG_00.000","numeroFacture":"F-1"}""", json);
    }

    [Fact]
    public void Dates_AreWrittenInParisTimeInEachFieldsFormat()
    {
        var winter = new DateTime(2018, 2, 16, 14, 10, 25, 536, DateTimeKind.Utc);

        Assert.Equal("2018-02-16T15:10:25.536+01:00", CproDates.Offset(winter));
        Assert.Equal("2018-02-16 15:10", CproDates.Minutes(winter));
        Assert.Equal("2018-02-16", CproDates.Date(winter));
    }

    private sealed class Sample
    {
        public long? IdFacture { get; set; }

        public string? NumeroFacture { get; set; }

        public decimal? Montant { get; set; }

        public bool? AvecSignature { get; set; }

        public DateOnly? DateDebut { get; set; }

        public DateOnly? DateFin { get; set; }

        public DateOnly? DateJour { get; set; }

        public string? CadreFacturation { get; set; }

        public long? IdUtilisateurCourant { get; set; }

        public bool? EstActif { get; set; }

        public CproPaging? Parametres { get; set; }
    }

    private sealed class Lists
    {
        [JsonConverter(typeof(OneOrMany<string>))]
        public List<string>? Codes { get; set; }

        [JsonConverter(typeof(OneOrMany<Piece>))]
        public List<Piece>? Pieces { get; set; }
    }

    private sealed class Piece
    {
        public long? PieceJointeId { get; set; }
    }

    private sealed class SampleAnswer : CproAnswer
    {
        public string? NumeroFacture { get; set; }

        public string? Absent { get; set; }
    }
}
