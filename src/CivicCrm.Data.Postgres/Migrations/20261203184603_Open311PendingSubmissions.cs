using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CivicCrm.Data.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Token = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubmissionJson = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClaimedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
