using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivicCrm.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IntakeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Problems_RequestTypeCode_Latitude",
                table: "Problems");

            migrationBuilder.DropIndex(
                name: "IX_Problems_RequestTypeGroup_Latitude",
                table: "Problems");

            migrationBuilder.CreateIndex(
                name: "IX_Problems_RequestTypeCode_Latitude_Longitude_CreatedUtc",
                table: "Problems",
                columns: new[] { "RequestTypeCode", "Latitude", "Longitude", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Problems_RequestTypeCode_NormalizedAddress",
                table: "Problems",
                columns: new[] { "RequestTypeCode", "NormalizedAddress" });

            migrationBuilder.CreateIndex(
                name: "IX_Problems_RequestTypeGroup_Latitude_Longitude_CreatedUtc",
                table: "Problems",
                columns: new[] { "RequestTypeGroup", "Latitude", "Longitude", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Problems_RequestTypeGroup_NormalizedAddress",
                table: "Problems",
                columns: new[] { "RequestTypeGroup", "NormalizedAddress" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Problems_RequestTypeCode_Latitude_Longitude_CreatedUtc",
                table: "Problems");

            migrationBuilder.DropIndex(
                name: "IX_Problems_RequestTypeCode_NormalizedAddress",
                table: "Problems");

            migrationBuilder.DropIndex(
                name: "IX_Problems_RequestTypeGroup_Latitude_Longitude_CreatedUtc",
                table: "Problems");

            migrationBuilder.DropIndex(
                name: "IX_Problems_RequestTypeGroup_NormalizedAddress",
                table: "Problems");

            migrationBuilder.CreateIndex(
                name: "IX_Problems_RequestTypeCode_Latitude",
                table: "Problems",
                columns: new[] { "RequestTypeCode", "Latitude" });

            migrationBuilder.CreateIndex(
                name: "IX_Problems_RequestTypeGroup_Latitude",
                table: "Problems",
                columns: new[] { "RequestTypeGroup", "Latitude" });
        }
    }
}
