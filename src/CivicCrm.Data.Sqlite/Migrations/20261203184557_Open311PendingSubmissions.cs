using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivicCrm.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Open311PendingSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Open311PendingSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Token = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmissionJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Open311PendingSubmissions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Open311PendingSubmissions_ClaimedUtc",
                table: "Open311PendingSubmissions",
                column: "ClaimedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Open311PendingSubmissions_Token",
                table: "Open311PendingSubmissions",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Open311PendingSubmissions");
        }
    }
}
