using Kugelpos.MasterData.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.MasterData.Staff;

/// <summary>Registers the staff resource.</summary>
internal static class StaffServices
{
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMasterDataCollection>(StaffDirectory.Collection));
        services.TryAddSingleton<StaffDirectory>();
        services.TryAddScoped<StaffPresenter>();
        return services;
    }
}
