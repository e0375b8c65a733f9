using OpenChorus.Web.Features.Flux;

namespace OpenChorus.Load;

/// <summary>
/// Every accepted numeroFluxDepot against the database at the end: its flux row is in a final state (IN_INTEGRE,
/// IN_INTEGRE_PARTIEL or IN_REJETE), it holds exactly the invoices deposited in it (fewer: lost; more: duplicated), and
/// exactly one final-state webhook event was queued for it (two would mean it was finished twice). Flux rows nobody
/// was told about (the answer died with a killed node) are counted apart: accepted by the server, unknown to the ERP.
/// </summary>
public sealed record IntegrityCheck(
    int Accepted, int Final, IReadOnlyDictionary<string, int> ByState, int NotFinal, int MissingRows, long InvoicesDeposited,
    long InvoicesCreated, long InvoicesMissing, int FluxWithExtraInvoices, long DuplicateNumbers, int FinishedNotOnce,
    int Unacknowledged, long UnacknowledgedInvoices, int MaxAttempts)
{
    /// <summary>Accepted flux that did not end in a final state, or whose row is gone.</summary>
    public int Lost => NotFinal + MissingRows;

    public long Duplicated => FluxWithExtraInvoices + DuplicateNumbers;

    public bool Passed => Lost == 0 && Duplicated == 0 && InvoicesMissing == 0 && FinishedNotOnce == 0;

    public static async Task<IntegrityCheck> RunAsync(LoadDatabase database, IReadOnlyDictionary<string, int> accepted)
    {
        var rows = await database.FluxRowsAsync();
        var byState = new Dictionary<string, int>();
        var ids = new HashSet<long>();
        int final = 0, notFinal = 0, missingRows = 0, extra = 0, notOnce = 0;
        long deposited = 0, created = 0, missing = 0;
        foreach (var (number, invoices) in accepted)
        {
            deposited += invoices;
            var id = FluxDepot.IdOf(number);
            if (id is null || !rows.TryGetValue(id.Value, out var row))
            {
                missingRows++;
                missing += invoices;
                continue;
            }

            ids.Add(id.Value);
            byState[row.State] = byState.GetValueOrDefault(row.State) + 1;
            created += row.Invoices;
            if (!row.IsFinal)
            {
                notFinal++;
            }
            else
            {
                final++;
                notOnce += row.FinalEvents == 1 ? 0 : 1;
            }

            missing += Math.Max(0, invoices - row.Invoices);
            extra += row.Invoices > invoices ? 1 : 0;
        }

        var unknown = rows.Where(r => !ids.Contains(r.Key)).ToList();
        return new IntegrityCheck(accepted.Count, final, byState, notFinal, missingRows, deposited, created, missing, extra,
            await database.DuplicateNumbersAsync(), notOnce, unknown.Count, unknown.Sum(r => r.Value.Invoices),
            rows.Count == 0 ? 0 : rows.Values.Max(r => r.Attempts));
    }
}
