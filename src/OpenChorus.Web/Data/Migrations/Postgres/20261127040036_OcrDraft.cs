using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChorus.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OcrDraft : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_SupplierStructureId_NumberYear_Number",
                table: "Invoices");

            migrationBuilder.AddColumn<int>(
                name: "InvoiceId",
                table: "ApiAttachments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SupplierStructureId_NumberYear_Number",
                table: "Invoices",
                columns: new[] { "SupplierStructureId", "NumberYear", "Number" },
                unique: true,
                filter: "\"Status\" <> 'InterpreteeOcr'");

            migrationBuilder.CreateIndex(
                name: "IX_ApiAttachments_InvoiceId",
                table: "ApiAttachments",
                column: "InvoiceId");

            migrationBuilder.AddForeignKey(
                name: "FK_ApiAttachments_Invoices_InvoiceId",
                table: "ApiAttachments",
                column: "InvoiceId",
                principalTable: "Invoices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ApiAttachments_Invoices_InvoiceId",
                table: "ApiAttachments");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_SupplierStructureId_NumberYear_Number",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_ApiAttachments_InvoiceId",
                table: "ApiAttachments");

            migrationBuilder.DropColumn(
                name: "InvoiceId",
                table: "ApiAttachments");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SupplierStructureId_NumberYear_Number",
                table: "Invoices",
                columns: new[] { "SupplierStructureId", "NumberYear", "Number" },
                unique: true);
        }
    }
}
