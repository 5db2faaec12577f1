using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Data;

/// <summary>
/// A module's part of the database model: its tables and index tables. Found by reflection in every installed
/// module so that migrations see one fixed schema whatever features are enabled.
/// </summary>
public interface IDataModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}
