using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChorus.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Tidy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_SupplierStructureId_Status_UpdatedAtUtc",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_ValidatorStructureId_Status",
                table: "Invoices");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SupplierStructureId_Status_UpdatedAtUtc",
                table: "Invoices",
                columns: new[] { "SupplierStructureId", "Status", "UpdatedAtUtc" })
                .Annotation("Npgsql:IndexInclude", new[] { "IssueDate", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_ValidatorStructureId_Status",
                table: "Invoices",
                columns: new[] { "ValidatorStructureId", "Status" })
                .Annotation("Npgsql:IndexInclude", new[] { "IssueDate", "SentAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_SupplierStructureId_Status_UpdatedAtUtc",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_ValidatorStructureId_Status",
                table: "Invoices");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SupplierStructureId_Status_UpdatedAtUtc",
                table: "Invoices",
                columns: new[] { "SupplierStructureId", "Status", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_ValidatorStructureId_Status",
                table: "Invoices",
                columns: new[] { "ValidatorStructureId", "Status" });
        }
    }
}
