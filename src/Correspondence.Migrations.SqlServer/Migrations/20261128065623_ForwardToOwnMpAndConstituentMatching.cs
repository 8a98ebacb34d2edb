using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ForwardToOwnMpAndConstituentMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_Constituents_Email",
                table: "Constituents",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Constituents_Postcode",
                table: "Constituents",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_Forwardings_MessageId_OutboxId",
                table: "Forwardings",
                columns: new[] { "MessageId", "OutboxId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Forwardings");

            migrationBuilder.DropIndex(
                name: "IX_Constituents_Email",
                table: "Constituents");

            migrationBuilder.DropIndex(
                name: "IX_Constituents_Postcode",
                table: "Constituents");

            migrationBuilder.CreateIndex(
                name: "IX_Constituents_Email",
                table: "Constituents",
                column: "Email",
                unique: true);
        }
    }
}
