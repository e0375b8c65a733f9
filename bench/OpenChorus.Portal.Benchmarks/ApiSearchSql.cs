using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChorus.Web.Data;
using OpenChorus.Web.Features.Api.Factures.Read;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Features.Structures.Access;

namespace OpenChorus.Portal.Benchmarks;

/// <summary>
/// <c>-- --sql</c>: the SQL EF Core sends for the first page of <see cref="ApiSearchBenchmarks"/>' searches without
/// criterion, built as <c>InvoiceSearches</c> builds it (visibility, criteria, count, newest first by id, the row
/// projection), to read with EXPLAIN ANALYZE.
/// </summary>
public static class ApiSearchSql
{
    public static async Task PrintAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (siret, space) in new[] { (ApiSearchData.SupplierSiret, Space.FacturesEmises), (ApiSearchData.TitulaireSiret, Space.FacturesAValider) })
        {
            var structure = await db.Structures.Where(s => s.Identifier == siret).Select(s => s.Id).SingleAsync();
            var query = InvoiceSearch.Apply(db.Invoices.AsNoTracking().VisibleIn(new InvoiceScope(space, [structure], [], [])), new SearchCriteria())!;
            Console.WriteLine($"-- {space}, structure {structure}: the invoices searched (counted with count(*))\n{query.ToQueryString()};\n");
            Console.WriteLine($"-- {space}, structure {structure}: first page\n{InvoiceRow.Project(InvoicePaging.ById(query, true).Skip(0).Take(100)).ToQueryString()};\n");
        }
    }
}
