using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivicCrm.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddOpen311RateWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Open311RateWindows",
                columns: table => new
                {
                    Partition = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    WindowStartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Calls = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Open311RateWindows", x => new { x.Partition, x.WindowStartUtc });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Open311RateWindows_WindowStartUtc",
                table: "Open311RateWindows",
                column: "WindowStartUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Open311RateWindows");
        }
    }
}
