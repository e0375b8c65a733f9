using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Data;

namespace OpenChorus.Web.Features.Invoices.AValider;

/// <summary>
/// One pass of the tacit validation (CCP R.2193-12, DOMAIN.md §4.2): every A9 / A12 invoice still "À valider" whose
/// fifteen days are over is validated by the platform and sent on to its recipient, each in its own save. Safe on
/// several nodes at once: the invoice's version is a concurrency token, so when two nodes — or a node and the
/// titulaire clicking "Valider" — change the same invoice, one save wins and the other is skipped.
/// </summary>
public sealed partial class TacitValidation(AppDbContext db, InvoiceNotifier notifier, TimeProvider clock, ILogger<TacitValidation> logger)
{
    public const int BatchSize = 100;

    /// <summary>Applies every tacit validation due now; answers how many this pass saved.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var applied = 0;
        var skipped = new List<int>();
        while (true)
        {
            var due = await db.Invoices.AsNoTracking()
                .Where(i => i.Status == InvoiceStatus.AValider1 && i.ValidationDeadlineUtc <= now && !skipped.Contains(i.Id))
                .OrderBy(i => i.ValidationDeadlineUtc).ThenBy(i => i.Id)
                .Select(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return applied;
            }

            foreach (var id in due)
            {
                if (await ApplyAsync(id, now, cancellationToken))
                {
                    applied++;
                }
                else
                {
                    skipped.Add(id);
                }
            }
        }
    }

    private async Task<bool> ApplyAsync(int invoiceId, DateTime now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null || !invoice.ValidateTacitly(now).Succeeded)
        {
            return false;
        }

        await notifier.QueueAsync(invoice, 0, cancellationToken);
        if (await db.TrySaveInvoiceAsync(cancellationToken))
        {
            LogValidated(logger, invoice.Id, invoice.Number);
            return true;
        }

        LogSkipped(logger, invoiceId);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoice {InvoiceId} ({Number}) validated tacitly after 15 days")]
    private static partial void LogValidated(ILogger logger, int invoiceId, string number);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoice {InvoiceId} changed meanwhile: tacit validation skipped")]
    private static partial void LogSkipped(ILogger logger, int invoiceId);
}
