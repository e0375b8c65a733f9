using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChorus.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InvoiceSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Invoices_RecipientStructureId_MadeAvailableAtUtc_Id",
                table: "Invoices",
                columns: new[] { "RecipientStructureId", "MadeAvailableAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_RecipientStructureId_MadeAvailableAtUtc_Id",
                table: "Invoices");
        }
    }
}
