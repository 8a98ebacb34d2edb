using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CaseworkAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TopicAssignments_MessageId",
                table: "TopicAssignments");

            migrationBuilder.DropIndex(
                name: "IX_Constituents_Email",
                table: "Constituents");

            migrationBuilder.CreateTable(
                name: "Forwardings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<long>(type: "bigint", nullable: false),
                    ToName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ToAddress = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    ToConstituency = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CoveringNote = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PreparedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PreparedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Forwardings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Forwardings_Messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "Messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HoldingReplies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    TextBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    OutboundReplyId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoldingReplies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HoldingReplies_Messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "Messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TopicAssignments_MessageId_TopicId",
                table: "TopicAssignments",
                columns: new[] { "MessageId", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_MessageId_Kind",
                table: "Outbox",
                columns: new[] { "MessageId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Constituents_Email",
                table: "Constituents",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Constituents_Postcode",
                table: "Constituents",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Actor_Id",
                table: "AuditRecords",
                columns: new[] { "Actor", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Forwardings_MessageId_OutboxId",
                table: "Forwardings",
                columns: new[] { "MessageId", "OutboxId" });

            migrationBuilder.CreateIndex(
                name: "IX_HoldingReplies_MessageId",
                table: "HoldingReplies",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HoldingReplies_Status_MessageId",
                table: "HoldingReplies",
                columns: new[] { "Status", "MessageId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Forwardings");

            migrationBuilder.DropTable(
                name: "HoldingReplies");

            migrationBuilder.DropIndex(
                name: "IX_TopicAssignments_MessageId_TopicId",
                table: "TopicAssignments");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_MessageId_Kind",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Constituents_Email",
                table: "Constituents");

            migrationBuilder.DropIndex(
                name: "IX_Constituents_Postcode",
                table: "Constituents");

            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_Actor_Id",
                table: "AuditRecords");

            migrationBuilder.CreateIndex(
                name: "IX_TopicAssignments_MessageId",
                table: "TopicAssignments",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_Constituents_Email",
                table: "Constituents",
                column: "Email",
                unique: true);
        }
    }
}
