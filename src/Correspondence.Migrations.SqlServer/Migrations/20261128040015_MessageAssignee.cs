using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MessageAssignee : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "Messages",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_AssignedTo_Status_ReceivedAt_Id",
                table: "Messages",
                columns: new[] { "AssignedTo", "Status", "ReceivedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_AssignedTo_Status_ReceivedAt_Id",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "Messages");
        }
    }
}
