using System.Text.Json;
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

    private sealed class SampleAnswer : CproAnswer
    {
        public string? NumeroFacture { get; set; }

        public string? Absent { get; set; }
    }
}
