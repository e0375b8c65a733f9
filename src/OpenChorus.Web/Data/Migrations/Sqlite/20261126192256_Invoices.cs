using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChorus.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Invoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Frame = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DepositMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SupplierStructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientStructureId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientServiceId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidatorStructureId = table.Column<int>(type: "INTEGER", nullable: true),
                    EngagementNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TotalExcludingVat = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    TotalVat = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    TotalIncludingVat = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    AmountDue = table.Column<decimal>(type: "TEXT", precision: 19, scale: 6, nullable: false),
                    AmountDueCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MandateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MadeAvailableAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ValidationDeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionAcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invoices_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invoices_Services_RecipientServiceId",
                        column: x => x.RecipientServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invoices_Structures_RecipientStructureId",
                        column: x => x.RecipientStructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invoices_Structures_SupplierStructureId",
                        column: x => x.SupplierStructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invoices_Structures_ValidatorStructureId",
                        column: x => x.ValidatorStructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRestrictions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRestrictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRestrictions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceRestrictions_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceRestrictions_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoredDocuments",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    StoredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredDocuments", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceEvents_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceFiles_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceEvents_InvoiceId_AtUtc",
                table: "InvoiceEvents",
                columns: new[] { "InvoiceId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceFiles_InvoiceId",
                table: "InvoiceFiles",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CreatedByUserId",
                table: "Invoices",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_RecipientServiceId",
                table: "Invoices",
                column: "RecipientServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_RecipientStructureId_RecipientServiceId_Status",
                table: "Invoices",
                columns: new[] { "RecipientStructureId", "RecipientServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_RecipientStructureId_Status_MadeAvailableAtUtc",
                table: "Invoices",
                columns: new[] { "RecipientStructureId", "Status", "MadeAvailableAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Status_ValidationDeadlineUtc",
                table: "Invoices",
                columns: new[] { "Status", "ValidationDeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SupplierStructureId_NumberYear_Number",
                table: "Invoices",
                columns: new[] { "SupplierStructureId", "NumberYear", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SupplierStructureId_Status_UpdatedAtUtc",
                table: "Invoices",
                columns: new[] { "SupplierStructureId", "Status", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_ValidatorStructureId_Status",
                table: "Invoices",
                columns: new[] { "ValidatorStructureId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRestrictions_ServiceId",
                table: "ServiceRestrictions",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRestrictions_StructureId_UserId_ServiceId",
                table: "ServiceRestrictions",
                columns: new[] { "StructureId", "UserId", "ServiceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRestrictions_UserId",
                table: "ServiceRestrictions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceEvents");

            migrationBuilder.DropTable(
                name: "InvoiceFiles");

            migrationBuilder.DropTable(
                name: "ServiceRestrictions");

            migrationBuilder.DropTable(
                name: "StoredDocuments");

            migrationBuilder.DropTable(
                name: "Invoices");
        }
    }
}
