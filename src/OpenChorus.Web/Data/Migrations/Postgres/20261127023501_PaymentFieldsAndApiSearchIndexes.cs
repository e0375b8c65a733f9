using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChorus.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaymentFieldsAndApiSearchIndexes : Migration
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

            migrationBuilder.AddColumn<string>(
                name: "PaymentAccount",
                table: "Invoices",
                type: "character varying(34)",
                maxLength: 34,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentMode",
                table: "Invoices",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrecedingInvoiceNumber",
                table: "Invoices",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

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

            migrationBuilder.DropColumn(
                name: "PaymentAccount",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "PaymentMode",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "PrecedingInvoiceNumber",
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
