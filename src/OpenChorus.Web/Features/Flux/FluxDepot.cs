using System.Globalization;

namespace OpenChorus.Web.Features.Flux;

/// <summary>
/// A file deposited through deposerFluxFacture: one invoice or a lot, its declared syntax, its bytes in the document
/// store, its state (README §6.2) and, once processed, its errors. A processor takes it with a lease
/// (<see cref="ClaimedBy"/> until <see cref="ClaimedUntilUtc"/>); <see cref="Attempts"/> counts the claims and is the
/// concurrency token that lets only the current lease holder commit the final state.
/// </summary>
public sealed class FluxDepot
{
    public const string NumberPrefix = "CPP001";
    public const int FileNameMaxLength = 255;
    public const int MaxBytes = 10 * 1024 * 1024;

    public long Id { get; init; }

    public int StructureId { get; init; }

    public Guid DepositorUserId { get; init; }

    /// <summary>syntaxeFlux as the depositor gave it (one of <see cref="FluxSyntax.All"/>).</summary>
    public required string Syntax { get; init; }

    /// <summary>The 4-digit Chorus Pro interface code of the syntax (1100 UBL E1, 1106 CII, 1117 Factur-X…).</summary>
    public required string InterfaceCode { get; init; }

    public required string FileName { get; init; }

    /// <summary>avecSignature as the depositor gave it.</summary>
    public bool WithSignature { get; init; }

    /// <summary>SHA-256 of the file: its key in the document store.</summary>
    public required string Sha256 { get; init; }

    public long Length { get; init; }

    public FluxState State { get; private set; } = FluxState.Recu;

    public DateTime ReceivedAtUtc { get; init; }

    public DateTime StateChangedAtUtc { get; private set; }

    public string? ClaimedBy { get; private set; }

    public DateTime? ClaimedUntilUtc { get; private set; }

    public int Attempts { get; private set; }

    public List<FluxInvoiceError> InvoiceErrors { get; } = [];

    public List<FluxTechnicalError> TechnicalErrors { get; } = [];

    /// <summary>numeroFluxDepot: CPP001, the interface code, the id on 15 digits (CPP0011100000000000000042).</summary>
    public string Number => Format(InterfaceCode, Id);

    public static string Format(string interfaceCode, long id) =>
        string.Create(CultureInfo.InvariantCulture, $"{NumberPrefix}{interfaceCode}{id:D15}");

    /// <summary>The id a flux number names, or null when it is not a flux number.</summary>
    public static long? IdOf(string? number)
    {
        var n = number?.Trim();
        return n is { Length: 25 } && n.StartsWith(NumberPrefix, StringComparison.Ordinal) && n[6..].All(char.IsAsciiDigit)
               && long.TryParse(n[10..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;
    }

    /// <summary>The one place a flux reaches its final state (IN_INTEGRE, IN_INTEGRE_PARTIEL or IN_REJETE), saved with
    /// its invoices in one transaction. Hook for notifications (webhooks outbox) of the final state.</summary>
    public void Finish(FluxState state, DateTime now)
    {
        if (!state.IsFinal())
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "A flux finishes integrated or rejected.");
        }

        State = state;
        StateChangedAtUtc = now;
        ClaimedBy = null;
        ClaimedUntilUtc = null;
    }

    /// <summary>Starts the state history at reception.</summary>
    public void Receive(DateTime now)
    {
        State = FluxState.Recu;
        StateChangedAtUtc = now;
    }
}

/// <summary>An invoice of a flux that was not created, and why (listeErreurDP).</summary>
public sealed class FluxInvoiceError
{
    public const int MessageMaxLength = 1000;

    public long Id { get; init; }

    public long FluxDepotId { get; init; }

    /// <summary>numeroDP: the supplier's invoice number (or the file name in a lot when there is none).</summary>
    public required string InvoiceNumber { get; init; }

    public string? SupplierIdentifier { get; init; }

    public string? RecipientIdentifier { get; init; }

    /// <summary>libelleErreurDP, in French.</summary>
    public required string Message { get; init; }
}

/// <summary>A problem with the flux itself (listeErreurTechnique): unreadable file, wrong syntax, damaged lot.</summary>
public sealed class FluxTechnicalError
{
    public long Id { get; init; }

    public long FluxDepotId { get; init; }

    public required string Code { get; init; }

    public required string Message { get; init; }

    /// <summary>natureErreur: BLOQUANTE (the flux is rejected).</summary>
    public required string Nature { get; init; }
}
