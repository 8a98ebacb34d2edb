using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Acknowledgements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_DraftId",
                table: "Outbox");

            migrationBuilder.AlterColumn<long>(
                name: "DraftId",
                table: "Outbox",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Outbox",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DraftId",
                table: "Outbox",
                column: "DraftId",
                unique: true,
                filter: "[DraftId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Kind_ToAddress_QueuedAt",
                table: "Outbox",
                columns: new[] { "Kind", "ToAddress", "QueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_DraftId",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_Kind_ToAddress_QueuedAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Outbox");

            migrationBuilder.AlterColumn<long>(
                name: "DraftId",
                table: "Outbox",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DraftId",
                table: "Outbox",
                column: "DraftId",
                unique: true);
        }
    }
}
