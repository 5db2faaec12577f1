using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivicCrm.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddProblemMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProblemMerges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceProblemId = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetProblemId = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UndoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UndoneBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemMerges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProblemMerges_MergedUtc",
                table: "ProblemMerges",
                column: "MergedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ProblemMerges_SourceProblemId",
                table: "ProblemMerges",
                column: "SourceProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_ProblemMerges_TargetProblemId",
                table: "ProblemMerges",
                column: "TargetProblemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProblemMerges");
        }
    }
}
