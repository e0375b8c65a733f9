using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenChorus.Web.Features.Accounts;
using OpenChorus.Web.Features.Api.Accounts;
using OpenChorus.Web.Features.Invoices;
using OpenChorus.Web.Features.Invoices.Documents;
using OpenChorus.Web.Features.Structures;
using OpenChorus.Web.Platform.Mail;

namespace OpenChorus.Web.Data;

/// <summary>The one model of the application. Provider subclasses only exist to keep one migration set per provider.</summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Keys that protect cookies and tokens, shared by every node of a cluster.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    public DbSet<Structure> Structures => Set<Structure>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<StructureSpace> StructureSpaces => Set<StructureSpace>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<AttachmentRequest> AttachmentRequests => Set<AttachmentRequest>();

    public DbSet<ManagerAction> ManagerActions => Set<ManagerAction>();

    public DbSet<SubscriptionRequest> SubscriptionRequests => Set<SubscriptionRequest>();

    public DbSet<ServiceRestriction> ServiceRestrictions => Set<ServiceRestriction>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceEvent> InvoiceEvents => Set<InvoiceEvent>();

    public DbSet<InvoiceFile> InvoiceFiles => Set<InvoiceFile>();

    public DbSet<StoredDocument> StoredDocuments => Set<StoredDocument>();

    public DbSet<TechnicalAccount> TechnicalAccounts => Set<TechnicalAccount>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.UseOpenIddict();
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
