using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChorus.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InvoiceSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_RecipientStructureId_Status_MadeAvailableAtUtc",
                table: "Invoices");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_RecipientStructureId_MadeAvailableAtUtc_Id",
                table: "Invoices",
                columns: new[] { "RecipientStructureId", "MadeAvailableAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_RecipientStructureId_Status_MadeAvailableAtUtc",
                table: "Invoices",
                columns: new[] { "RecipientStructureId", "Status", "MadeAvailableAtUtc" })
                .Annotation("Npgsql:IndexInclude", new[] { "AmountDueCents", "RecipientServiceId", "SupplierStructureId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_RecipientStructureId_MadeAvailableAtUtc_Id",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_RecipientStructureId_Status_MadeAvailableAtUtc",
                table: "Invoices");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_RecipientStructureId_Status_MadeAvailableAtUtc",
                table: "Invoices",
                columns: new[] { "RecipientStructureId", "Status", "MadeAvailableAtUtc" });
        }
    }
}
