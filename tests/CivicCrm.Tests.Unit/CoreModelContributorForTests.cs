using CivicCrm.Data;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Tests.Unit;

/// <summary>The platform's tables only: the model the unit tests create with EnsureCreated.</summary>
internal sealed class CoreModelContributorForTests : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        DataModel.Discover([]).Contributors.Single().Configure(modelBuilder);
}
